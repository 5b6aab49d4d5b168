// The procedure catalogue at run time. Definitions are code (definitions/*.ts), validated with the
// contract's schema, and loaded into the `procedure` table at start: a changed definition becomes
// a new version, and dossiers keep the version they were submitted under. Administrators' edits
// are an overlay on the code base (overlay.ts): the loader compares the code with the base the
// current version derives from, never with the edited result, so an edit survives restarts and is
// re-applied on top of a changed code definition.
import { createHash } from 'node:crypto';
import {
  type ProcedureDefinition,
  type ProcedureDefinitionInput,
  procedureDefinition,
  type SessionUser,
} from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { DEFINITIONS } from './definitions/index.ts';
import { applyOverlay, type ProcedureOverlay } from './overlay.ts';
import * as repo from './repo.ts';

export interface LoadedProcedure {
  code: string;
  version: number;
  ownerOrgId: number;
  ownerOrgCode: string;
  ownerOrgName: string;
  opinionOrgIds: number[];
  definition: ProcedureDefinition;
}

export interface Catalogue {
  byCode: Map<string, LoadedProcedure>;
  list: LoadedProcedure[];
  /** The code definitions (bases of the overlays), by procedure code. */
  baseByCode: Map<string, ProcedureDefinition>;
  orgIdByCode: Map<string, number>;
  orgCodeById: Map<number, string>;
}

export const stableHash = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** Validates definitions (and their cross-references) before anything is written. */
export function parseDefinitions(
  inputs: ProcedureDefinitionInput[],
  orgCodes: Set<string>,
): ProcedureDefinition[] {
  const seen = new Set<string>();
  return inputs.map((input) => {
    const parsed = procedureDefinition.safeParse(input);
    if (!parsed.success) {
      throw new Error(`Définition de procédure ${input.code} invalide : ${parsed.error.message}`);
    }
    const d = parsed.data;
    for (const org of [d.ownerOrg, ...d.opinionOrgs]) {
      if (!orgCodes.has(org)) throw new Error(`Procédure ${d.code} : organisme inconnu ${org}`);
    }
    if (seen.has(d.code) || seen.has(`slug:${d.slug}`)) throw new Error(`Procédure ${d.code} en double`);
    seen.add(d.code);
    seen.add(`slug:${d.slug}`);
    for (const t of d.workflow.transitions) {
      if (![...t.from, t.to].every((s) => d.workflow.states.includes(s))) {
        throw new Error(`Procédure ${d.code} : la transition ${t.action} utilise un état hors du cycle`);
      }
    }
    return d;
  });
}

/** Loads the definitions into the database (new version when the code changed, with the current
 * administrator overlay re-applied) and returns the catalogue. */
export async function syncCatalogue(db: Db, now: Date, inputs = DEFINITIONS): Promise<Catalogue> {
  const orgs = await repo.organisationIds(db);
  const definitions = parseDefinitions(inputs, new Set(orgs.keys()));
  const current = await db.transaction(async (tx) => {
    await repo.lockCatalogue(tx);
    const rows = new Map((await repo.currentProcedures(tx)).map((r) => [r.code, r]));
    const effective = new Map<string, { version: number; definition: ProcedureDefinition }>();
    for (const d of definitions) {
      const baseHash = stableHash(d);
      const existing = rows.get(d.code);
      if (existing?.base_hash === baseHash) {
        effective.set(d.code, {
          version: existing.version,
          definition: procedureDefinition.parse(existing.definition),
        });
        continue;
      }
      const overlay = (existing?.overlay ?? null) as ProcedureOverlay | null;
      const definition = procedureDefinition.parse(applyOverlay(d, overlay));
      const version = (existing?.version ?? 0) + 1;
      await repo.insertProcedureVersion(tx, {
        code: d.code,
        version,
        slug: d.slug,
        direction: d.direction,
        ownerOrgId: orgs.get(d.ownerOrg)!.id,
        name: definition.name,
        definition,
        hash: stableHash(definition),
        baseHash,
        overlay,
        source: 'code',
        opinionOrgIds: d.opinionOrgs.map((o) => orgs.get(o)!.id),
        now,
      });
      effective.set(d.code, { version, definition });
    }
    return effective;
  });
  const orgCodeById = new Map([...orgs].map(([code, o]) => [o.id, code]));
  const list = definitions.map(
    (d): LoadedProcedure => ({
      code: d.code,
      version: current.get(d.code)!.version,
      ownerOrgId: orgs.get(d.ownerOrg)!.id,
      ownerOrgCode: d.ownerOrg,
      ownerOrgName: orgs.get(d.ownerOrg)!.nameFr,
      opinionOrgIds: d.opinionOrgs.map((o) => orgs.get(o)!.id),
      definition: current.get(d.code)!.definition,
    }),
  );
  return {
    byCode: new Map(list.map((p) => [p.code, p])),
    list,
    baseByCode: new Map(definitions.map((d) => [d.code, d])),
    orgIdByCode: new Map([...orgs].map(([code, o]) => [code, o.id])),
    orgCodeById,
  };
}

// One catalogue per database (tests run many apps in one process). Loaded once, lazily, by
// whoever needs it first: the demo seeder runs before the HTTP server is built.
const loaded = new WeakMap<Db, Promise<Catalogue>>();

export function catalogueFor(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<Catalogue> {
  let p = loaded.get(deps.db);
  if (!p) {
    p = syncCatalogue(deps.db, deps.clock.now());
    p.catch(() => loaded.delete(deps.db));
    loaded.set(deps.db, p);
  }
  return p;
}

/** Makes a version written by an administrator the current one in this process's catalogue (the
 * row is already committed). Other instances adopt it through refreshCatalogue. */
export async function installVersion(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  code: string,
  version: number,
  definition: ProcedureDefinition,
): Promise<void> {
  const cat = await catalogueFor(deps);
  const old = cat.byCode.get(code);
  if (!old || old.version >= version) return;
  const next: LoadedProcedure = { ...old, version, definition };
  cat.byCode.set(code, next);
  cat.list[cat.list.indexOf(old)] = next;
}

/** Adopts versions written by another instance since this one loaded (administrators' edits):
 * run periodically, so every instance serves the version in force within a minute. */
export async function refreshCatalogue(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<void> {
  const cat = await catalogueFor(deps);
  for (const [code, version] of await repo.currentVersionNumbers(deps.db)) {
    const mine = cat.byCode.get(code);
    if (!mine || mine.version >= version) continue;
    const row = await repo.procedureVersion(deps.db, code, version);
    if (row) await installVersion(deps, code, version, procedureDefinition.parse(row.definition));
  }
}

const versionCache = new WeakMap<Db, Map<string, ProcedureDefinition>>();

/** The definition a dossier was submitted under (older versions are read from the table). */
export async function definitionAt(deps: Pick<AppDeps, 'db' | 'clock'>, code: string, version: number) {
  const cat = await catalogueFor(deps);
  const cur = cat.byCode.get(code);
  if (cur && cur.version === version) return cur.definition;
  let cache = versionCache.get(deps.db);
  if (!cache) {
    cache = new Map();
    versionCache.set(deps.db, cache);
  }
  const key = `${code}@${version}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const row = await repo.procedureVersion(deps.db, code, version);
  if (!row) throw new AppError('NOT_FOUND', 'Procédure introuvable.');
  const def = procedureDefinition.parse(row.definition);
  cache.set(key, def);
  return def;
}

/**
 * How a user relates to a procedure: 'owner' (their organisation runs it and their role is one
 * the definition lists), 'opinion' (their organisation is consulted: they see the dossiers they
 * were asked about), or null.
 */
export function procedureAccess(user: SessionUser, p: LoadedProcedure): 'owner' | 'opinion' | null {
  if (user.organisation.id === p.ownerOrgId && user.roles.some((r) => p.definition.roles.includes(r)))
    return 'owner';
  if (
    p.opinionOrgIds.includes(user.organisation.id) &&
    user.roles.some((r) => ['agent_instructeur', 'chef_service', 'consultation'].includes(r))
  )
    return 'opinion';
  return null;
}

export async function navigationFor(deps: AppDeps, user: SessionUser) {
  const cat = await catalogueFor(deps);
  const lang = user.locale;
  return cat.list
    .filter((p) => procedureAccess(user, p) !== null)
    .map((p) => ({
      code: p.code,
      slug: p.definition.slug,
      direction: p.definition.direction,
      name: p.definition.name[lang] ?? p.definition.name.fr,
    }));
}

/** The procedure by code if the user may see it; 404 otherwise (its existence is not a secret,
 * but a uniform answer keeps the rule simple). */
export async function procedureForUser(deps: AppDeps, user: SessionUser, code: string) {
  const cat = await catalogueFor(deps);
  const p = cat.byCode.get(code);
  const access = p ? procedureAccess(user, p) : null;
  if (!p || !access) throw new AppError('NOT_FOUND', 'Procédure introuvable.');
  return { procedure: p, access };
}
