// Intake API for operator systems: submit a dossier (validated against its procedure's
// definition, idempotent per Idempotency-Key), attach documents, read status and history. The
// caller is an OAuth2 client (client credentials from Portnet ID) bound to one operator.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { type IntakeStatus, intakeSubmission, STATE_LABELS_FR } from '@portail/contracts';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { audit } from '../../platform/audit.ts';
import { encrypt } from '../../platform/crypto.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { type FileKind, storeUpload } from '../../platform/storage.ts';
import { catalogueFor, definitionAt } from '../catalogue/service.ts';
import { localYear, numberFormat } from './numbering.ts';
import * as repo from './repo.ts';
import { historyLabel } from './service.ts';
import { addWorkingTime } from './sla.ts';
import { validateFields } from './validation.ts';
import { webhookSecretAad } from './webhooks.ts';

export interface ApiCaller {
  clientId: string;
  scopes: string[];
  operatorId: number;
  raisonSociale: string;
  ice: string;
}

/** The operator behind an API client, or null when the client is not linked to one. */
export async function callerForClient(db: Db, clientId: string, scopes: string[]): Promise<ApiCaller | null> {
  const row = await db.one<{ operator_id: number; raison_sociale: string; ice: string }>(sql`
    SELECT o.id AS operator_id, o.raison_sociale, o.ice
      FROM operator_api_client c JOIN operator o ON o.id = c.operator_id
     WHERE c.client_id = ${clientId}`);
  return row
    ? { clientId, scopes, operatorId: row.operator_id, raisonSociale: row.raison_sociale, ice: row.ice }
    : null;
}

/** Binds an API client (registered with Portnet ID) to its operator, with an optional webhook. */
export async function linkApiClient(
  deps: AppDeps,
  input: { clientId: string; operatorId: number; webhookUrl?: string | null; webhookSecret?: string | null },
): Promise<void> {
  if (input.webhookUrl) {
    const url = new URL(input.webhookUrl);
    if (url.protocol !== 'https:' && !(deps.config.insecureHttp && url.protocol === 'http:')) {
      throw new AppError('VALIDATION', "L'URL du webhook doit être en https.");
    }
    if (!input.webhookSecret || input.webhookSecret.length < 32) {
      throw new AppError('VALIDATION', 'Le secret du webhook doit comporter au moins 32 caractères.');
    }
  }
  const sealed = input.webhookSecret
    ? encrypt(deps.masterKey, input.webhookSecret, webhookSecretAad(input.clientId))
    : null;
  await deps.db.query(sql`
    INSERT INTO operator_api_client (client_id, operator_id, webhook_url, webhook_secret_enc, created_at)
    VALUES (${input.clientId}, ${input.operatorId}, ${input.webhookUrl ?? null}, ${sealed}, ${deps.clock.now()})
    ON CONFLICT (client_id) DO UPDATE SET operator_id = EXCLUDED.operator_id, webhook_url = EXCLUDED.webhook_url,
      webhook_secret_enc = EXCLUDED.webhook_secret_enc`);
}

const invalid = (fields: FieldIssue[]) =>
  new AppError('VALIDATION', 'Certaines valeurs saisies sont invalides.', { fields });

/** Canonical JSON (sorted keys) so that the same body with keys in another order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface SubmitResult {
  status: number;
  body: { reference: string; state: { code: string; label: string }; submittedAt: string; statusUrl: string };
  replayed: boolean;
}

function hsPrefixes(codes: string[]): string[] {
  const set = new Set<string>();
  for (const c of codes) for (const n of [2, 4, 6, 8, 10]) set.add(c.slice(0, n));
  return [...set];
}

export async function submitDossier(
  deps: AppDeps,
  caller: ApiCaller,
  idempotencyKey: string,
  rawBody: unknown,
  ip: string,
): Promise<SubmitResult> {
  const requestHash = createHash('sha256').update(canonical(rawBody)).digest('hex');
  const parsed = intakeSubmission.safeParse(rawBody);
  if (!parsed.success) {
    throw invalid(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  const body = parsed.data;
  const cat = await catalogueFor(deps);
  const procedure = cat.byCode.get(body.procedure);
  if (!procedure) throw invalid([{ path: 'procedure', message: `Procédure inconnue : ${body.procedure}.` }]);
  const def = procedure.definition;
  const issues: FieldIssue[] = [];
  if (def.categories.length > 0) {
    if (!body.category) issues.push({ path: 'category', message: 'Catégorie obligatoire.' });
    else if (!def.categories.some((c) => c.code === body.category))
      issues.push({
        path: 'category',
        message: `Catégorie inconnue (valeurs possibles : ${def.categories.map((c) => c.code).join(', ')}).`,
      });
  }
  const customsRequired = def.workflow.states.includes('transmise_douane');
  if (customsRequired && !body.customsOffice)
    issues.push({ path: 'customsOffice', message: 'Bureau douanier obligatoire.' });
  if (body.goods.length < def.goodsLines.min)
    issues.push({ path: 'goods', message: `Au moins ${def.goodsLines.min} ligne(s) de marchandise.` });
  if (body.goods.length > def.goodsLines.max)
    issues.push({ path: 'goods', message: `Au plus ${def.goodsLines.max} lignes de marchandise.` });
  const req = validateFields(def.requestFields, body.fields, 'fields', {
    category: body.category,
    values: body.fields,
  });
  issues.push(...req.issues);
  const countries = new Set<string>(req.countries);
  if (body.originCountry) countries.add(body.originCountry);
  const goodsData = body.goods.map((g, i) => {
    const r = validateFields(def.goodsLineFields, g.fields, `goods.${i}.fields`, {
      category: body.category,
      values: g.fields,
    });
    issues.push(...r.issues);
    for (const c of r.countries) countries.add(c);
    if (g.originCountry) countries.add(g.originCountry);
    return r.clean;
  });
  // One statement checks every reference the request names.
  const hsCodes = [...new Set(body.goods.map((g) => g.hsCode))];
  const units = [...new Set(body.goods.map((g) => g.unit))];
  const refs = await deps.db.one<{ office: boolean; hs: string[]; units: string[]; countries: string[] }>(sql`
    SELECT EXISTS (SELECT 1 FROM customs_office WHERE code = ${body.customsOffice ?? ''} AND active) AS office,
           ARRAY(SELECT code FROM hs_code WHERE code = ANY(${hsCodes}::text[])) AS hs,
           ARRAY(SELECT code FROM unit WHERE code = ANY(${units}::text[]) AND active) AS units,
           ARRAY(SELECT code::text FROM country WHERE code = ANY(${[...countries]}::text[]) AND active) AS countries`);
  if (body.customsOffice && !refs?.office)
    issues.push({ path: 'customsOffice', message: 'Bureau douanier inconnu.' });
  const knownHs = new Set(refs?.hs ?? []);
  const knownUnits = new Set(refs?.units ?? []);
  const knownCountries = new Set(refs?.countries ?? []);
  body.goods.forEach((g, i) => {
    if (!knownHs.has(g.hsCode))
      issues.push({ path: `goods.${i}.hsCode`, message: `Nomenclature inconnue : ${g.hsCode}.` });
    if (!knownUnits.has(g.unit))
      issues.push({ path: `goods.${i}.unit`, message: `Unité inconnue : ${g.unit}.` });
    if (g.originCountry && !knownCountries.has(g.originCountry))
      issues.push({ path: `goods.${i}.originCountry`, message: `Pays inconnu : ${g.originCountry}.` });
  });
  if (body.originCountry && !knownCountries.has(body.originCountry))
    issues.push({ path: 'originCountry', message: `Pays inconnu : ${body.originCountry}.` });
  for (const c of req.countries)
    if (!knownCountries.has(c)) issues.push({ path: 'fields', message: `Pays inconnu : ${c}.` });
  if (issues.length > 0) throw invalid(issues);

  const now = deps.clock.now();
  const year = localYear(now);
  const fmt = numberFormat(def.referenceFormat, year);
  const first = body.goods[0];
  const goodsSummary = first
    ? `${first.description}${body.goods.length > 1 ? ` (+${body.goods.length - 1})` : ''}`
    : String(body.fields.filmTitle ?? '');
  const slaDue = addWorkingTime(now, def.sla.amount, def.sla.unit);

  const result: Omit<SubmitResult['body'], 'reference' | 'statusUrl'> = {
    state: { code: def.workflow.initial, label: STATE_LABELS_FR[def.workflow.initial] },
    submittedAt: now.toISOString(),
  };
  // Key, number, dossier, goods lines, history and audit row in ONE autocommitted statement. The
  // key is claimed first (c): a concurrent duplicate waits on it, and when it is already taken
  // every later part selects from an empty c and does nothing, so no number is consumed. The
  // gapless counter row is then locked only for the rest of this statement and its commit, in the
  // same round trip — that lock is what bounds a procedure's submissions per second.
  const row = await deps.db.one<{ id: number; reference: string }>(sql`
    WITH c AS (
      INSERT INTO intake_idempotency (client_id, key, request_hash, status_code, response, created_at, dossier_id)
      VALUES (${caller.clientId}, ${idempotencyKey}, ${requestHash}, 201, ${sql.json(result)}, ${now},
              nextval(pg_get_serial_sequence('dossier', 'id')))
      ON CONFLICT (client_id, key) DO NOTHING
      RETURNING dossier_id
    ), n AS (
      INSERT INTO numbering_counter (scope, year, last_value)
      SELECT ${`dossier:${def.code}`}, ${year}, 1 FROM c
      ON CONFLICT (scope, year) DO UPDATE SET last_value = numbering_counter.last_value + 1
      RETURNING last_value
    ), d AS (
      INSERT INTO dossier (id, reference, procedure_code, procedure_version, owner_org_id, category, operator_id,
                           importer_name, importer_ice, customs_office_code, goods_summary, main_hs_code, hs_prefixes,
                           origin_country, data, state, state_changed_at, submitted_at, channel, api_client_id,
                           sla_due_at, created_at, updated_at)
      OVERRIDING SYSTEM VALUE
      SELECT c.dossier_id, ${fmt.prefix} || lpad(n.last_value::text, ${fmt.width}, '0') || ${fmt.suffix}, ${def.code},
             ${procedure.version}, ${procedure.ownerOrgId}, ${body.category ?? null}, ${caller.operatorId},
             ${caller.raisonSociale}, ${caller.ice}, ${body.customsOffice ?? null}, ${goodsSummary.slice(0, 300)},
             ${first?.hsCode ?? ''}, ${hsPrefixes(hsCodes)}::text[], ${body.originCountry ?? first?.originCountry ?? null},
             ${sql.json(req.clean)}, ${def.workflow.initial}, ${now}, ${now}, 'api', ${caller.clientId}, ${slaDue}, ${now}, ${now}
        FROM c, n
      RETURNING id, reference
    ), g AS (
      -- data goes as text[] then jsonb[]: given a jsonb[] parameter, postgres.js JSON-encodes each
      -- element again and the lines stored JSON strings instead of objects (PGlite did not).
      INSERT INTO dossier_goods_line (dossier_id, line_no, hs_code, description, quantity, unit_code, value_amount,
                                      currency, origin_country, data)
      SELECT d.id, l.no, l.hs, l.descr, l.qty, l.unit, l.val, l.cur, l.origin, l.data
        FROM d, unnest(${body.goods.map((_, i) => i + 1)}::int[], ${body.goods.map((g) => g.hsCode)}::text[],
                       ${body.goods.map((g) => g.description)}::text[], ${body.goods.map((g) => String(g.quantity))}::numeric[],
                       ${body.goods.map((g) => g.unit)}::text[], ${body.goods.map((g) => String(g.value))}::numeric[],
                       ${body.goods.map((g) => g.currency)}::text[], ${body.goods.map((g) => g.originCountry ?? null)}::text[],
                       ${goodsData.map((x) => JSON.stringify(x))}::text[]::jsonb[])
             AS l(no, hs, descr, qty, unit, val, cur, origin, data)
    ), e AS (
      INSERT INTO dossier_event (dossier_id, at, kind, to_state, actor_label, public, details)
      SELECT d.id, ${now}, 'submitted', ${def.workflow.initial}, ${caller.raisonSociale}, true,
             ${sql.json({ channel: 'api', clientId: caller.clientId })} FROM d
    ), a AS (
      -- The same row platform/audit.ts writes (the sealer chains it later).
      INSERT INTO audit_log (at, event, outcome, actor_user_id, actor_org_id, actor_label, ip, object_type, object_id, details)
      SELECT ${now}, 'dossier.submitted', 'success', NULL, NULL, ${`api:${caller.clientId}`}, ${ip ?? null}, 'dossier', d.id::text,
             jsonb_build_object('reference', d.reference, 'procedure', ${def.code}::text) FROM d
    )
    SELECT id, reference FROM d`);
  if (row) {
    const answer = { ...result, reference: row.reference, statusUrl: `/api/v1/dossiers/${row.reference}` };
    return { status: 201, body: answer, replayed: false };
  }
  return replay(deps.db, caller.clientId, idempotencyKey, requestHash);
}

/** The stored answer to a key already used: the same request gets it again, another one a conflict. */
async function replay(db: Db, clientId: string, key: string, requestHash: string): Promise<SubmitResult> {
  const prior = await db.one<{
    request_hash: string;
    status_code: number;
    response: SubmitResult['body'];
  }>(sql`
    SELECT i.request_hash, i.status_code,
           i.response || CASE WHEN d.id IS NULL THEN '{}'::jsonb
                              ELSE jsonb_build_object('reference', d.reference, 'statusUrl', '/api/v1/dossiers/' || d.reference)
                         END AS response
      FROM intake_idempotency i LEFT JOIN dossier d ON d.id = i.dossier_id
     WHERE i.client_id = ${clientId} AND i.key = ${key}`);
  if (!prior || prior.request_hash !== requestHash) {
    throw new AppError(
      'CONFLICT',
      "Cette clé d'idempotence a déjà servi pour une autre requête. Utilisez une nouvelle clé pour une nouvelle demande.",
    );
  }
  return { status: prior.status_code, body: prior.response, replayed: true };
}

async function operatorDossier(db: Db, caller: ApiCaller, reference: string) {
  // S32: another operator's reference answers exactly like an unknown one.
  const row = await db.one<{
    id: number;
    reference: string;
    procedure_code: string;
    procedure_version: number;
    state: string;
    submitted_at: Date;
    state_changed_at: Date;
  }>(sql`
    SELECT id, reference, procedure_code, procedure_version, state, submitted_at, state_changed_at
      FROM dossier WHERE reference = ${reference} AND operator_id = ${caller.operatorId}`);
  if (!row) throw new AppError('NOT_FOUND', 'Dossier introuvable.');
  return row;
}

export async function dossierStatus(
  deps: AppDeps,
  caller: ApiCaller,
  reference: string,
): Promise<IntakeStatus> {
  const d = await operatorDossier(deps.db, caller, reference);
  const [decision, docs] = await Promise.all([
    deps.db.one<{ number: string; outcome: string; decided_at: Date }>(
      sql`SELECT number, outcome, decided_at FROM dossier_decision WHERE dossier_id = ${d.id}`,
    ),
    repo.documents(deps.db, Number(d.id)),
  ]);
  return {
    reference: d.reference,
    procedure: d.procedure_code,
    state: { code: d.state, label: STATE_LABELS_FR[d.state as keyof typeof STATE_LABELS_FR] ?? d.state },
    submittedAt: new Date(d.submitted_at).toISOString(),
    stateChangedAt: new Date(d.state_changed_at).toISOString(),
    decision: decision
      ? {
          number: decision.number,
          outcome: decision.outcome,
          decidedAt: new Date(decision.decided_at).toISOString(),
        }
      : null,
    // Opinions are internal to the administrations: their documents (kind « avis ») are not listed.
    documents: docs
      .filter((x) => x.kind !== 'avis')
      .map((x) => ({
        id: Number(x.id),
        kind: x.kind,
        name: x.original_name,
        size: x.size_bytes,
      })),
  };
}

export async function dossierHistory(deps: AppDeps, caller: ApiCaller, reference: string) {
  const d = await operatorDossier(deps.db, caller, reference);
  const events = await repo.events(deps.db, Number(d.id), true);
  return {
    reference: d.reference,
    events: events.map((e) => ({
      at: new Date(e.at).toISOString(),
      kind: e.kind,
      label: historyLabel(e),
      fromState: e.from_state,
      toState: e.to_state,
    })),
  };
}

const MEDIA_TO_KIND: Record<string, FileKind> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
};

/** Streams a document to storage after checking the dossier and the kind; records it with its event. */
export async function addDocument(
  deps: AppDeps,
  caller: ApiCaller,
  reference: string,
  kind: string,
  file: { filename: string; mimetype: string; stream: Readable },
  ip: string,
) {
  const d = await operatorDossier(deps.db, caller, reference);
  const def = await definitionAt(deps, d.procedure_code, d.procedure_version);
  const requirement = def.documents.find((x) => x.kind === kind);
  if (!requirement) {
    throw invalid([
      {
        path: 'kind',
        message: `Type de document inconnu (valeurs possibles : ${def.documents.map((x) => x.kind).join(', ')}).`,
      },
    ]);
  }
  if (['annulee', 'rejetee', 'imputee'].includes(d.state)) {
    throw new AppError('INVALID_TRANSITION', "Le dossier est clos : il n'accepte plus de documents.");
  }
  const stored = await storeUpload(
    deps,
    file.stream,
    { filename: file.filename, declaredType: file.mimetype, createdBy: null },
    { allowed: requirement.mediaTypes.map((m) => MEDIA_TO_KIND[m]) },
  );
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const row = await tx.one<{ id: number }>(sql`
      INSERT INTO dossier_document (dossier_id, kind, original_name, media_type, size_bytes, uploaded_at,
                                    uploaded_by_client, stored_file_id)
      VALUES (${d.id}, ${kind}, ${stored.originalName}, ${stored.mediaType}, ${stored.sizeBytes}, ${now},
              ${caller.clientId}, ${stored.id}::uuid)
      RETURNING id`);
    await repo.insertEvent(tx, {
      dossierId: Number(d.id),
      at: now,
      kind: 'document_added',
      actorLabel: caller.raisonSociale,
      details: { kind, name: stored.originalName },
    });
    await audit(tx, now, {
      event: 'dossier.document_added',
      actor: { label: `api:${caller.clientId}`, ip },
      objectType: 'dossier',
      objectId: d.id,
      details: { documentId: row!.id, kind, size: stored.sizeBytes },
    });
    return row!.id;
  });
  return {
    id: Number(id),
    kind,
    name: stored.originalName,
    mediaType: stored.mediaType,
    size: stored.sizeBytes,
  };
}

export type IntakeBody = z.input<typeof intakeSubmission>;
