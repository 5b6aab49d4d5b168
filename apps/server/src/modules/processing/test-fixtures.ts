// Test data for the processing tests: the real catalogue (the dossiers module's definitions loaded
// by its own syncCatalogue) and dossiers inserted as the intake would leave them, in a chosen state.
import type { SessionUser } from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { DAY } from '../../platform/clock.ts';
import type { TestContext } from '../../test/harness.ts';
import { syncCatalogue } from '../catalogue/service.ts';
import { iceKey } from '../dossiers/ice.ts';

let seq = 0;

export async function loadCatalogue(ctx: TestContext): Promise<void> {
  await syncCatalogue(ctx.db, ctx.clock.now());
}

export async function createOperator(db: Db, name = 'Atlas Import SARL'): Promise<number> {
  seq += 1;
  const first13 = String(1_000_000_000_000 + seq * 7919 + Math.floor(Math.random() * 1000)).slice(0, 13);
  const row = await db.one<{ id: number }>(sql`
    INSERT INTO operator (ice, raison_sociale, email, created_at)
    VALUES (${first13 + iceKey(first13)}, ${name}, 'contact@atlas-import.ma', now())
    RETURNING id`);
  return row!.id;
}

export interface FixtureDossier {
  id: number;
  reference: string;
}

/** A dossier of `procedure` in `state` (default soumise), two goods lines. */
export async function createDossier(
  ctx: TestContext,
  options: { procedure?: string; state?: string; operatorId?: number; assigneeId?: number | null } = {},
): Promise<FixtureDossier> {
  const code = options.procedure ?? 'LI';
  const operatorId = options.operatorId ?? (await createOperator(ctx.db));
  seq += 1;
  const now = ctx.clock.now();
  const row = await ctx.db.one<{ id: number; reference: string }>(sql`
    INSERT INTO dossier (reference, procedure_code, procedure_version, owner_org_id, category, operator_id,
                         importer_name, importer_ice, customs_office_code, goods_summary, main_hs_code, state,
                         state_changed_at, submitted_at, sla_due_at, assignee_user_id, created_at, updated_at)
    SELECT ${`${code}-2026-${String(seq).padStart(6, '0')}`}, p.code, p.version, p.owner_org_id, NULL, o.id,
           o.raison_sociale, o.ice, (SELECT code FROM customs_office ORDER BY code LIMIT 1), 'Tôles laminées (+1)',
           '7208100000', ${options.state ?? 'soumise'}, ${now}, ${now}, ${new Date(now.getTime() + 3 * DAY)},
           ${options.assigneeId ?? null}, ${now}, ${now}
      FROM procedure p, operator o
     WHERE p.code = ${code} AND p.is_current AND o.id = ${operatorId}
    RETURNING id, reference`);
  await ctx.db.query(sql`
    INSERT INTO dossier_goods_line (dossier_id, line_no, hs_code, description, quantity, unit_code, value_amount)
    VALUES (${row!.id}, 1, '7208100000', 'Tôles laminées à chaud', 120, (SELECT code FROM unit ORDER BY code LIMIT 1), 250000),
           (${row!.id}, 2, '7208100000', 'Bobines', 40, (SELECT code FROM unit ORDER BY code LIMIT 1), 90000)`);
  return row!;
}

export async function snapshot(db: Db, id: number) {
  const [dossier, events, audits, outbox, opinions, decisions, notifications] = await Promise.all([
    db.one(sql`SELECT * FROM dossier WHERE id = ${id}`),
    db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM dossier_event WHERE dossier_id = ${id}`),
    db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log`),
    db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM outbox`),
    db.query(sql`SELECT * FROM dossier_opinion WHERE dossier_id = ${id} ORDER BY id`),
    db.query(sql`SELECT * FROM dossier_decision WHERE dossier_id = ${id}`),
    db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM notification`),
  ]);
  return {
    dossier,
    events: events?.n,
    audits: audits?.n,
    outbox: outbox?.n,
    opinions,
    decisions,
    notifications: notifications?.n,
  };
}

/** The session user the use cases receive, read from the database. */
export async function sessionUserOf(db: Db, userId: number): Promise<SessionUser> {
  const row = await db.one<{
    id: number;
    username: string;
    email: string;
    org_id: number;
    code: string;
    display_name: string;
    roles: string[];
  }>(sql`
    SELECT u.id, u.username, u.email, o.id AS org_id, o.code, u.display_name, u.roles
      FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = ${userId}`);
  return {
    id: row!.id,
    username: row!.username,
    email: row!.email,
    displayName: row!.display_name,
    locale: 'fr',
    roles: row!.roles as SessionUser['roles'],
    organisation: {
      id: row!.org_id,
      code: row!.code,
      type: 'x',
      nameFr: row!.code,
      nameAr: row!.code,
      nameEn: row!.code,
    },
  };
}
