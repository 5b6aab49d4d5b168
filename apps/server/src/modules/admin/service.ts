// Administration use cases. Each change is audited in the same transaction.
import type { SessionUser } from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import { audit } from '../../platform/audit.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { csvCodes, parentCodes, parseCsv, validateHsRecords } from './csv-import.ts';
import * as repo from './repo.ts';

export const actorOf = (u: SessionUser, ip: string) => ({
  userId: u.id,
  orgId: u.organisation.id,
  label: u.username,
  ip,
});

export async function importHsCsv(
  deps: AppDeps,
  user: SessionUser,
  ip: string,
  text: string,
): Promise<{ imported: number; created: number; updated: number }> {
  const records = parseCsv(text);
  if (records.length > 50_000)
    throw new AppError('VALIDATION', 'Fichier trop long : 50 000 lignes au plus par import.');
  const codes = csvCodes(records);
  const known = await repo.existingHsCodes(deps.db, [...new Set([...codes, ...parentCodes(codes)])]);
  const { rows, errors } = validateHsRecords(records, known);
  if (errors.length > 0) {
    // All or nothing: one bad line and the nomenclature stays as it was.
    throw new AppError(
      'VALIDATION',
      `Import refusé : ${errors.length} ligne(s) en erreur. Aucune modification n'a été faite.`,
      {
        lines: errors.slice(0, 200),
      },
    );
  }
  if (rows.length === 0)
    throw new AppError('VALIDATION', 'Le fichier ne contient aucune ligne de nomenclature.');
  const updated = rows.filter((r) => known.has(r.code)).length;
  await deps.db.transaction(async (tx: Db) => {
    await repo.upsertHsCodes(tx, rows);
    await audit(tx, deps.clock.now(), {
      event: 'admin.reference.hs_imported',
      actor: actorOf(user, ip),
      objectType: 'hs_code',
      details: {
        rows: rows.length,
        created: rows.length - updated,
        updated,
        labelsAr: rows.filter((r) => r.labelAr).length,
        labelsEn: rows.filter((r) => r.labelEn).length,
      },
    });
  });
  return { imported: rows.length, created: rows.length - updated, updated };
}

export async function saveCustomsOffice(
  deps: AppDeps,
  user: SessionUser,
  ip: string,
  office: repo.CustomsOfficeRow,
) {
  await deps.db.transaction(async (tx) => {
    await repo.upsertCustomsOffice(tx, office);
    await audit(tx, deps.clock.now(), {
      event: 'admin.reference.customs_office_saved',
      actor: actorOf(user, ip),
      objectType: 'customs_office',
      objectId: office.code,
      details: { name: office.name, active: office.active },
    });
  });
}
