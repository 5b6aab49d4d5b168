// The Centre d'aide's mails and notifications in the reader's language (app_user.locale, French by
// default). Notifications store their kind and parameters and are written out here when read, so a
// user who switches language sees the earlier ones in the new language too.
import {
  TICKET_STATUS_LABELS,
  TICKET_TYPE_LABELS,
  type TicketStatus,
  type TicketType,
} from '@portail/contracts';
import { iso, type Locale, localizedMail } from '../../platform/locale.ts';
import type { Mail } from '../../platform/mail.ts';

const STATUS: Record<Locale, Record<TicketStatus, string>> = {
  fr: TICKET_STATUS_LABELS,
  ar: {
    nouvelle: 'جديدة',
    en_cours: 'قيد المعالجة',
    en_attente: 'في انتظار ردّكم',
    resolue: 'تمت المعالجة',
    cloturee: 'مغلقة',
  },
  en: {
    nouvelle: 'New',
    en_cours: 'In progress',
    en_attente: 'Awaiting your reply',
    resolue: 'Resolved',
    cloturee: 'Closed',
  },
};

const TYPE: Record<Locale, Record<TicketType, string>> = {
  fr: TICKET_TYPE_LABELS,
  ar: {
    reclamation: 'شكاية',
    information: 'طلب معلومات',
    incident: 'حادث تقني',
    suggestion: 'اقتراح',
    contact: 'اتصال',
  },
  en: {
    reclamation: 'Complaint',
    information: 'Information request',
    incident: 'Technical incident',
    suggestion: 'Suggestion',
    contact: 'Contact',
  },
};

const T = {
  fr: {
    hello: (name: string) => `Bonjour ${name},`,
    signature: 'Le support PORTNET',
    createdSubject: (ref: string) => `[PORTNET] Votre demande ${ref} est enregistrée`,
    created: (ref: string) => `Votre demande a bien été enregistrée sous la référence ${ref}.`,
    type: 'Type de demande',
    service: 'Service concerné',
    subject: 'Objet',
    follow: 'Suivez-la dans Mes réclamations',
    open: 'Consultez votre réclamation',
    replyTitle: 'Nouvelle réponse du support',
    replied: (ref: string, subject: string) =>
      `Le support PORTNET a répondu à votre réclamation ${ref} (« ${subject} »).`,
    statusTitle: (status: string) => `Statut : ${status}`,
    statusNow: (ref: string, subject: string, status: string) =>
      `Votre réclamation ${ref} (« ${subject} ») est maintenant « ${status} ».`,
  },
  ar: {
    hello: (name: string) => `مرحباً ${iso(name)}،`,
    signature: 'دعم بورتنت',
    createdSubject: (ref: string) => `[PORTNET] تم تسجيل طلبك ${iso(ref)}`,
    created: (ref: string) => `تم تسجيل طلبك بنجاح تحت المرجع ${iso(ref)}.`,
    type: 'نوع الطلب',
    service: 'المصلحة المعنية',
    subject: 'الموضوع',
    follow: 'تابِعه في «شكاياتي»',
    open: 'اطّلع على شكايتك',
    replyTitle: 'ردّ جديد من الدعم',
    replied: (ref: string, subject: string) => `ردّ دعم بورتنت على شكايتك ${iso(ref)} («${iso(subject)}»).`,
    statusTitle: (status: string) => `الحالة: ${iso(status)}`,
    statusNow: (ref: string, subject: string, status: string) =>
      `أصبحت شكايتك ${iso(ref)} («${iso(subject)}») في حالة «${iso(status)}».`,
  },
  en: {
    hello: (name: string) => `Hello ${name},`,
    signature: 'PORTNET support',
    createdSubject: (ref: string) => `[PORTNET] Your request ${ref} has been registered`,
    created: (ref: string) => `Your request has been registered under the reference ${ref}.`,
    type: 'Request type',
    service: 'Service concerned',
    subject: 'Subject',
    follow: 'Follow it in My requests',
    open: 'See your request',
    replyTitle: 'New reply from support',
    replied: (ref: string, subject: string) =>
      `PORTNET support replied to your request ${ref} (“${subject}”).`,
    statusTitle: (status: string) => `Status: ${status}`,
    statusNow: (ref: string, subject: string, status: string) =>
      `Your request ${ref} (“${subject}”) is now “${status}”.`,
  },
} as const;

const colon = (locale: Locale) => (locale === 'fr' ? ' : ' : ': ');

export function ticketCreatedMail(
  locale: Locale,
  to: string,
  m: {
    name: string;
    reference: string;
    type: TicketType;
    serviceLabel: string;
    subject: string;
    url: string;
  },
): Mail {
  const t = T[locale];
  const c = colon(locale);
  const v = locale === 'ar' ? iso : (x: string) => x;
  return localizedMail(
    locale,
    to,
    t.createdSubject(m.reference),
    [
      t.hello(m.name),
      '',
      t.created(m.reference),
      `${t.type}${c}${TYPE[locale][m.type]}`,
      `${t.service}${c}${v(m.serviceLabel)}`,
      `${t.subject}${c}${v(m.subject)}`,
      '',
      `${t.follow}${c}${v(m.url)}`,
      '',
      t.signature,
    ].join('\n'),
  );
}

/** What happened on a ticket, as stored with its notifications (help_notification.params, notification.params). */
export type TicketEvent =
  | { event: 'reply'; status: TicketStatus }
  | { event: 'status'; status: TicketStatus };

/** The notification's title (« Nouvelle réponse du support », « Statut : Résolue »). */
export function ticketNoticeTitle(locale: Locale, e: TicketEvent): string {
  const t = T[locale];
  return e.event === 'reply' ? t.replyTitle : t.statusTitle(STATUS[locale][e.status]);
}

/** The bell's entry for a ticket: « TCK-… — title », the ticket's subject as body. */
export function ticketBellNotice(
  locale: Locale,
  p: TicketEvent & { reference: string; subject: string },
): { title: string; body: string } {
  return { title: `${p.reference} — ${ticketNoticeTitle(locale, p)}`, body: p.subject };
}

export function ticketEventMail(
  locale: Locale,
  to: string,
  m: { name: string; reference: string; subject: string; url: string; reply?: string },
  e: TicketEvent,
): Mail {
  const t = T[locale];
  const status = STATUS[locale][e.status];
  const lines =
    e.event === 'reply'
      ? [t.replied(m.reference, m.subject), t.statusTitle(status), '', m.reply ?? '']
      : [t.statusNow(m.reference, m.subject, status)];
  const url = locale === 'ar' ? iso(m.url) : m.url;
  return localizedMail(
    locale,
    to,
    `[PORTNET] ${m.reference} — ${ticketNoticeTitle(locale, e)}`,
    [t.hello(m.name), '', ...lines, '', `${t.open}${colon(locale)}${url}`, '', t.signature].join('\n'),
  );
}
