// Demo data, loaded at start in demo mode (embedded database by default). Idempotent.

import { seedDemoTotpDevices } from '../../modules/identity/demo-mfa.ts';
import { hashPassword } from '../../modules/identity/passwords.ts';
import { MODULES } from '../../modules/index.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { sql } from '../sql.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS, DEMO_USERS_WITHOUT_MFA } from './demo-users.ts';

async function seedDemoUsers(deps: AppDeps): Promise<void> {
  const existing = await deps.db.query<{ username: string }>(sql`SELECT username FROM app_user`);
  const have = new Set(existing.map((r) => r.username));
  const missing = DEMO_USERS.filter((u) => !have.has(u.username));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    for (const u of missing) {
      await tx.query(sql`
        INSERT INTO app_user (organisation_id, username, email, display_name, roles, password_hash, password_changed_at)
        SELECT id, ${u.username}, ${`${u.username}@demo.portnet.ma`}, ${u.displayName}, ${u.roles}::text[], ${passwordHash}, ${now}
          FROM organisation WHERE code = ${u.org}
        ON CONFLICT DO NOTHING`);
    }
  });
}

/** Demo users first (with their MFA device), then each module's demo data in registry order. */
export async function seedDemo(deps: AppDeps): Promise<void> {
  await seedDemoUsers(deps);
  await seedDemoTotpDevices(
    deps,
    DEMO_USERS.map((u) => u.username).filter((u) => !DEMO_USERS_WITHOUT_MFA.includes(u)),
    DEMO_TOTP_SECRET,
  );
  for (const module of MODULES) await module.demoSeeder?.(deps);
}
