// Demo mode: the demo accounts get an active TOTP device with the documented DEMO_TOTP_SECRET, so
// anyone can sign in with the README's instructions. Idempotent: accounts that already have a
// device (or that enrolled their own) are left alone.
import { sql } from '../../db/sql.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { sealTotpSecret } from './totp.ts';

export async function seedDemoTotpDevices(deps: AppDeps, usernames: string[], secret: string): Promise<void> {
  const users = await deps.db.query<{ id: number }>(sql`
    SELECT u.id FROM app_user u
     WHERE u.username = ANY(${usernames}::text[])
       AND NOT EXISTS (SELECT 1 FROM totp_device d WHERE d.user_id = u.id AND d.status = 'active')`);
  if (users.length === 0) return;
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    for (const u of users) {
      await tx.query(sql`
        INSERT INTO totp_device (user_id, secret_sealed, status, created_at, activated_at, last_used_step)
        VALUES (${u.id}, ${sealTotpSecret(deps.masterKey, u.id, secret)}, 'active', ${now}, ${now}, 0)`);
    }
  });
}
