// Reference-data administration (issue 9): countries, units and reasons — create, edit the labels
// (fr, ar, en), deactivate or reactivate. Rows are never deleted: dossiers, goods lines, opinions
// and decisions refer to them by code. Platform administrators only; every change is audited in
// its transaction.
import {
  REFERENCE_CODE,
  type ReferenceCreateBody,
  type ReferenceItem,
  type ReferenceTable,
  type ReferenceUpdateBody,
  type SessionUser,
} from '@portail/contracts';
import { audit } from '../../platform/audit.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { assertPlatformAdmin } from './policy.ts';
import * as repo from './reference-repo.ts';
import { actorOf } from './service.ts';

const present = (r: repo.ReferenceRow): ReferenceItem => ({
  code: r.code,
  kind: r.kind,
  labelFr: r.label_fr,
  labelAr: r.label_ar,
  labelEn: r.label_en,
  active: r.active,
});

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION', 'Certaines valeurs saisies sont invalides.', { fields: [{ path, message }] });

export async function listReference(deps: AppDeps, user: SessionUser, table: ReferenceTable) {
  assertPlatformAdmin(user);
  return (await repo.list(deps.db, table)).map(present);
}

export async function createReference(
  deps: AppDeps,
  user: SessionUser,
  ip: string,
  table: ReferenceTable,
  body: ReferenceCreateBody,
): Promise<ReferenceItem> {
  assertPlatformAdmin(user);
  const code = REFERENCE_CODE[table].safeParse(body.code);
  if (!code.success) throw invalid('code', code.error.issues[0]?.message ?? 'Code invalide.');
  if (table === 'reasons' && !body.kind) throw invalid('kind', 'Choisissez le type de motif.');
  const row = { ...body, code: code.data, kind: table === 'reasons' ? body.kind : undefined };
  await deps.db.transaction(async (tx) => {
    if (!(await repo.insert(tx, table, row))) {
      throw new AppError('CONFLICT', `Le code ${row.code} existe déjà.`, {
        fields: [{ path: 'code', message: 'Ce code existe déjà.' }],
      });
    }
    await audit(tx, deps.clock.now(), {
      event: `admin.reference.${table}.created`,
      actor: actorOf(user, ip),
      objectType: table,
      objectId: row.code,
      details: { kind: row.kind ?? null, labelFr: row.labelFr, labelAr: row.labelAr, labelEn: row.labelEn },
    });
  });
  return {
    code: row.code,
    kind: row.kind ?? null,
    labelFr: row.labelFr,
    labelAr: row.labelAr,
    labelEn: row.labelEn,
    active: true,
  };
}

export async function updateReference(
  deps: AppDeps,
  user: SessionUser,
  ip: string,
  table: ReferenceTable,
  code: string,
  body: ReferenceUpdateBody,
): Promise<ReferenceItem> {
  assertPlatformAdmin(user);
  return deps.db.transaction(async (tx) => {
    const before = await repo.find(tx, table, code);
    if (!before) throw new AppError('NOT_FOUND', `Code introuvable : ${code}.`);
    await repo.update(tx, table, code, body);
    const event =
      before.active && !body.active
        ? 'deactivated'
        : !before.active && body.active
          ? 'reactivated'
          : 'updated';
    await audit(tx, deps.clock.now(), {
      event: `admin.reference.${table}.${event}`,
      actor: actorOf(user, ip),
      objectType: table,
      objectId: code,
      details: {
        before: {
          labelFr: before.label_fr,
          labelAr: before.label_ar,
          labelEn: before.label_en,
          active: before.active,
        },
        after: body,
      },
    });
    return { code, kind: before.kind, ...body };
  });
}
