// Use cases of the Centre d'aide. Each state change checks state and rights, writes the change, the
// history row and the audit row in one transaction, and queues the requester's mail there too.
import {
  type ContactInput,
  type FaqEntry,
  type FaqEntryInput,
  type FaqLang,
  type FaqListResponse,
  type HelpNotification,
  type SessionUser,
  TICKET_STATUS_LABELS,
  type TicketCreateInput,
  type TicketDetail,
  type TicketListQuery,
  type TicketListResponse,
  type TicketReplyInput,
  type TicketService,
  type TicketStatus,
  type TicketSummary,
  type TicketType,
} from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import { type AuditActor, audit } from '../../platform/audit.ts';
import { HOUR } from '../../platform/clock.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { localeOf } from '../../platform/locale.ts';
import { queueMail } from '../../platform/mail.ts';
import { insertNotifications } from '../processing/repo.ts';
import {
  type TicketEvent,
  ticketBellNotice,
  ticketCreatedMail,
  ticketEventMail,
  ticketNoticeTitle,
} from './messages.ts';
import * as policy from './policy.ts';
import * as repo from './repo.ts';

export const PAGE_SIZE = 20;
export const MAX_ATTACHMENTS = 5;

/**
 * Service levels (calendar time, PORTNET support works in shifts): technical incidents block
 * work and get the shortest delays.
 */
export const SLA: Record<TicketType, { firstResponseH: number; resolutionH: number }> = {
  incident: { firstResponseH: 4, resolutionH: 48 },
  reclamation: { firstResponseH: 24, resolutionH: 120 },
  information: { firstResponseH: 24, resolutionH: 72 },
  suggestion: { firstResponseH: 72, resolutionH: 720 },
  contact: { firstResponseH: 24, resolutionH: 72 },
};

export const GENERAL_SERVICES: TicketService[] = [
  { code: 'CONNEXION', label: 'Connexion / Portnet ID', group: 'general' },
  { code: 'CENTRE_AIDE', label: "Centre d'aide", group: 'general' },
  { code: 'AUTRE', label: 'Autre', group: 'general' },
];

const notFoundTicket = () => new AppError('NOT_FOUND', 'Réclamation introuvable.');

export interface Actor {
  user: SessionUser;
  ip: string | null;
}

const auditActor = (a: Actor): AuditActor => ({
  userId: a.user.id,
  orgId: a.user.organisation.id,
  label: a.user.username,
  ip: a.ip,
});

// ---------------------------------------------------------------- FAQ

/** The reader's language when the entry has it, else French (marked 'fr' so the page says so). */
const toFaqEntry = (r: repo.FaqEntryRow, lang: FaqLang, withTranslations = false): FaqEntry => {
  const text =
    lang === 'ar' && r.question_ar && r.answer_ar
      ? { lang, question: r.question_ar, answer: r.answer_ar }
      : lang === 'en' && r.question_en && r.answer_en
        ? { lang, question: r.question_en, answer: r.answer_en }
        : { lang: 'fr' as const, question: r.question, answer: r.answer };
  return {
    id: r.id,
    themeCode: r.theme_code,
    ...text,
    published: r.published,
    position: r.position,
    helpfulYes: r.helpful_yes,
    helpfulNo: r.helpful_no,
    updatedAt: new Date(r.updated_at).toISOString(),
    ...(withTranslations
      ? {
          translations: {
            fr: { question: r.question, answer: r.answer },
            ar: r.question_ar && r.answer_ar ? { question: r.question_ar, answer: r.answer_ar } : null,
            en: r.question_en && r.answer_en ? { question: r.question_en, answer: r.answer_en } : null,
          },
        }
      : {}),
  };
};

export async function listFaq(
  deps: AppDeps,
  user: SessionUser | null,
  query: { q?: string; theme?: string; all?: '1'; lang?: FaqLang },
): Promise<FaqListResponse> {
  const includeUnpublished = query.all === '1' && user !== null && policy.canEditFaq(user);
  const lang = query.lang ?? 'fr';
  const [themes, entries] = await Promise.all([
    repo.listFaqThemes(deps.db),
    repo.searchFaq(deps.db, { q: query.q || undefined, theme: query.theme, includeUnpublished, lang }),
  ]);
  return {
    themes: themes.map((t) => ({
      code: t.code,
      labelFr: t.label_fr,
      labelAr: t.label_ar,
      labelEn: t.label_en,
      position: t.position,
    })),
    entries: entries.map((e) => toFaqEntry(e, lang, includeUnpublished)),
  };
}

export async function saveFaqEntry(
  deps: AppDeps,
  actor: Actor,
  id: number | null,
  input: FaqEntryInput,
): Promise<FaqEntry> {
  if (!policy.canEditFaq(actor.user))
    throw new AppError('FORBIDDEN', 'Seuls les administrateurs de la plateforme modifient la FAQ.');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    if (!(await repo.faqThemeExists(tx, input.themeCode))) {
      throw new AppError('VALIDATION', 'Thème inconnu.', {
        fields: [{ path: 'themeCode', message: 'Thème inconnu.' }],
      });
    }
    let entryId: number;
    if (id === null) entryId = await repo.insertFaqEntry(tx, input, actor.user.id, now);
    else {
      if (!(await repo.updateFaqEntry(tx, id, input, actor.user.id, now)))
        throw new AppError('NOT_FOUND', 'Question introuvable.');
      entryId = id;
    }
    await audit(tx, now, {
      event: id === null ? 'help.faq.created' : 'help.faq.updated',
      actor: auditActor(actor),
      objectType: 'faq_entry',
      objectId: entryId,
      details: {
        published: input.published,
        themeCode: input.themeCode,
        translations: [input.questionAr ? 'ar' : null, input.questionEn ? 'en' : null].filter(Boolean),
      },
    });
    return toFaqEntry((await repo.getFaqEntry(tx, entryId))!, 'fr', true);
  });
}

export async function giveFaqFeedback(
  deps: AppDeps,
  user: SessionUser | null,
  entryId: number,
  helpful: boolean,
): Promise<FaqEntry> {
  const entry = await repo.getFaqEntry(deps.db, entryId);
  if (!entry?.published) throw new AppError('NOT_FOUND', 'Question introuvable.');
  await repo.insertFaqFeedback(deps.db, entryId, helpful, user?.id ?? null, deps.clock.now());
  return toFaqEntry((await repo.getFaqEntry(deps.db, entryId))!, 'fr');
}

// ---------------------------------------------------------------- Services

export async function listServices(db: Db): Promise<TicketService[]> {
  const procedures = await repo.listProcedureServices(db);
  return [
    ...procedures.map((p) => ({ code: p.code, label: p.name_fr, group: p.direction })),
    ...GENERAL_SERVICES,
  ];
}

// ---------------------------------------------------------------- Tickets: presenting

function summary(r: repo.TicketRow, now: Date): TicketSummary {
  const open = r.status !== 'resolue' && r.status !== 'cloturee';
  const firstDue = new Date(r.first_response_due_at);
  const resDue = new Date(r.resolution_due_at);
  return {
    reference: r.reference,
    type: r.type,
    serviceCode: r.service_code,
    serviceLabel: r.service_label,
    subject: r.subject,
    status: r.status,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    requester: { id: r.requester_id, displayName: r.requester_name, organisationCode: r.requester_org_code },
    assignee: r.assignee_id ? { id: r.assignee_id, displayName: r.assignee_name ?? '' } : null,
    firstResponseDueAt: firstDue.toISOString(),
    resolutionDueAt: resDue.toISOString(),
    firstResponseOverdue: r.first_responded_at
      ? new Date(r.first_responded_at) > firstDue
      : open && now > firstDue,
    resolutionOverdue: r.resolved_at ? new Date(r.resolved_at) > resDue : open && now > resDue,
  };
}

/** Loads a ticket the user may see; a ticket they may not see is « introuvable » (S32). */
async function loadVisible(deps: AppDeps, actor: Actor, reference: string) {
  const t = await repo.getTicketByReference(deps.db, reference);
  if (!t) throw notFoundTicket();
  if (!policy.canViewTicket(actor.user, t)) {
    await audit(deps.db, deps.clock.now(), {
      event: 'help.ticket.access',
      outcome: 'denied',
      actor: auditActor(actor),
      objectType: 'ticket',
      objectId: reference,
    });
    throw notFoundTicket();
  }
  return t;
}

/**
 * For a change: the caller checks visibility first with loadVisible, outside the transaction (its
 * denial audit must survive the refusal); the row is then re-read here under FOR UPDATE so
 * concurrent changes serialise on the ticket.
 */
async function lockTicket(tx: Db, reference: string) {
  const t = await repo.getTicketByReference(tx, reference, true);
  if (!t) throw notFoundTicket();
  return t;
}

export async function getTicket(deps: AppDeps, actor: Actor, reference: string): Promise<TicketDetail> {
  const t = await loadVisible(deps, actor, reference);
  const support = policy.isSupport(actor.user);
  const [messages, attachments, events] = await Promise.all([
    repo.listMessages(deps.db, t.id, support),
    repo.listAttachments(deps.db, t.id),
    repo.listEvents(deps.db, t.id),
  ]);
  if (t.requester_id === actor.user.id)
    await repo.markNotificationsRead(deps.db, actor.user.id, t.id, deps.clock.now());
  const now = deps.clock.now();
  const until = policy.reopenUntil(t, deps.config.HELP_REOPEN_DAYS);
  return {
    ...summary(t, now),
    description: t.description,
    messages: messages.map((m) => ({
      id: m.id,
      author: { id: m.author_id, displayName: m.author_name, support: m.by_support },
      body: m.body,
      internal: m.internal,
      createdAt: new Date(m.created_at).toISOString(),
    })),
    attachments: attachments
      .filter((a) => support || !a.internal)
      .map((a) => ({
        id: a.id,
        originalName: a.original_name,
        mediaType: a.media_type,
        sizeBytes: Number(a.size_bytes),
        messageId: a.message_id,
      })),
    history: events.map((e) => ({
      id: e.id,
      at: new Date(e.at).toISOString(),
      kind: e.kind,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      actorName: e.actor_name,
      details: e.details ?? {},
    })),
    resolvedAt: t.resolved_at ? new Date(t.resolved_at).toISOString() : null,
    closedAt: t.closed_at ? new Date(t.closed_at).toISOString() : null,
    reopenUntil: until ? until.toISOString() : null,
    satisfaction: t.satisfaction_rating
      ? { rating: t.satisfaction_rating, comment: t.satisfaction_comment }
      : null,
    actions: policy.ticketActions(actor.user, t, now, deps.config.HELP_REOPEN_DAYS),
    nextStatuses: policy.isSupport(actor.user) ? policy.SUPPORT_TRANSITIONS[t.status] : [],
  };
}

/** Checks that a support-visible attachment belongs to a ticket the user may see. */
export async function assertAttachmentVisible(
  deps: AppDeps,
  actor: Actor,
  reference: string,
  fileId: string,
): Promise<void> {
  const t = await loadVisible(deps, actor, reference);
  const attachments = await repo.listAttachments(deps.db, t.id);
  const a = attachments.find((x) => x.id === fileId);
  if (!a || (a.internal && !policy.isSupport(actor.user)))
    throw new AppError('NOT_FOUND', 'Fichier introuvable.');
}

export async function listTickets(
  deps: AppDeps,
  actor: Actor,
  query: TicketListQuery,
  desk: boolean,
): Promise<TicketListResponse> {
  const user = actor.user;
  const filter: repo.TicketFilter = {
    status: query.status,
    type: query.type,
    q: query.q || undefined,
    limit: PAGE_SIZE,
    offset: (query.page - 1) * PAGE_SIZE,
  };
  const now = deps.clock.now();
  if (desk) {
    if (!policy.isSupport(user))
      throw new AppError('FORBIDDEN', "Vous n'avez pas les droits nécessaires pour cette action.");
    if (query.assignee === 'me') filter.assigneeId = user.id;
    if (query.assignee === 'none') filter.assigneeId = 'none';
    if (query.overdue === '1') filter.overdueAt = now;
  } else if (query.scope === 'organisation') {
    if (!policy.isSupport(user) && !user.roles.includes('admin_organisation'))
      throw new AppError('FORBIDDEN', "Vous n'avez pas les droits nécessaires pour cette action.");
    filter.orgId = user.organisation.id;
  } else filter.requesterId = user.id;
  const rows = await repo.listTickets(deps.db, filter);
  return {
    items: rows.map((r) => summary(r, now)),
    total: rows[0]?.total ?? 0,
    page: query.page,
    pageSize: PAGE_SIZE,
  };
}

// ---------------------------------------------------------------- Tickets: changing

function ticketUrl(deps: AppDeps, reference: string): string {
  return `${deps.config.PUBLIC_URL}/aide/reclamations/${reference}`;
}

async function attachOrRefuse(
  tx: Db,
  ticketId: number,
  messageId: number | null,
  fileIds: string[],
  userId: number,
): Promise<void> {
  const unique = [...new Set(fileIds)];
  const linked = await repo.attachFiles(tx, ticketId, messageId, unique, userId);
  if (linked !== unique.length) {
    // Another user's file, or one already attached elsewhere: refuse the whole change (S32).
    throw new AppError(
      'VALIDATION',
      'Une pièce jointe est introuvable ou déjà utilisée. Ajoutez-la de nouveau.',
      {
        fields: [{ path: 'attachmentIds', message: 'Pièce jointe introuvable ou déjà utilisée.' }],
      },
    );
  }
}

export async function createTicket(
  deps: AppDeps,
  actor: Actor,
  input: TicketCreateInput,
): Promise<{ reference: string }> {
  const services = await listServices(deps.db);
  const service = services.find((s) => s.code === input.serviceCode);
  if (!service) {
    throw new AppError('VALIDATION', 'Certaines valeurs saisies sont invalides.', {
      fields: [{ path: 'serviceCode', message: 'Sélectionnez le service concerné.' }],
    });
  }
  if (input.attachmentIds.length > MAX_ATTACHMENTS)
    throw new AppError('VALIDATION', `Au plus ${MAX_ATTACHMENTS} pièces jointes.`);
  const now = deps.clock.now();
  const sla = SLA[input.type];
  return deps.db.transaction(async (tx) => {
    const year = now.getUTCFullYear();
    const n = await repo.nextTicketNumber(tx, year);
    const reference = `REC-${year}-${String(n).padStart(6, '0')}`;
    const id = await repo.insertTicket(tx, {
      reference,
      type: input.type,
      serviceCode: service.code,
      serviceLabel: service.label,
      subject: input.subject,
      description: input.description,
      requesterId: actor.user.id,
      requesterOrgId: actor.user.organisation.id,
      now,
      firstResponseDueAt: new Date(now.getTime() + sla.firstResponseH * HOUR),
      resolutionDueAt: new Date(now.getTime() + sla.resolutionH * HOUR),
    });
    await attachOrRefuse(tx, id, null, input.attachmentIds, actor.user.id);
    await repo.insertEvent(tx, {
      ticketId: id,
      at: now,
      actorId: actor.user.id,
      kind: 'created',
      to: 'nouvelle',
    });
    await audit(tx, now, {
      event: 'help.ticket.created',
      actor: auditActor(actor),
      objectType: 'ticket',
      objectId: reference,
      details: { type: input.type, service: service.code, attachments: input.attachmentIds.length },
    });
    await queueMail(
      tx,
      now,
      ticketCreatedMail(actor.user.locale, actor.user.email, {
        name: actor.user.displayName,
        reference,
        type: input.type,
        serviceLabel: service.label,
        subject: input.subject,
        url: ticketUrl(deps, reference),
      }),
      `help:ticket:${reference}:created`,
    );
    return { reference };
  });
}

export async function createContact(deps: AppDeps, actor: Actor, input: ContactInput) {
  return createTicket(deps, actor, {
    type: 'contact',
    serviceCode: 'CENTRE_AIDE',
    subject: input.subject,
    description: input.description,
    attachmentIds: [],
  });
}

/**
 * Mail + in-app notification to the requester, in the caller's transaction. The mail is written in
 * the requester's language now (it leaves once); the two notifications store the event and are
 * written out in the reader's language when read (messages.ts), the stored French text serving
 * rows from before that.
 */
async function notifyRequester(
  deps: AppDeps,
  tx: Db,
  t: repo.TicketRow,
  now: Date,
  key: string,
  e: TicketEvent,
  reply?: string,
): Promise<void> {
  await repo.insertNotification(tx, t.requester_id, t.id, ticketNoticeTitle('fr', e), e, now);
  // Also in the portal's notification bell (the processing module owns that list).
  const bell = { ...e, reference: t.reference, subject: t.subject };
  await insertNotifications(tx, [
    {
      userId: t.requester_id,
      kind: 'ticket',
      dossierId: null,
      ...ticketBellNotice('fr', bell),
      params: bell,
      link: `/aide/reclamations/${t.reference}`,
      at: now,
    },
  ]);
  await queueMail(
    tx,
    now,
    ticketEventMail(
      localeOf(t.requester_locale),
      t.requester_email,
      {
        name: t.requester_name,
        reference: t.reference,
        subject: t.subject,
        url: ticketUrl(deps, t.reference),
        reply,
      },
      e,
    ),
    key,
  );
}

async function changeStatusIn(
  tx: Db,
  actor: Actor,
  t: repo.TicketRow,
  to: TicketStatus,
  now: Date,
  extra: repo.TicketPatch = {},
): Promise<void> {
  const patch: repo.TicketPatch = { ...extra, status: to };
  if (to === 'resolue') patch.resolvedAt = now;
  if (to === 'cloturee') patch.closedAt = now;
  if (to === 'en_cours' && t.status === 'resolue') patch.resolvedAt = null;
  await repo.updateTicket(tx, t.id, now, patch);
  await repo.insertEvent(tx, {
    ticketId: t.id,
    at: now,
    actorId: actor.user.id,
    kind: 'status',
    from: t.status,
    to,
  });
  await audit(tx, now, {
    event: 'help.ticket.status',
    actor: auditActor(actor),
    objectType: 'ticket',
    objectId: t.reference,
    details: { from: t.status, to },
  });
}

export async function reply(deps: AppDeps, actor: Actor, reference: string, input: TicketReplyInput) {
  const now = deps.clock.now();
  const support = policy.isSupport(actor.user);
  if (!support && (input.internal || input.status)) {
    throw new AppError('FORBIDDEN', "Vous n'avez pas les droits nécessaires pour cette action.");
  }
  await loadVisible(deps, actor, reference);
  return deps.db.transaction(async (tx) => {
    const t = await lockTicket(tx, reference);
    const actions = policy.ticketActions(actor.user, t, now, deps.config.HELP_REOPEN_DAYS);
    const needed = input.internal ? 'internalNote' : 'reply';
    if (!actions.includes(needed)) {
      if (t.requester_id !== actor.user.id && !support)
        throw new AppError('FORBIDDEN', "Vous n'avez pas les droits nécessaires pour cette action.");
      throw new AppError(
        'INVALID_TRANSITION',
        `Impossible de répondre : la réclamation est « ${TICKET_STATUS_LABELS[t.status]} ».`,
      );
    }
    const messageId = await repo.insertMessage(tx, {
      ticketId: t.id,
      authorId: actor.user.id,
      body: input.body,
      internal: input.internal,
      bySupport: support,
      at: now,
    });
    await attachOrRefuse(tx, t.id, messageId, input.attachmentIds, actor.user.id);
    await audit(tx, now, {
      event: input.internal ? 'help.ticket.note' : 'help.ticket.replied',
      actor: auditActor(actor),
      objectType: 'ticket',
      objectId: t.reference,
      details: { messageId, attachments: input.attachmentIds.length },
    });
    if (input.internal) {
      await repo.updateTicket(tx, t.id, now, {});
      return { messageId };
    }
    if (support) {
      const to = input.status ?? 'en_attente';
      if (to !== t.status) {
        if (!policy.SUPPORT_TRANSITIONS[t.status].includes(to))
          throw new AppError('INVALID_TRANSITION', 'Ce changement de statut est impossible.');
        await changeStatusIn(tx, actor, t, to, now, { firstRespondedAt: now });
      } else await repo.updateTicket(tx, t.id, now, { firstRespondedAt: now });
      await notifyRequester(
        deps,
        tx,
        t,
        now,
        `help:ticket:${t.reference}:message:${messageId}`,
        { event: 'reply', status: to },
        input.body,
      );
    } else if (t.status === 'en_attente') {
      // The requester answered what support was waiting for: the ticket is back with support.
      await changeStatusIn(tx, actor, t, 'en_cours', now);
    } else await repo.updateTicket(tx, t.id, now, {});
    return { messageId };
  });
}

export async function changeStatus(deps: AppDeps, actor: Actor, reference: string, to: TicketStatus) {
  if (!policy.isSupport(actor.user))
    throw new AppError('FORBIDDEN', "Vous n'avez pas les droits nécessaires pour cette action.");
  const now = deps.clock.now();
  await loadVisible(deps, actor, reference);
  await deps.db.transaction(async (tx) => {
    const t = await lockTicket(tx, reference);
    if (!policy.SUPPORT_TRANSITIONS[t.status].includes(to)) {
      throw new AppError(
        'INVALID_TRANSITION',
        `Passage de « ${TICKET_STATUS_LABELS[t.status]} » à « ${TICKET_STATUS_LABELS[to]} » impossible.`,
      );
    }
    await changeStatusIn(tx, actor, t, to, now);
    await notifyRequester(deps, tx, t, now, `help:ticket:${t.reference}:status:${to}:${now.getTime()}`, {
      event: 'status',
      status: to,
    });
  });
}

export async function assign(deps: AppDeps, actor: Actor, reference: string, assigneeId: number | null) {
  if (!policy.isSupport(actor.user))
    throw new AppError('FORBIDDEN', "Vous n'avez pas les droits nécessaires pour cette action.");
  const now = deps.clock.now();
  await loadVisible(deps, actor, reference);
  await deps.db.transaction(async (tx) => {
    const t = await lockTicket(tx, reference);
    if (t.status === 'cloturee') throw new AppError('INVALID_TRANSITION', 'La réclamation est clôturée.');
    if (assigneeId !== null && !(await repo.isSupportAgent(tx, assigneeId))) {
      throw new AppError('VALIDATION', 'Cet utilisateur n’est pas un agent du support.', {
        fields: [{ path: 'assigneeId', message: 'Choisissez un agent du support.' }],
      });
    }
    await repo.updateTicket(tx, t.id, now, { assigneeId });
    await repo.insertEvent(tx, {
      ticketId: t.id,
      at: now,
      actorId: actor.user.id,
      kind: 'assigned',
      details: { assigneeId },
    });
    await audit(tx, now, {
      event: 'help.ticket.assigned',
      actor: auditActor(actor),
      objectType: 'ticket',
      objectId: t.reference,
      details: { from: t.assignee_id, to: assigneeId },
    });
    // Taking a new ticket means working on it.
    if (t.status === 'nouvelle' && assigneeId !== null) await changeStatusIn(tx, actor, t, 'en_cours', now);
  });
}

export async function reopen(deps: AppDeps, actor: Actor, reference: string) {
  const now = deps.clock.now();
  await loadVisible(deps, actor, reference);
  await deps.db.transaction(async (tx) => {
    const t = await lockTicket(tx, reference);
    if (t.requester_id !== actor.user.id)
      throw new AppError('FORBIDDEN', 'Seul l’auteur de la réclamation peut la rouvrir.');
    if (!policy.ticketActions(actor.user, t, now, deps.config.HELP_REOPEN_DAYS).includes('reopen')) {
      throw new AppError(
        'INVALID_TRANSITION',
        t.status === 'resolue'
          ? `Le délai de réouverture (${deps.config.HELP_REOPEN_DAYS} jours après la résolution) est dépassé. Créez une nouvelle réclamation.`
          : 'Seule une réclamation résolue peut être rouverte.',
      );
    }
    await changeStatusIn(tx, actor, t, 'en_cours', now);
  });
}

export async function rate(
  deps: AppDeps,
  actor: Actor,
  reference: string,
  input: { rating: number; comment?: string },
) {
  const now = deps.clock.now();
  await loadVisible(deps, actor, reference);
  await deps.db.transaction(async (tx) => {
    const t = await lockTicket(tx, reference);
    if (t.requester_id !== actor.user.id)
      throw new AppError('FORBIDDEN', 'Seul l’auteur de la réclamation peut l’évaluer.');
    if (!policy.ticketActions(actor.user, t, now, deps.config.HELP_REOPEN_DAYS).includes('rate')) {
      throw new AppError('INVALID_TRANSITION', 'Cette réclamation ne peut pas être évaluée maintenant.');
    }
    const patch = { rating: input.rating, ratingComment: input.comment || null };
    // Rating a resolved ticket is the requester's closure of it.
    if (t.status === 'resolue') await changeStatusIn(tx, actor, t, 'cloturee', now, patch);
    else await repo.updateTicket(tx, t.id, now, patch);
    await repo.insertEvent(tx, {
      ticketId: t.id,
      at: now,
      actorId: actor.user.id,
      kind: 'rated',
      details: { rating: input.rating },
    });
    await audit(tx, now, {
      event: 'help.ticket.rated',
      actor: auditActor(actor),
      objectType: 'ticket',
      objectId: t.reference,
      details: { rating: input.rating },
    });
  });
}

/** Periodic: resolved tickets not reopened within the delay are closed. */
export async function closeExpiredResolved(deps: AppDeps): Promise<number> {
  const now = deps.clock.now();
  const due = await repo.dueForClosure(
    deps.db,
    new Date(now.getTime() - deps.config.HELP_REOPEN_DAYS * 24 * HOUR),
  );
  for (const d of due) {
    await deps.db.transaction(async (tx) => {
      const t = await repo.getTicketByReference(tx, d.reference, true);
      if (t?.status !== 'resolue') return;
      await repo.updateTicket(tx, t.id, now, { status: 'cloturee', closedAt: now });
      await repo.insertEvent(tx, {
        ticketId: t.id,
        at: now,
        actorId: null,
        kind: 'status',
        from: 'resolue',
        to: 'cloturee',
        details: { automatic: true },
      });
      await audit(tx, now, {
        event: 'help.ticket.status',
        actor: { label: 'system' },
        objectType: 'ticket',
        objectId: t.reference,
        details: { from: 'resolue', to: 'cloturee', automatic: true },
      });
    });
  }
  return due.length;
}

export async function listNotifications(deps: AppDeps, user: SessionUser): Promise<HelpNotification[]> {
  const rows = await repo.listUnreadNotifications(deps.db, user.id);
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    // In the reader's current language; rows stored before params existed keep their French title.
    title: r.params ? ticketNoticeTitle(user.locale, r.params) : r.title,
    createdAt: new Date(r.created_at).toISOString(),
    readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
  }));
}
