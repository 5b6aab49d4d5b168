// The coded reasons a dossier's processing offers (dialogs) and accepts (use cases).
//
// A procedure may restrict, per kind, the reasons it offers (`definition.reasons`, an
// administrator's edit versioned like the other editable parts). Which version decides for a
// dossier submitted under an older one? The CURRENT version. A reason is the ground of a decision
// or an opinion taken now, not a part of what the operator filed: the parts a dossier keeps from
// its version (categories, required documents, workflow) describe the request as submitted, while
// an administrator who withdraws a reason from a procedure says that it must no longer be cited
// for it — exactly as deactivating a reason under Référentiels already takes it away from every
// open dossier. Keeping the old list for old dossiers would let a withdrawn ground reappear in
// decisions for as long as dossiers submitted before the edit stay open.
import type { ProcedureReasonKind } from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { catalogueFor } from '../catalogue/service.ts';
import * as repo from './repo.ts';

const RESTRICTABLE: readonly string[] = ['rejet', 'avis'] satisfies ProcedureReasonKind[];

/** The codes the procedure's current version offers for `kind`; null: every active reason. */
export async function offeredCodes(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  procedureCode: string,
  kind: string,
): Promise<string[] | null> {
  if (!RESTRICTABLE.includes(kind)) return null;
  const p = (await catalogueFor(deps)).byCode.get(procedureCode);
  return p?.definition.reasons?.[kind as ProcedureReasonKind] ?? null;
}

/** Active reasons of `kind`, restricted to what the procedure offers when one is named. */
export async function offeredReasons(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  kind: string,
  procedureCode?: string,
) {
  const rows = await repo.reasons(deps.db, kind);
  const offered = procedureCode ? await offeredCodes(deps, procedureCode, kind) : null;
  return offered ? rows.filter((r) => offered.includes(r.code)) : rows;
}

/** Refuses a code that is unknown, inactive, of another kind, or not offered by the procedure;
 * returns the French labels of the accepted codes. */
export async function checkReasons(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  tx: Db,
  kind: string,
  codes: string[],
  field: string,
  procedureCode: string,
): Promise<Map<string, string>> {
  const labels = new Map((await repo.reasons(tx, kind, codes)).map((r) => [r.code, r.label_fr]));
  const unknown = codes.filter((c) => !labels.has(c));
  if (unknown.length > 0)
    throw new AppError('VALIDATION', `Motif inconnu : ${unknown.join(', ')}.`, {
      fields: [{ path: field, message: 'Motif inconnu.' }],
      reason: 'REASON_UNKNOWN',
      codes: unknown,
    });
  const offered = await offeredCodes(deps, procedureCode, kind);
  const refused = offered ? codes.filter((c) => !offered.includes(c)) : [];
  if (refused.length > 0)
    throw new AppError(
      'VALIDATION',
      `Motif non prévu pour la procédure ${procedureCode} : ${refused.join(', ')}.`,
      {
        fields: [{ path: field, message: 'Motif non prévu pour cette procédure.' }],
        reason: 'REASON_NOT_OFFERED',
        codes: refused,
      },
    );
  return labels;
}
