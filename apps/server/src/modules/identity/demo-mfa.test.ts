// Demo accounts get the documented TOTP device, except mic.nouveau (first-time enrolment demo).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET, DEMO_USERS, DEMO_USERS_WITHOUT_MFA } from '../../db/seed/demo-users.ts';
import { sql } from '../../db/sql.ts';
import { createTestContext, createUser, type TestContext } from '../../test/harness.ts';
import { seedDemoTotpDevices } from './demo-mfa.ts';
import { findDevice } from './repo.ts';
import { matchTotpStep, openTotpSecret, totpCode } from './totp.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

it('the demo secret is base32 and at least 160 bits; mic.nouveau is a demo account without device', () => {
  expect(DEMO_TOTP_SECRET).toMatch(/^[A-Z2-7]{32,}$/);
  expect(DEMO_USERS.find((u) => u.username === 'mic.nouveau')).toMatchObject({
    org: 'MIC',
    roles: ['agent_instructeur'],
  });
  expect(DEMO_USERS_WITHOUT_MFA).toEqual(['mic.nouveau']);
});

it('seeds an active sealed device for the demo accounts (idempotent), none for mic.nouveau', async () => {
  const agent = await createUser(ctx.db, { username: 'mic.agent' });
  const nouveau = await createUser(ctx.db, { username: 'mic.nouveau' });
  const names = DEMO_USERS.map((u) => u.username).filter((u) => !DEMO_USERS_WITHOUT_MFA.includes(u));
  await seedDemoTotpDevices(ctx.deps, names, DEMO_TOTP_SECRET);
  await seedDemoTotpDevices(ctx.deps, names, DEMO_TOTP_SECRET);
  const rows = await ctx.db.query<{ user_id: number }>(
    sql`SELECT user_id FROM totp_device WHERE status = 'active'`,
  );
  expect(rows.map((r) => r.user_id)).toEqual([agent.id]);
  const device = await findDevice(ctx.db, agent.id, 'active');
  expect(device!.secret_sealed).not.toContain(DEMO_TOTP_SECRET);
  const secret = openTotpSecret(ctx.deps.masterKey, agent.id, device!.secret_sealed);
  expect(matchTotpStep(secret, totpCode(DEMO_TOTP_SECRET, ctx.clock.now()), ctx.clock.now())).not.toBeNull();
  expect(await findDevice(ctx.db, nouveau.id, 'active')).toBeUndefined();
});
