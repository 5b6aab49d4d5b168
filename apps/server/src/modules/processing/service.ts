// Use cases of dossier processing (DESIGN.md §4 rule 2): each one locks the dossier, checks its
// version (optimistic concurrency), its state against the procedure's workflow and the actor's
// rights, then writes the change, the history event, the audit row, the notifications and the
// outbox messages (mail, customs) in ONE transaction.
import { Readable } from 'node:stream';
import {
  type CancelBody,
  type ComplementAnswerBody,
  type ComplementRequestBody,
  type GiveOpinionBody,
  OPINION_LABELS_FR,
  OPINION_VOCABULARIES,
  type OpinionRequestBody,
  type ProcessingAction,
  type ProcessingInfo,
  type ProposalBody,
  type SessionUser,
  STATE_LABELS_FR,
  type VerificationResponse,
} from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import { audit } from '../../platform/audit.ts';
import { DAY } from '../../platform/clock.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { localeOf } from '../../platform/locale.ts';
import { queueMail } from '../../platform/mail.ts';
import { enqueue } from '../../platform/outbox.ts';
import {
  deleteStoredFile,
  FILE_KINDS,
  type FileKind,
  maxUploadBytes,
  storeUpload,
} from '../../platform/storage.ts';
import { catalogueFor } from '../catalogue/service.ts';
import { nextFormatted } from '../dossiers/numbering.ts';
import { enqueueStateChangeWebhook } from '../dossiers/webhooks.ts';
import { renderDecisionPdf } from './decision-pdf.ts';
import { type Notice, noticeMail, renderNotice } from './messages.ts';
import {
  ACTION_LABELS_FR,
  type ActionContext,
  allowedFrom,
  assertOwnerAction,
  availableActions,
  conflict,
  invalidTransition,
} from './policy.ts';
import { checkReasons, offeredReasons } from './reasons.ts';
import type { DossierRow } from './repo.ts';
import * as repo from './repo.ts';
import { checkVerificationCode, newVerificationCode } from './verification-code.ts';

export const CUSTOMS_TOPIC = 'processing.customs';

export interface Actor {
  user: SessionUser;
  ip?: string | null;
}

const stateLabel = (s: string) => STATE_LABELS_FR[s as keyof typeof STATE_LABELS_FR] ?? s;
const codeLabel = (s: string) => ({ code: s, label: stateLabel(s) });
const dossierLink = (id: number) => `/portail/dossiers/${id}`;
const auditActor = (a: Actor) => ({
  userId: a.user.id,
  orgId: a.user.organisation.id,
  label: a.user.displayName,
  ip: a.ip ?? null,
});

interface Loaded {
  d: DossierRow;
  opinions: repo.OpinionRow[];
  proposal: repo.ProposalRow | undefined;
  ctx: ActionContext;
}

/** 404 rather than 403 for a dossier of another organisation: its existence is not disclosed (S32). */
async function load(db: Db, user: SessionUser, id: number, lock: boolean): Promise<Loaded> {
  const d = lock ? await repo.lockDossier(db, id) : await repo.getDossier(db, id);
  if (!d) throw notFound('Dossier introuvable.');
  const opinions = await repo.latestOpinions(db, id);
  if (
    d.owner_org_id !== user.organisation.id &&
    !opinions.some((o) => o.organisation_id === user.organisation.id)
  )
    throw notFound('Dossier introuvable.');
  const proposal = await repo.getProposal(db, id);
  return {
    d,
    opinions,
    proposal,
    ctx: {
      pendingOpinionForUser: opinions.some((o) => o.organisation_id === user.organisation.id && !o.given_at),
      hasProposal: proposal !== undefined,
    },
  };
}

/** Locks, checks the version, then state and rights; the caller writes with `save`. */
async function begin(
  tx: Db,
  actor: Actor,
  id: number,
  version: number,
  action: ProcessingAction,
  what: string,
): Promise<Loaded> {
  const l = await load(tx, actor.user, id, true);
  if (l.d.version !== version) throw conflict();
  assertOwnerAction(actor.user, l.d, action, l.ctx, what, stateLabel(l.d.state));
  return l;
}

async function save(tx: Db, d: DossierRow, now: Date, change: repo.StateChange): Promise<number> {
  const v = await repo.updateDossier(tx, d.id, d.version, now, change);
  if (v === null) throw conflict();
  // The operator's system hears of every state change (dossiers module's signed webhooks).
  if (change.state !== undefined && change.state !== d.state)
    await enqueueStateChangeWebhook(tx, {
      dossierId: d.id,
      fromState: d.state,
      toState: change.state,
      at: now,
    });
  return v;
}

/** « Avis » column: en_attente while one is pending, else the common opinion, else « partagé ». */
function summarise(opinions: { opinion: string | null; given_at: Date | null }[]): string | null {
  if (opinions.length === 0) return null;
  if (opinions.some((o) => !o.given_at)) return 'en_attente';
  const values = new Set(opinions.map((o) => o.opinion));
  return values.size === 1 ? [...values][0]! : 'partage';
}

// ---- notifications (in-app + mail, in the caller's transaction) ----

/** A notification: its kind and parameters (messages.ts writes it out in each reader's language). */
type NoticeInput = Notice & { dossier: { id: number; reference: string } | null; dedupeKey?: string };

/** The procedure's and an organisation's names in the three languages, from the dossier row. */
const procedureNames = (d: repo.DossierRow) => ({
  fr: d.procedure_name,
  ar: d.procedure_name_ar,
  en: d.procedure_name_en,
});

export async function notify(deps: AppDeps, tx: Db, userIds: number[], n: NoticeInput): Promise<void> {
  const ids = [...new Set(userIds)];
  const users = (await repo.usersByIds(tx, ids)).filter((u) => u.status === 'active');
  const now = deps.clock.now();
  const link = n.dossier ? dossierLink(n.dossier.id) : null;
  const notice = { kind: n.kind, params: n.params } as Notice;
  const french = renderNotice('fr', notice);
  const created = new Set(
    await repo.insertNotifications(
      tx,
      users.map((u) => ({
        userId: u.id,
        kind: n.kind,
        dossierId: n.dossier?.id ?? null,
        title: french.title,
        body: french.body,
        params: n.params,
        link,
        dedupeKey: n.dedupeKey ?? null,
        at: now,
      })),
    ),
  );
  for (const u of users) {
    if (!created.has(u.id)) continue;
    const locale = localeOf(u.locale);
    await queueMail(
      tx,
      now,
      noticeMail(
        locale,
        u.email,
        u.display_name,
        renderNotice(locale, notice),
        link ? `${deps.config.PUBLIC_URL}${link}` : null,
      ),
    );
  }
}

/** The assignee, or the chefs de service of the owning organisation when nobody is assigned. */
async function responsibleOf(tx: Db, d: DossierRow): Promise<number[]> {
  if (d.assignee_user_id) return [d.assignee_user_id];
  return (await repo.chefsOf(tx, d.owner_org_id)).map((u) => u.id);
}

// ---- actions offered on the dossier page ----

/** What this user may do now on the dossier (DossierDetail.actions). */
export async function dossierActions(
  db: Db,
  user: SessionUser,
  dossierId: number,
): Promise<{ action: string; label: string }[]> {
  const d = await repo.getDossier(db, dossierId);
  if (!d) return [];
  const [opinions, proposal] = await Promise.all([
    repo.latestOpinions(db, dossierId),
    repo.getProposal(db, dossierId),
  ]);
  const ctx = {
    pendingOpinionForUser: opinions.some((o) => o.organisation_id === user.organisation.id && !o.given_at),
    hasProposal: proposal !== undefined,
  };
  return availableActions(user, d, ctx).map((action) => ({ action, label: ACTION_LABELS_FR[action] }));
}

/** The dossiers module's provider: the same rules from its already-loaded row, plus one statement. */
export async function dossierActionsFor(ctx: {
  user: SessionUser;
  procedure: { version: number; definition: DossierRow['definition'] };
  dossier: {
    id: number;
    owner_org_id: number;
    state: string;
    assignee_user_id: number | null;
    procedure_code: string;
    procedure_version: number;
  };
  db: Db;
}): Promise<{ action: string; label: string }[]> {
  const def =
    ctx.procedure.version === ctx.dossier.procedure_version
      ? ctx.procedure.definition
      : (await repo.getDossier(ctx.db, ctx.dossier.id))?.definition;
  if (!def) return [];
  const flags = await repo.actionFlags(ctx.db, ctx.dossier.id, ctx.user.organisation.id);
  return availableActions(
    ctx.user,
    { ...ctx.dossier, definition: def },
    { pendingOpinionForUser: flags.pending, hasProposal: flags.has_proposal },
  ).map((action) => ({ action, label: ACTION_LABELS_FR[action] }));
}

// ---- prise en charge / assignation ----

async function assignWithin(
  deps: AppDeps,
  tx: Db,
  actor: Actor,
  d: DossierRow,
  assignee: repo.UserRow,
  kind: 'take' | 'assign',
): Promise<number> {
  const now = deps.clock.now();
  const instruct = allowedFrom(d.definition, 'instruct', d.state);
  const toState = instruct ? instruct.to : d.state;
  const version = await save(tx, d, now, {
    assigneeUserId: assignee.id,
    ...(toState !== d.state ? { state: toState } : {}),
  });
  await repo.insertEvent(tx, {
    dossierId: d.id,
    at: now,
    kind: 'assigned',
    fromState: toState !== d.state ? d.state : null,
    toState: toState !== d.state ? toState : null,
    actorUserId: actor.user.id,
    actorOrgId: actor.user.organisation.id,
    actorLabel: actor.user.displayName,
    public: false,
    details: { assigneeId: assignee.id, assignee: assignee.display_name, by: kind },
  });
  await audit(tx, now, {
    event: kind === 'take' ? 'dossier.take' : 'dossier.assign',
    actor: auditActor(actor),
    objectType: 'dossier',
    objectId: d.reference,
    details: { assigneeId: assignee.id, fromState: d.state, toState },
  });
  if (assignee.id !== actor.user.id) {
    await notify(deps, tx, [assignee.id], {
      kind: 'assigned',
      dossier: d,
      params: { actor: actor.user.displayName, references: [d.reference], procedure: procedureNames(d) },
    });
  }
  return version;
}

async function assignableAgent(tx: Db, orgId: number, assigneeId: number): Promise<repo.UserRow> {
  const u = await repo.getUser(tx, assigneeId);
  if (!u || u.organisation_id !== orgId || u.status !== 'active' || !u.roles.includes('agent_instructeur'))
    throw new AppError(
      'VALIDATION',
      "Cet agent n'existe pas ou n'est pas un agent instructeur actif de votre organisation.",
      {
        fields: [{ path: 'assigneeId', message: 'Agent inconnu.' }],
      },
    );
  return u;
}

export async function take(deps: AppDeps, actor: Actor, id: number, version: number) {
  return deps.db.transaction(async (tx) => {
    const { d } = await begin(tx, actor, id, version, 'take', 'prendre ce dossier en charge');
    const me = (await repo.getUser(tx, actor.user.id))!;
    const v = await assignWithin(deps, tx, actor, d, me, 'take');
    return result(tx, id, v);
  });
}

export async function assign(
  deps: AppDeps,
  actor: Actor,
  id: number,
  body: { version: number; assigneeId: number },
) {
  return deps.db.transaction(async (tx) => {
    const { d } = await begin(tx, actor, id, body.version, 'assign', 'assigner ce dossier');
    const agent = await assignableAgent(tx, d.owner_org_id, body.assigneeId);
    const v = await assignWithin(deps, tx, actor, d, agent, 'assign');
    return result(tx, id, v);
  });
}

/** Bulk (re)assignment from the list: all or nothing, in one transaction. */
export async function bulkAssign(
  deps: AppDeps,
  actor: Actor,
  body: { dossierIds: number[]; assigneeId: number },
) {
  return deps.db.transaction(async (tx) => {
    const ids = [...new Set(body.dossierIds)].sort((a, b) => a - b);
    if (!actor.user.roles.includes('chef_service'))
      throw new AppError('FORBIDDEN', 'Seul un chef de service peut assigner des dossiers.');
    const agent = await assignableAgent(tx, actor.user.organisation.id, body.assigneeId);
    const refused: string[] = [];
    const rows: DossierRow[] = [];
    // Locks in id order: two bulk assignments over overlapping sets cannot deadlock.
    for (const id of ids) {
      const d = await repo.lockDossier(tx, id);
      if (!d || d.owner_org_id !== actor.user.organisation.id) throw notFound('Dossier introuvable.');
      if (
        !availableActions(actor.user, d, { pendingOpinionForUser: false, hasProposal: false }).includes(
          'assign',
        )
      )
        refused.push(`${d.reference} (${stateLabel(d.state)})`);
      rows.push(d);
    }
    if (refused.length > 0)
      throw new AppError(
        'INVALID_TRANSITION',
        `Aucun dossier n'a été assigné : ces dossiers ne sont plus en cours de traitement : ${refused.join(', ')}.`,
      );
    const now = deps.clock.now();
    for (const d of rows) {
      const instruct = allowedFrom(d.definition, 'instruct', d.state);
      await save(tx, d, now, { assigneeUserId: agent.id, ...(instruct ? { state: instruct.to } : {}) });
      await repo.insertEvent(tx, {
        dossierId: d.id,
        at: now,
        kind: 'assigned',
        fromState: instruct ? d.state : null,
        toState: instruct ? instruct.to : null,
        actorUserId: actor.user.id,
        actorOrgId: actor.user.organisation.id,
        actorLabel: actor.user.displayName,
        public: false,
        details: { assigneeId: agent.id, assignee: agent.display_name, by: 'bulk' },
      });
    }
    await audit(tx, now, {
      event: 'dossier.assign_bulk',
      actor: auditActor(actor),
      objectType: 'dossier',
      objectId: rows
        .map((r) => r.reference)
        .join(',')
        .slice(0, 500),
      details: { assigneeId: agent.id, count: rows.length },
    });
    if (agent.id !== actor.user.id) {
      await notify(deps, tx, [agent.id], {
        kind: 'assigned',
        dossier: rows.length === 1 ? rows[0]! : null,
        params: { actor: actor.user.displayName, references: rows.map((r) => r.reference), procedure: null },
      });
    }
    return { assigned: rows.length };
  });
}

export async function workload(deps: AppDeps, user: SessionUser) {
  const rows = await repo.workload(deps.db, user.organisation.id, deps.clock.now());
  return {
    agents: rows.map((r) => ({ id: r.id, displayName: r.display_name, open: r.open, overdue: r.overdue })),
  };
}

async function result(tx: Db, id: number, version: number) {
  const d = (await repo.getDossier(tx, id))!;
  return { version, state: codeLabel(d.state) };
}

// ---- demande de complément ----

export async function requestComplement(
  deps: AppDeps,
  actor: Actor,
  id: number,
  body: ComplementRequestBody,
) {
  return deps.db.transaction(async (tx) => {
    const { d } = await begin(tx, actor, id, body.version, 'requestComplement', 'demander un complément');
    const labels = await checkReasons(deps, tx, 'complement', body.items, 'items', d.procedure_code);
    const now = deps.clock.now();
    const t = allowedFrom(d.definition, 'requestComplement', d.state)!;
    await repo.insertComplement(tx, {
      dossierId: d.id,
      message: body.message,
      items: body.items,
      at: now,
      userId: actor.user.id,
    });
    const v = await save(tx, d, now, { state: t.to, sla: 'pause' });
    await repo.insertEvent(tx, {
      dossierId: d.id,
      at: now,
      kind: 'complement_requested',
      fromState: d.state,
      toState: t.to,
      actorUserId: actor.user.id,
      actorOrgId: actor.user.organisation.id,
      actorLabel: actor.user.displayName,
      details: { message: body.message, items: body.items.map((c) => ({ code: c, label: labels.get(c) })) },
    });
    await audit(tx, now, {
      event: 'dossier.request_complement',
      actor: auditActor(actor),
      objectType: 'dossier',
      objectId: d.reference,
      details: { items: body.items },
    });
    return { version: v, state: codeLabel(t.to) };
  });
}

/** The operator's answer through the intake API: resumes the SLA clock and notifies the agent. */
export async function answerComplement(
  deps: AppDeps,
  client: { clientId: string },
  reference: string,
  body: Required<ComplementAnswerBody>,
) {
  return deps.db.transaction(async (tx) => {
    const operatorId = await repo.operatorOfClient(tx, client.clientId);
    const d = await repo.lockDossierByReference(tx, reference);
    // Another operator's dossier is « introuvable », exactly like an unknown one (S32).
    if (!d || operatorId === undefined || d.operator_id !== operatorId)
      throw notFound('Dossier introuvable.');
    const t = allowedFrom(d.definition, 'complete', d.state);
    const open = await repo.openComplement(tx, d.id);
    if (!t || !open) throw invalidTransition(stateLabel(d.state), 'répondre à une demande de complément');
    const docs = await repo.documentIdsOf(tx, d.id, body.documentIds);
    if (docs.length !== new Set(body.documentIds).size)
      throw new AppError('VALIDATION', "Un des documents indiqués n'appartient pas à ce dossier.", {
        fields: [{ path: 'documentIds', message: 'Document inconnu.' }],
      });
    const now = deps.clock.now();
    await repo.answerComplement(tx, open.id, {
      message: body.message,
      documentIds: docs,
      at: now,
      clientId: client.clientId,
    });
    await save(tx, d, now, { state: t.to, sla: 'resume' });
    await repo.insertEvent(tx, {
      dossierId: d.id,
      at: now,
      kind: 'complement_answered',
      fromState: d.state,
      toState: t.to,
      actorLabel: d.importer_name,
      details: { message: body.message, documentIds: docs },
    });
    await audit(tx, now, {
      event: 'dossier.complement_answered',
      actor: { label: `client:${client.clientId}` },
      objectType: 'dossier',
      objectId: d.reference,
    });
    await notify(deps, tx, await responsibleOf(tx, d), {
      kind: 'complement_answered',
      dossier: d,
      params: { reference: d.reference, importer: d.importer_name },
    });
    return { reference: d.reference, state: codeLabel(t.to) };
  });
}

// ---- avis ----

export async function requestOpinions(deps: AppDeps, actor: Actor, id: number, body: OpinionRequestBody) {
  return deps.db.transaction(async (tx) => {
    const { d, opinions } = await begin(
      tx,
      actor,
      id,
      body.version,
      'requestOpinions',
      "demander l'avis d'un organisme",
    );
    const codes = [...new Set(body.organisations)];
    const notConsultable = codes.filter((c) => !d.definition.opinionOrgs.includes(c));
    if (notConsultable.length > 0)
      throw new AppError(
        'VALIDATION',
        `Organisme non consultable pour cette procédure : ${notConsultable.join(', ')}.`,
        {
          fields: [{ path: 'organisations', message: 'Organisme non consultable.' }],
        },
      );
    const orgs = await repo.orgsByCodes(tx, codes);
    const pending = orgs.filter((o) => opinions.some((op) => op.organisation_id === o.id && !op.given_at));
    if (pending.length > 0)
      throw new AppError(
        'VALIDATION',
        `Un avis est déjà attendu de : ${pending.map((o) => o.code).join(', ')}.`,
      );
    const now = deps.clock.now();
    const dueAt = body.dueDate
      ? new Date(`${body.dueDate}T23:59:59+01:00`)
      : new Date(now.getTime() + 5 * DAY);
    if (dueAt <= now) throw new AppError('VALIDATION', "La date limite de l'avis doit être dans le futur.");
    const rounds = orgs.map((o) => ({
      id: o.id,
      round: (opinions.find((op) => op.organisation_id === o.id)?.round ?? 0) + 1,
    }));
    await repo.insertOpinionRequests(tx, {
      dossierId: d.id,
      orgs: rounds,
      at: now,
      userId: actor.user.id,
      dueAt,
    });
    const t = allowedFrom(d.definition, 'requestOpinions', d.state)!;
    const all = [
      ...opinions.filter((o) => !orgs.some((x) => x.id === o.organisation_id)),
      ...orgs.map(() => ({ opinion: null, given_at: null })),
    ];
    const v = await save(tx, d, now, { state: t.to, opinionSummary: summarise(all) });
    await repo.insertEvent(tx, {
      dossierId: d.id,
      at: now,
      kind: 'opinion_requested',
      fromState: d.state,
      toState: t.to,
      actorUserId: actor.user.id,
      actorOrgId: actor.user.organisation.id,
      actorLabel: actor.user.displayName,
      public: false,
      details: { organisations: codes, message: body.message ?? null, dueAt: dueAt.toISOString() },
    });
    await audit(tx, now, {
      event: 'dossier.request_opinions',
      actor: auditActor(actor),
      objectType: 'dossier',
      objectId: d.reference,
      details: { organisations: codes },
    });
    // The consulted organisations' agents learn of it through the bell (their way into the dossier).
    const consultedUsers = await repo.agentsOf(
      tx,
      orgs.map((o) => o.id),
    );
    await notify(deps, tx, consultedUsers, {
      kind: 'opinion_requested',
      dossier: d,
      params: {
        reference: d.reference,
        org: { fr: d.owner_org_name, ar: d.owner_org_name_ar, en: d.owner_org_name_en },
        procedure: procedureNames(d),
        message: body.message ?? null,
      },
    });
    return { version: v, state: codeLabel(t.to) };
  });
}

export async function giveOpinion(
  deps: AppDeps,
  actor: Actor,
  id: number,
  body: Required<Omit<GiveOpinionBody, 'comment'>> & { comment?: string },
) {
  return deps.db.transaction(async (tx) => {
    const { d, opinions } = await begin(tx, actor, id, body.version, 'giveOpinion', 'donner un avis');
    const vocabulary = OPINION_VOCABULARIES[d.definition.opinionVocabulary] as readonly string[];
    if (!vocabulary.includes(body.opinion))
      throw new AppError(
        'VALIDATION',
        `Avis attendu : ${vocabulary.map((v) => OPINION_LABELS_FR[v]).join(', ')}.`,
        {
          fields: [{ path: 'opinion', message: 'Avis inconnu pour cette procédure.' }],
        },
      );
    if (body.opinion !== vocabulary[0] && body.reasons.length === 0 && !body.comment)
      throw new AppError(
        'VALIDATION',
        'Un avis défavorable ou avec réserve doit être motivé (motif ou commentaire).',
        {
          fields: [{ path: 'reasons', message: 'Motif obligatoire.' }],
        },
      );
    await checkReasons(deps, tx, 'avis', body.reasons, 'reasons', d.procedure_code);
    const docs = await repo.opinionDocumentIdsOf(tx, d.id, body.documentIds, actor.user.organisation.id);
    if (docs.length !== new Set(body.documentIds).size)
      throw new AppError('VALIDATION', "Un des documents indiqués n'appartient pas à ce dossier.", {
        fields: [{ path: 'documentIds', message: 'Document inconnu.' }],
      });
    const mine = opinions.find((o) => o.organisation_id === actor.user.organisation.id && !o.given_at)!;
    const now = deps.clock.now();
    await repo.recordOpinion(tx, mine.id, {
      opinion: body.opinion,
      reasons: body.reasons,
      comment: body.comment ?? null,
      documentIds: docs,
      at: now,
      userId: actor.user.id,
    });
    const after = opinions.map((o) =>
      o.id === mine.id ? { ...o, opinion: body.opinion, given_at: now } : o,
    );
    const allGiven = after.every((o) => o.given_at);
    const t = allGiven ? allowedFrom(d.definition, 'opinionsReceived', d.state) : null;
    const v = await save(tx, d, now, { opinionSummary: summarise(after), ...(t ? { state: t.to } : {}) });
    await repo.insertEvent(tx, {
      dossierId: d.id,
      at: now,
      kind: 'opinion_given',
      fromState: t ? d.state : null,
      toState: t ? t.to : null,
      actorUserId: actor.user.id,
      actorOrgId: actor.user.organisation.id,
      actorLabel: `${actor.user.displayName} (${actor.user.organisation.code})`,
      public: false,
      details: { organisation: actor.user.organisation.code, opinion: body.opinion, reasons: body.reasons },
    });
    await audit(tx, now, {
      event: 'dossier.give_opinion',
      actor: auditActor(actor),
      objectType: 'dossier',
      objectId: d.reference,
      details: { opinion: body.opinion, reasons: body.reasons },
    });
    await notify(deps, tx, await responsibleOf(tx, d), {
      kind: 'opinion_received',
      dossier: d,
      params: { reference: d.reference, orgCode: actor.user.organisation.code, opinion: body.opinion },
    });
    return { version: v, state: codeLabel(t ? t.to : d.state) };
  });
}

// ---- documents of an opinion ----

/** What an opinion's documents may be: checked by content (S29), stated in the dialog beforehand. */
export const OPINION_DOCUMENT_KINDS: FileKind[] = ['pdf', 'png', 'jpeg'];
/** The most documents one opinion carries (giveOpinionBody.documentIds). */
export const MAX_OPINION_DOCUMENTS = 10;

export const opinionUploadRules = (deps: AppDeps) => ({
  maxBytes: maxUploadBytes(deps),
  types: OPINION_DOCUMENT_KINDS.map((k) => FILE_KINDS[k].label),
  extensions: OPINION_DOCUMENT_KINDS.flatMap((k) => FILE_KINDS[k].extensions),
  maxFiles: MAX_OPINION_DOCUMENTS,
});

/**
 * A document for the opinion the user's organisation is about to give (« Donner mon avis »): only
 * while that opinion is pending. The bytes are streamed to storage (type by content, size limit),
 * then the dossier document (kind « avis »), its history row (internal) and the audit row are
 * written in one transaction; the returned id goes into the opinion's documentIds.
 */
export async function addOpinionDocument(
  deps: AppDeps,
  actor: Actor,
  id: number,
  file: { filename: string; mimetype: string; stream: Readable },
) {
  const what = 'joindre un document à un avis';
  // Rights before reading a byte of the file.
  const before = await load(deps.db, actor.user, id, false);
  assertOwnerAction(actor.user, before.d, 'giveOpinion', before.ctx, what, stateLabel(before.d.state));
  const stored = await storeUpload(
    deps,
    file.stream,
    { filename: file.filename, declaredType: file.mimetype, createdBy: actor.user.id },
    { allowed: OPINION_DOCUMENT_KINDS },
  );
  try {
    return await deps.db.transaction(async (tx) => {
      // The opinion may have been given (or the dossier decided) while the file was uploading.
      const { d, ctx } = await load(tx, actor.user, id, true);
      assertOwnerAction(actor.user, d, 'giveOpinion', ctx, what, stateLabel(d.state));
      const now = deps.clock.now();
      const documentId = await repo.insertOpinionDocument(tx, {
        dossierId: d.id,
        storedFileId: stored.id,
        name: stored.originalName,
        mediaType: stored.mediaType,
        size: stored.sizeBytes,
        at: now,
        userId: actor.user.id,
      });
      await repo.insertEvent(tx, {
        dossierId: d.id,
        at: now,
        kind: 'document_added',
        actorUserId: actor.user.id,
        actorOrgId: actor.user.organisation.id,
        actorLabel: `${actor.user.displayName} (${actor.user.organisation.code})`,
        public: false,
        details: { kind: 'avis', name: stored.originalName },
      });
      await audit(tx, now, {
        event: 'dossier.opinion_document_added',
        actor: auditActor(actor),
        objectType: 'dossier',
        objectId: d.reference,
        details: { documentId, size: stored.sizeBytes, mediaType: stored.mediaType, sha256: stored.sha256 },
      });
      const url = `/api/dossiers/${d.id}/documents/${documentId}`;
      return {
        id: documentId,
        kind: { code: 'avis', label: "Document joint à l'avis" },
        name: stored.originalName,
        mediaType: stored.mediaType,
        size: stored.sizeBytes,
        uploadedAt: now.toISOString(),
        downloadUrl: url,
        previewUrl: `${url}?inline=1`,
      };
    });
  } catch (err) {
    await deleteStoredFile(deps, stored.id).catch(() => {});
    throw err;
  }
}

// ---- décision ----

export async function propose(deps: AppDeps, actor: Actor, id: number, body: ProposalBody) {
  const action = body.outcome === 'acceptee' ? 'proposeAcceptance' : 'proposeRejection';
  return deps.db.transaction(async (tx) => {
    const { d } = await begin(tx, actor, id, body.version, action, 'proposer une décision');
    const now = deps.clock.now();
    let grants: { lineNo: number; quantity: number }[] = [];
    let reasons: string[] = [];
    if (body.outcome === 'acceptee') {
      if (body.validUntil < body.validFrom)
        throw new AppError('VALIDATION', 'La date de fin de validité doit suivre la date de début.', {
          fields: [{ path: 'validUntil', message: 'Date de fin avant la date de début.' }],
        });
      const lines = await repo.goodsLines(tx, d.id);
      const byNo = new Map(lines.map((l) => [l.line_no, l]));
      const seen = new Set<number>();
      for (const g of body.grants) {
        const line = byNo.get(g.lineNo);
        if (!line || seen.has(g.lineNo))
          throw new AppError('VALIDATION', `Ligne de marchandise ${g.lineNo} inconnue ou répétée.`);
        if (g.quantity > Number(line.quantity))
          throw new AppError(
            'VALIDATION',
            `Ligne ${g.lineNo} : la quantité accordée dépasse la quantité demandée (${line.quantity}).`,
            {
              fields: [{ path: `grants.${g.lineNo}`, message: 'Quantité supérieure à la demande.' }],
            },
          );
        seen.add(g.lineNo);
      }
      if (lines.length > 0 && seen.size !== lines.length)
        throw new AppError('VALIDATION', 'Indiquez la quantité accordée pour chaque ligne de marchandise.');
      if (body.grants.every((g) => g.quantity === 0))
        throw new AppError(
          'VALIDATION',
          'Une acceptation accorde une quantité non nulle sur au moins une ligne.',
        );
      grants = body.grants;
    } else {
      await checkReasons(deps, tx, 'rejet', body.reasons, 'reasons', d.procedure_code);
      reasons = body.reasons;
    }
    await repo.upsertProposal(tx, {
      dossierId: d.id,
      outcome: body.outcome,
      reasons,
      motivation: body.motivation || null,
      validFrom: body.outcome === 'acceptee' ? body.validFrom : null,
      validUntil: body.outcome === 'acceptee' ? body.validUntil : null,
      grants,
      at: now,
      userId: actor.user.id,
    });
    const v = await save(tx, d, now, {});
    await repo.insertEvent(tx, {
      dossierId: d.id,
      at: now,
      kind: 'decision_proposed',
      actorUserId: actor.user.id,
      actorOrgId: actor.user.organisation.id,
      actorLabel: actor.user.displayName,
      public: false,
      details: { outcome: body.outcome, reasons },
    });
    await audit(tx, now, {
      event: 'dossier.propose_decision',
      actor: auditActor(actor),
      objectType: 'dossier',
      objectId: d.reference,
      details: { outcome: body.outcome, reasons },
    });
    const chefs = (await repo.chefsOf(tx, d.owner_org_id))
      .map((u) => u.id)
      .filter((u) => u !== actor.user.id);
    await notify(deps, tx, chefs, {
      kind: 'decision_proposed',
      dossier: d,
      params: { reference: d.reference, actor: actor.user.displayName, outcome: body.outcome },
    });
    return { version: v, state: codeLabel(d.state) };
  });
}

/**
 * Signature by the chef de service: the decision number (gapless per procedure and year, taken in
 * this transaction), the PDF with its QR code and SHA-256, and for an acceptance the customs message.
 */
export async function sign(
  deps: AppDeps,
  actor: Actor,
  id: number,
  version: number,
  hooks: { afterFirstWrite?: () => void } = {},
) {
  let storedPath: string | null = null;
  try {
    return await deps.db.transaction(async (tx) => {
      const { d, proposal } = await begin(tx, actor, id, version, 'sign', 'signer la décision');
      const p = proposal!;
      const t = allowedFrom(d.definition, p.outcome === 'acceptee' ? 'accept' : 'reject', d.state);
      if (!t) throw invalidTransition(stateLabel(d.state), 'signer cette décision');
      const now = deps.clock.now();
      const number = await nextFormatted(
        tx,
        `decision:${d.procedure_code}`,
        d.definition.decisionNumberFormat,
        now,
      );
      hooks.afterFirstWrite?.();
      const code = newVerificationCode(deps.masterKey);
      const verificationUrl = `${deps.config.PUBLIC_URL}/verification/${code}`;
      await repo.insertDecision(tx, {
        dossierId: d.id,
        number,
        outcome: p.outcome,
        reasons: p.reason_codes,
        motivation: p.motivation,
        validFrom: p.valid_from,
        validUntil: p.valid_until,
        details: { grants: p.grants },
        at: now,
        userId: actor.user.id,
        proposedBy: p.proposed_by_user_id,
        signatory: actor.user.displayName,
        verificationCode: code,
      });
      await repo.deleteProposal(tx, d.id);
      const v = await save(tx, d, now, { state: t.to, decision: { number, outcome: p.outcome } });
      const lines = await repo.goodsLines(tx, d.id);
      const reasonLabels = await repo.reasonLabels(tx, p.reason_codes);
      const pdf = await renderDecisionPdf({
        number,
        outcome: p.outcome,
        procedureName: d.procedure_name,
        ownerOrgName: d.owner_org_name,
        reference: d.reference,
        operator: { name: d.importer_name, ice: d.importer_ice },
        customsOffice: d.customs_office_code,
        decidedAt: now,
        validFrom: p.valid_from,
        validUntil: p.valid_until,
        lines: lines.map((l) => ({
          lineNo: l.line_no,
          hsCode: l.hs_code,
          description: l.description,
          requested: l.quantity,
          unit: l.unit_code,
          granted: p.grants.find((g) => g.lineNo === l.line_no)?.quantity ?? null,
        })),
        reasons: p.reason_codes.map((c) => `${c} — ${reasonLabels.get(c)?.fr ?? c}`),
        motivation: p.motivation,
        signatory: actor.user.displayName,
        verificationUrl,
        verificationCode: code,
      });
      const filename = `Decision-${number.replaceAll('/', '-')}.pdf`;
      // The stored_file row joins this transaction; the bytes are removed below if it rolls back.
      const stored = await storeUpload(
        { ...deps, db: tx },
        Readable.from([pdf.bytes]),
        { filename, createdBy: actor.user.id },
        { allowed: ['pdf'] },
      );
      storedPath = stored.id;
      await repo.attachDecisionDocument(tx, {
        dossierId: d.id,
        storedFileId: stored.id,
        name: filename,
        size: pdf.bytes.length,
        sha256: pdf.sha256,
        at: now,
        userId: actor.user.id,
      });
      await repo.insertEvent(tx, {
        dossierId: d.id,
        at: now,
        kind: 'decided',
        fromState: d.state,
        toState: t.to,
        actorUserId: actor.user.id,
        actorOrgId: actor.user.organisation.id,
        actorLabel: actor.user.displayName,
        details: { number, outcome: p.outcome, reasons: p.reason_codes, pdfSha256: pdf.sha256 },
      });
      await audit(tx, now, {
        event: 'dossier.sign_decision',
        actor: auditActor(actor),
        objectType: 'dossier',
        objectId: d.reference,
        details: { number, outcome: p.outcome, pdfSha256: pdf.sha256 },
      });
      if (p.outcome === 'acceptee' && allowedFrom(d.definition, 'sendToCustoms', t.to)) {
        await enqueue(tx, now, {
          topic: CUSTOMS_TOPIC,
          idempotencyKey: `customs:decision:${number}`,
          payload: {
            dossierId: d.id,
            message: {
              type: 'decision',
              decisionNumber: number,
              reference: d.reference,
              procedure: d.procedure_code,
              operator: { ice: d.importer_ice, name: d.importer_name },
              customsOffice: d.customs_office_code,
              validFrom: p.valid_from,
              validUntil: p.valid_until,
              lines: lines.map((l) => ({
                lineNo: l.line_no,
                hsCode: l.hs_code,
                quantity: String(p.grants.find((g) => g.lineNo === l.line_no)?.quantity ?? 0),
                unit: l.unit_code,
              })),
              issuedAt: now.toISOString(),
            },
          },
        });
      }
      await notify(deps, tx, [p.proposed_by_user_id, ...(d.assignee_user_id ? [d.assignee_user_id] : [])], {
        kind: 'decision_signed',
        dossier: d,
        params: { reference: d.reference, actor: actor.user.displayName, number, outcome: p.outcome },
      });
      return { version: v, state: codeLabel(t.to), decisionNumber: number, verificationUrl };
    });
  } catch (err) {
    if (storedPath) {
      const { deleteStoredFile } = await import('../../platform/storage.ts');
      await deleteStoredFile(deps, storedPath).catch(() => {});
    }
    throw err;
  }
}

// ---- annulation ----

export async function cancel(deps: AppDeps, actor: Actor, id: number, body: CancelBody) {
  return deps.db.transaction(async (tx) => {
    const l = await load(tx, actor.user, id, true);
    if (l.d.version !== body.version) throw conflict();
    if (l.d.state === 'imputee')
      throw new AppError(
        'INVALID_TRANSITION',
        'Annulation impossible : la douane a déjà imputé cette décision.',
      );
    assertOwnerAction(actor.user, l.d, 'cancel', l.ctx, 'annuler', stateLabel(l.d.state));
    const { d } = l;
    await checkReasons(deps, tx, 'annulation', [body.reason], 'reason', d.procedure_code);
    const now = deps.clock.now();
    const t = allowedFrom(d.definition, 'cancel', d.state)!;
    const v = await save(tx, d, now, { state: t.to });
    await repo.deleteProposal(tx, d.id);
    const decision = await repo.getDecision(tx, d.id);
    if (decision) {
      await repo.markDecision(tx, d.id, {
        cancelled: { at: now, reason: body.reason, comment: body.comment ?? null },
      });
      if (decision.outcome === 'acceptee' && allowedFrom(d.definition, 'sendToCustoms', 'acceptee')) {
        await enqueue(tx, now, {
          topic: CUSTOMS_TOPIC,
          idempotencyKey: `customs:annulation:${decision.number}`,
          payload: {
            dossierId: d.id,
            message: {
              type: 'annulation',
              decisionNumber: decision.number,
              reference: d.reference,
              procedure: d.procedure_code,
              operator: { ice: d.importer_ice, name: d.importer_name },
              customsOffice: d.customs_office_code,
              validFrom: decision.valid_from,
              validUntil: decision.valid_until,
              lines: [],
              issuedAt: now.toISOString(),
            },
          },
        });
      }
    }
    await repo.insertEvent(tx, {
      dossierId: d.id,
      at: now,
      kind: 'cancelled',
      fromState: d.state,
      toState: t.to,
      actorUserId: actor.user.id,
      actorOrgId: actor.user.organisation.id,
      actorLabel: actor.user.displayName,
      details: { reason: body.reason, comment: body.comment ?? null },
    });
    await audit(tx, now, {
      event: 'dossier.cancel',
      actor: auditActor(actor),
      objectType: 'dossier',
      objectId: d.reference,
      details: { reason: body.reason, fromState: d.state },
    });
    return { version: v, state: codeLabel(t.to) };
  });
}

// ---- douane ----

/** After a 2xx from customs: Acceptée → Transmise à la douane (system transition). */
export async function markTransmitted(deps: AppDeps, dossierId: number): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const d = await repo.lockDossier(tx, dossierId);
    if (!d) return;
    const now = deps.clock.now();
    await repo.markDecision(tx, d.id, { transmittedAt: now });
    const t = allowedFrom(d.definition, 'sendToCustoms', d.state);
    if (!t) return; // cancelled or already imputed meanwhile: the decision row records the sending
    await save(tx, d, now, { state: t.to });
    await repo.insertEvent(tx, {
      dossierId: d.id,
      at: now,
      kind: 'customs_sent',
      fromState: d.state,
      toState: t.to,
      actorLabel: 'PORTNET',
      details: { number: d.decision_number },
    });
    await audit(tx, now, {
      event: 'dossier.customs_sent',
      actor: { label: 'system' },
      objectType: 'dossier',
      objectId: d.reference,
    });
  });
}

/** Customs acknowledgement (imputation). Idempotent: a repeated acknowledgement changes nothing. */
export async function acknowledge(
  deps: AppDeps,
  body: { decisionNumber: string; imputedAt?: string; customsReference?: string },
  ip: string | null,
) {
  return deps.db.transaction(async (tx) => {
    const d = await repo.lockDossierByDecisionNumber(tx, body.decisionNumber);
    if (!d) throw notFound('Décision inconnue.');
    if (d.state === 'imputee') return { decisionNumber: body.decisionNumber, state: d.state };
    const now = deps.clock.now();
    let from = d.state;
    let current = d;
    // Customs may acknowledge before our delivery recorded its 2xx: the decision evidently arrived.
    const send = allowedFrom(d.definition, 'sendToCustoms', from);
    if (send) {
      await repo.markDecision(tx, d.id, { transmittedAt: now });
      await save(tx, d, now, { state: send.to });
      await repo.insertEvent(tx, {
        dossierId: d.id,
        at: now,
        kind: 'customs_sent',
        fromState: from,
        toState: send.to,
        actorLabel: 'PORTNET',
      });
      current = (await repo.lockDossier(tx, d.id))!;
      from = send.to;
    }
    const t = allowedFrom(d.definition, 'impute', from);
    if (!t) throw invalidTransition(stateLabel(from), 'imputer cette décision');
    await repo.markDecision(tx, d.id, {
      imputedAt: body.imputedAt ? new Date(body.imputedAt) : now,
      customsReference: body.customsReference ?? null,
    });
    await save(tx, current, now, { state: t.to });
    await repo.insertEvent(tx, {
      dossierId: d.id,
      at: now,
      kind: 'customs_imputed',
      fromState: from,
      toState: t.to,
      actorLabel: 'Douane (ADII)',
      details: { number: body.decisionNumber, customsReference: body.customsReference ?? null },
    });
    await audit(tx, now, {
      event: 'dossier.customs_imputed',
      actor: { label: 'douane', ip },
      objectType: 'dossier',
      objectId: d.reference,
      details: { number: body.decisionNumber },
    });
    return { decisionNumber: body.decisionNumber, state: t.to };
  });
}

/** Notifies once per decision that customs delivery keeps failing (chefs and the assignee). */
export async function notifyDeliveryFailure(
  deps: AppDeps,
  dossierId: number,
  number: string,
  error: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const d = await repo.getDossier(tx, dossierId);
    if (!d) return;
    const users = [
      ...(await repo.chefsOf(tx, d.owner_org_id)).map((u) => u.id),
      ...(d.assignee_user_id ? [d.assignee_user_id] : []),
    ];
    await notify(deps, tx, users, {
      kind: 'customs_failure',
      dossier: d,
      params: { reference: d.reference, number, error: error.slice(0, 200) },
      dedupeKey: `customs-failure:${number}`,
    });
  });
}

// ---- SLA ----

/** Hours before the deadline when « Délai bientôt dépassé » is notified, unless a definition says. */
export const DEFAULT_NEAR_BREACH_HOURS = 24;

/**
 * Periodic job: dossiers whose deadline falls within their procedure's near-breach window
 * (`sla.nearBreachHours` of the current definition, default 24 h) notify their agent (once).
 */
export async function notifySlaNearBreach(deps: AppDeps): Promise<number> {
  const now = deps.clock.now();
  const cat = await catalogueFor(deps);
  const windows = cat.list.map((p) => ({
    code: p.code,
    hours: p.definition.sla.nearBreachHours ?? DEFAULT_NEAR_BREACH_HOURS,
  }));
  const rows = await repo.dossiersNearBreach(deps.db, now, windows);
  let n = 0;
  for (const r of rows) {
    await deps.db.transaction(async (tx) => {
      const users = r.assignee_user_id
        ? [r.assignee_user_id]
        : (await repo.chefsOf(tx, r.owner_org_id)).map((u) => u.id);
      await notify(deps, tx, users, {
        kind: 'sla_near_breach',
        dossier: r,
        params: { reference: r.reference, dueAt: new Date(r.sla_due_at).toISOString() },
        dedupeKey: `sla:${r.id}:${new Date(r.sla_due_at).toISOString()}`,
      });
      n += 1;
    });
  }
  return n;
}

// ---- reads ----

export async function processingInfo(deps: AppDeps, user: SessionUser, id: number): Promise<ProcessingInfo> {
  const { d, opinions, proposal, ctx } = await load(deps.db, user, id, false);
  const owner = d.owner_org_id === user.organisation.id;
  const [complement, decision, consultable] = await Promise.all([
    owner ? repo.openComplement(deps.db, id) : Promise.resolve(undefined),
    repo.getDecision(deps.db, id),
    repo.orgsByCodes(deps.db, d.definition.opinionOrgs),
  ]);
  const codes = [...(proposal?.reason_codes ?? []), ...(complement?.item_codes ?? [])];
  const labels = await repo.reasonLabels(deps.db, codes);
  const cl = (c: string) => {
    const l = labels.get(c);
    return l ? { code: c, label: l.fr, labels: l } : { code: c, label: c };
  };
  return {
    proposal:
      owner && proposal
        ? {
            outcome: {
              code: proposal.outcome,
              label: proposal.outcome === 'acceptee' ? 'Acceptation' : 'Rejet',
            },
            reasons: proposal.reason_codes.map(cl),
            motivation: proposal.motivation,
            validFrom: proposal.valid_from,
            validUntil: proposal.valid_until,
            grants: proposal.grants.map((g) => ({ lineNo: g.lineNo, quantity: String(g.quantity) })),
            proposedBy: proposal.proposed_by_name,
            proposedAt: new Date(proposal.proposed_at).toISOString(),
          }
        : null,
    openComplement: complement
      ? {
          message: complement.message,
          items: complement.item_codes.map(cl),
          requestedAt: new Date(complement.requested_at).toISOString(),
        }
      : null,
    opinionOrganisations: owner
      ? consultable.map((o) => ({
          code: o.code,
          label: o.name_fr,
          labels: { fr: o.name_fr, ar: o.name_ar, en: o.name_en },
          pending: opinions.some((op) => op.organisation_id === o.id && !op.given_at),
        }))
      : [],
    opinionVocabulary: ctx.pendingOpinionForUser
      ? OPINION_VOCABULARIES[d.definition.opinionVocabulary].map((v) => ({
          code: v,
          label: OPINION_LABELS_FR[v]!,
        }))
      : [],
    opinionUpload: ctx.pendingOpinionForUser ? opinionUploadRules(deps) : null,
    decision:
      owner && decision?.verification_code
        ? {
            number: decision.number,
            verificationUrl: `${deps.config.PUBLIC_URL}/verification/${decision.verification_code}`,
            pdfUrl: decision.document_id ? `/api/dossiers/${id}/decision.pdf` : null,
            pdfSha256: decision.pdf_sha256,
          }
        : null,
  };
}

export async function decisionPdfFile(deps: AppDeps, user: SessionUser, id: number): Promise<string> {
  const { d } = await load(deps.db, user, id, false);
  if (d.owner_org_id !== user.organisation.id) throw notFound('Décision introuvable.');
  const decision = await repo.getDecision(deps.db, id);
  if (!decision?.stored_file_id) throw notFound('Décision introuvable.');
  return decision.stored_file_id;
}

/** The reasons a dialog offers; for a dossier, only those its procedure offers (reasons.ts). */
export async function reasonsOf(deps: AppDeps, user: SessionUser, kind: string, dossierId?: number) {
  const procedure = dossierId ? (await load(deps.db, user, dossierId, false)).d.procedure_code : undefined;
  return {
    items: (await offeredReasons(deps, kind, procedure)).map((r) => ({
      code: r.code,
      label: r.label_fr,
      labels: { fr: r.label_fr, ar: r.label_ar, en: r.label_en },
    })),
  };
}

export async function verify(deps: AppDeps, code: string): Promise<VerificationResponse> {
  const check = checkVerificationCode(deps.masterKey, code);
  if (check !== 'ok') return { status: check, decision: null };
  const row = await repo.decisionByCode(deps.db, code);
  if (!row) return { status: 'inconnu', decision: null };
  return {
    status: 'authentique',
    decision: {
      number: row.number,
      procedure: row.procedure_name,
      procedureNames: { fr: row.procedure_name, ar: row.procedure_name_ar, en: row.procedure_name_en },
      outcome: { code: row.outcome, label: row.outcome === 'acceptee' ? 'Acceptation' : 'Rejet' },
      decidedAt: new Date(row.decided_at).toISOString(),
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      operator: row.importer_name,
      signatory: row.signatory_name,
      state: codeLabel(row.state),
      pdfSha256: row.pdf_sha256,
    },
  };
}

export async function notifications(deps: AppDeps, user: SessionUser) {
  const r = await repo.listNotifications(deps.db, user.id, 30);
  return {
    unread: r.unread,
    items: r.items.map((i) => {
      // Written out in the reader's current language; rows from before params existed are shown
      // as stored (French).
      const text = i.params
        ? renderNotice(user.locale, { kind: i.kind, params: i.params } as Notice)
        : { title: i.title, body: i.body };
      return {
        id: i.id,
        kind: i.kind,
        ...text,
        link: i.link ?? null,
        createdAt: new Date(i.created_at).toISOString(),
        read: i.read_at !== null,
      };
    }),
  };
}

export async function markRead(deps: AppDeps, user: SessionUser, ids: number[] | 'all') {
  await repo.markNotificationsRead(deps.db, user.id, deps.clock.now(), ids);
}
