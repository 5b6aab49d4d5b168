// Procedure catalogue administration (issue 9): every definition readable by administrators, the
// editable parts (names, category labels, SLA, required documents, reasons offered) editable by the platform
// administrator and by the owning organisation's administrator. Saving writes a NEW version row
// (old rows are never updated: dossiers keep theirs), audited in the same transaction, with
// optimistic concurrency on the version the administrator edited.
import {
  type AdminProcedureDetail,
  type AdminProcedureSummary,
  type Localized,
  PROCEDURE_REASON_KINDS,
  type ProcedureDefinition,
  type ProcedureEditBody,
  procedureDefinition,
  type SessionUser,
} from '@portail/contracts';
import { audit } from '../../platform/audit.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import {
  applyOverlay,
  overlayFrom,
  type ProcedureOverlay,
  type ReasonChoice,
  reasonChoice,
} from '../catalogue/overlay.ts';
import { insertProcedureVersion, lockCatalogue } from '../catalogue/repo.ts';
import {
  catalogueFor,
  definitionAt,
  installVersion,
  type LoadedProcedure,
  stableHash,
} from '../catalogue/service.ts';
import { assertAdmin, isOrgAdmin, isPlatformAdmin } from './policy.ts';
import * as repo from './procedures-repo.ts';
import { actorOf } from './service.ts';

/** Platform administrators edit every procedure; an organisation administrator their own. */
export const canEditProcedure = (u: SessionUser, p: Pick<LoadedProcedure, 'ownerOrgId'>): boolean =>
  isPlatformAdmin(u) || (isOrgAdmin(u) && u.organisation.id === p.ownerOrgId);

const EDITABLE_PARTS = ['name', 'categories', 'sla', 'documents', 'reasons'] as const;

const editedParts = (overlay: Record<string, unknown> | null) =>
  EDITABLE_PARTS.filter((k) => overlay?.[k] !== undefined);

type OrgNames = Map<number, Localized>;

async function orgNames(deps: AppDeps): Promise<OrgNames> {
  const rows = await repo.organisationNames(deps.db);
  return new Map(rows.map((o) => [o.id, { fr: o.name_fr, ar: o.name_ar, en: o.name_en }]));
}

function summaryOf(
  user: SessionUser,
  p: LoadedProcedure,
  row: repo.VersionRow | undefined,
  names: OrgNames,
): AdminProcedureSummary {
  const d = p.definition;
  return {
    code: p.code,
    name: d.name,
    direction: d.direction,
    ownerOrgCode: p.ownerOrgCode,
    ownerOrgName: p.ownerOrgName,
    ownerOrgNames: names.get(p.ownerOrgId) ?? { fr: p.ownerOrgName, ar: p.ownerOrgName, en: p.ownerOrgName },
    version: p.version,
    source: row?.source ?? 'code',
    updatedAt: (row?.loaded_at ?? new Date(0)).toISOString(),
    sla: d.sla,
    canEdit: canEditProcedure(user, p),
  };
}

export async function listProcedures(deps: AppDeps, user: SessionUser): Promise<AdminProcedureSummary[]> {
  assertAdmin(user);
  const cat = await catalogueFor(deps);
  const [versions, names] = await Promise.all([repo.currentVersions(deps.db), orgNames(deps)]);
  const rows = new Map(versions.map((r) => [r.code, r]));
  return cat.list.map((p) => summaryOf(user, p, rows.get(p.code), names));
}

export async function procedureDetail(
  deps: AppDeps,
  user: SessionUser,
  code: string,
  version?: number,
): Promise<AdminProcedureDetail> {
  assertAdmin(user);
  const cat = await catalogueFor(deps);
  const p = cat.byCode.get(code);
  if (!p) throw new AppError('NOT_FOUND', 'Procédure introuvable.');
  const [versions, reasons, names] = await Promise.all([
    repo.versionsOf(deps.db, code),
    repo.reasonsOfKinds(deps.db, ['rejet', 'avis']),
    orgNames(deps),
  ]);
  const shown = version ?? p.version;
  const row = versions.find((v) => v.version === shown);
  if (!row) throw new AppError('NOT_FOUND', `La version ${shown} de la procédure ${code} n'existe pas.`);
  const definition = shown === p.version ? p.definition : await definitionAt(deps, code, shown);
  const reason = (r: repo.ReasonRow) => ({
    code: r.code,
    label: { fr: r.label_fr, ar: r.label_ar, en: r.label_en },
    active: r.active,
  });
  return {
    summary: summaryOf(
      user,
      p,
      versions.find((v) => v.is_current),
      names,
    ),
    version: shown,
    definition,
    edited: editedParts(row.overlay),
    versions: versions.map((v) => ({
      version: v.version,
      current: v.is_current,
      source: v.source,
      at: v.loaded_at.toISOString(),
      author: v.author,
      note: v.change_note,
    })),
    reasons: {
      rejet: reasons.filter((r) => r.kind === 'rejet').map(reason),
      // Opinion reasons only matter to procedures that ask other bodies for an opinion.
      opinion: definition.opinionOrgs.length > 0 ? reasons.filter((r) => r.kind === 'avis').map(reason) : [],
    },
  };
}

/** The reasons the edit asks for: left out, the current version's choice is kept. A list must name
 * active reasons of its kind, at least one (a rejection must be motivated). */
function checkReasons(
  current: ProcedureDefinition,
  body: ProcedureEditBody,
  known: repo.ReasonRow[],
  issues: FieldIssue[],
): ReasonChoice {
  const choice = reasonChoice(current);
  if (!body.reasons) return choice;
  for (const kind of PROCEDURE_REASON_KINDS) {
    const codes = body.reasons[kind];
    if (codes === undefined) continue;
    if (codes === null) {
      choice[kind] = null;
      continue;
    }
    if (codes.length === 0) {
      issues.push({
        path: `reasons.${kind}`,
        message: 'Choisissez au moins un motif (ou tous les motifs de ce type).',
      });
      continue;
    }
    const unknown = codes.filter((c) => !known.some((r) => r.kind === kind && r.code === c && r.active));
    if (unknown.length > 0)
      issues.push({
        path: `reasons.${kind}`,
        message: `Motif inconnu, inactif ou d'un autre type : ${unknown.join(', ')}.`,
      });
    choice[kind] = codes;
  }
  return choice;
}

function checkStructure(base: ProcedureDefinition, body: ProcedureEditBody, issues: FieldIssue[]): void {
  const baseCodes = base.categories.map((c) => c.code).sort();
  const sentCodes = body.categories.map((c) => c.code).sort();
  if (JSON.stringify(baseCodes) !== JSON.stringify(sentCodes))
    issues.push({
      path: 'categories',
      message: 'Les catégories se renomment seulement : leur liste et leurs codes viennent de la définition.',
    });
  const seen = new Set<string>();
  body.documents.forEach((d, i) => {
    if (seen.has(d.kind))
      issues.push({ path: `documents.${i}.kind`, message: `Code de pièce en double : ${d.kind}.` });
    seen.add(d.kind);
  });
}

/** Use case: an administrator saves the editable parts of a procedure → a new version. */
export async function editProcedure(
  deps: AppDeps,
  user: SessionUser,
  ip: string,
  code: string,
  body: ProcedureEditBody,
): Promise<{ version: number }> {
  assertAdmin(user);
  const cat = await catalogueFor(deps);
  const p = cat.byCode.get(code);
  const base = cat.baseByCode.get(code);
  if (!p || !base) throw new AppError('NOT_FOUND', 'Procédure introuvable.');
  const now = deps.clock.now();
  if (!canEditProcedure(user, p)) {
    await audit(deps.db, now, {
      event: 'admin.procedure.edit_refused',
      outcome: 'denied',
      actor: actorOf(user, ip),
      objectType: 'procedure',
      objectId: code,
      details: { ownerOrg: p.ownerOrgCode },
    });
    throw new AppError(
      'FORBIDDEN',
      `Vous ne pouvez modifier que les procédures de votre organisation : ${code} relève de ${p.ownerOrgName}.`,
    );
  }
  const issues: FieldIssue[] = [];
  checkStructure(base, body, issues);
  const reasons = checkReasons(
    p.definition,
    body,
    await repo.reasonsOfKinds(deps.db, ['rejet', 'avis']),
    issues,
  );
  if (issues.length > 0)
    throw new AppError('VALIDATION', 'Certaines valeurs saisies sont invalides.', { fields: issues });
  const overlay: ProcedureOverlay | null = overlayFrom(base, {
    name: body.name,
    categories: body.categories,
    sla: body.sla as ProcedureDefinition['sla'],
    documents: body.documents,
    reasons,
  });
  const definition = procedureDefinition.parse(applyOverlay(base, overlay));
  const hash = stableHash(definition);
  const version = await deps.db.transaction(async (tx) => {
    await lockCatalogue(tx);
    const current = await repo.currentVersion(tx, code);
    if (!current) throw new AppError('NOT_FOUND', 'Procédure introuvable.');
    if (current.version !== body.version) {
      throw new AppError(
        'CONFLICT',
        `Cette procédure a été modifiée entre-temps : vous avez modifié la version ${body.version}, ` +
          `la version en vigueur est la ${current.version}${current.author ? ` (par ${current.author})` : ''}. ` +
          'Rechargez la définition puis refaites vos modifications.',
        { currentVersion: current.version },
      );
    }
    if (current.definition_hash === hash) {
      throw new AppError(
        'VALIDATION',
        `Aucune modification : la définition est identique à la version ${current.version}.`,
      );
    }
    const next = current.version + 1;
    await insertProcedureVersion(tx, {
      code,
      version: next,
      slug: definition.slug,
      direction: definition.direction,
      ownerOrgId: p.ownerOrgId,
      name: definition.name,
      definition,
      hash,
      baseHash: stableHash(base),
      overlay,
      source: 'admin',
      userId: user.id,
      note: body.note || null,
      opinionOrgIds: p.opinionOrgIds,
      now,
    });
    await audit(tx, now, {
      event: 'admin.procedure.versioned',
      actor: actorOf(user, ip),
      objectType: 'procedure',
      objectId: code,
      details: {
        fromVersion: current.version,
        toVersion: next,
        changed: EDITABLE_PARTS.filter(
          (k) => JSON.stringify(p.definition[k]) !== JSON.stringify(definition[k]),
        ),
        differsFromCode: editedParts(overlay as Record<string, unknown> | null),
        sla: definition.sla,
        documents: definition.documents.map((d) => d.kind),
        reasons: reasonChoice(definition),
        note: body.note || null,
      },
    });
    return next;
  });
  await installVersion(deps, code, version, definition);
  return { version };
}
