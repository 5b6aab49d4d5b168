// The processing module's notifications (the bell) and their mails, in the reader's language.
//
// Design: a notification stores its kind and parameters (notification.params, migration 0811) and
// its text is written out when the list is read, in the reader's current language (the session
// carries app_user.locale). Rendering at write time in the recipient's stored language would be
// simpler but would leave a user who switches language with a bell in the old one, and a
// notification sent to several users would need one text per user anyway. The French text is still
// stored in title/body: rows from before params existed are shown as stored, and it is what an
// operator reading the table sees. The mail leaves once, so it is written at once, in the
// recipient's stored language.
import { OPINION_LABELS_FR } from '@portail/contracts';
import { formatDate, iso, type Locale, type Localized, localizedMail } from '../../platform/locale.ts';
import type { Mail } from '../../platform/mail.ts';
import { type TicketEvent, ticketBellNotice } from '../help-center/messages.ts';

type Outcome = 'acceptee' | 'rejetee';

/** The parameters of each kind of notification (what notification.params holds). */
export interface NoticeParams {
  assigned: { actor: string; references: string[]; procedure: Localized | null };
  complement_answered: { reference: string; importer: string };
  opinion_requested: { reference: string; org: Localized; procedure: Localized; message: string | null };
  opinion_received: { reference: string; orgCode: string; opinion: string };
  decision_proposed: { reference: string; actor: string; outcome: Outcome };
  decision_signed: { reference: string; actor: string; number: string; outcome: Outcome };
  customs_failure: { reference: string; number: string; error: string };
  sla_near_breach: { reference: string; dueAt: string };
  ticket: TicketEvent & { reference: string; subject: string };
}
export type NoticeKind = keyof NoticeParams;
export type Notice = { [K in NoticeKind]: { kind: K; params: NoticeParams[K] } }[NoticeKind];

const OPINIONS: Record<Locale, Record<string, string>> = {
  fr: OPINION_LABELS_FR,
  ar: {
    favorable: 'موافق',
    defavorable: 'غير موافق',
    reserve: 'متحفظ',
    conforme: 'مطابق',
    non_conforme: 'غير مطابق',
    conforme_reserve: 'مطابق مع تحفظ',
  },
  en: {
    favorable: 'Favourable',
    defavorable: 'Unfavourable',
    reserve: 'Reserved',
    conforme: 'Compliant',
    non_conforme: 'Non-compliant',
    conforme_reserve: 'Compliant with reservations',
  },
};

type Texts = {
  [K in Exclude<NoticeKind, 'ticket'>]: (p: NoticeParams[K]) => { title: string; body: string };
};

const TEXTS: Record<Locale, Texts> = {
  fr: {
    assigned: (p) => ({
      title:
        p.references.length === 1
          ? `Dossier ${p.references[0]} assigné`
          : `${p.references.length} dossiers assignés`,
      body: p.procedure
        ? `${p.actor} vous a assigné le dossier ${p.references[0]} (${p.procedure.fr}).`
        : `${p.actor} vous a assigné : ${p.references.join(', ')}.`,
    }),
    complement_answered: (p) => ({
      title: `Complément reçu — ${p.reference}`,
      body: `${p.importer} a répondu à la demande de complément du dossier ${p.reference}.`,
    }),
    opinion_requested: (p) => ({
      title: `Avis demandé — ${p.reference}`,
      body: `${p.org.fr} demande votre avis sur le dossier ${p.reference} (${p.procedure.fr}).${p.message ? `\n${p.message}` : ''}`,
    }),
    opinion_received: (p) => ({
      title: `Avis reçu — ${p.reference}`,
      body: `${p.orgCode} a rendu un avis « ${OPINIONS.fr[p.opinion] ?? p.opinion} » sur le dossier ${p.reference}.`,
    }),
    decision_proposed: (p) => ({
      title: `Décision à signer — ${p.reference}`,
      body: `${p.actor} propose ${p.outcome === 'acceptee' ? "l'acceptation" : 'le rejet'} du dossier ${p.reference}.`,
    }),
    decision_signed: (p) => ({
      title: `Décision signée — ${p.reference}`,
      body: `${p.actor} a signé la décision n° ${p.number} (${p.outcome === 'acceptee' ? 'acceptation' : 'rejet'}) du dossier ${p.reference}.`,
    }),
    customs_failure: (p) => ({
      title: `Échec de transmission à la douane — ${p.reference}`,
      body: `La décision n° ${p.number} n'a pas pu être transmise à la douane (${p.error}). De nouvelles tentatives sont programmées automatiquement.`,
    }),
    sla_near_breach: (p) => ({
      title: `Délai bientôt dépassé — ${p.reference}`,
      body: `Le délai de traitement du dossier ${p.reference} expire le ${formatDate('fr', p.dueAt, true)}.`,
    }),
  },
  ar: {
    assigned: (p) => ({
      title:
        p.references.length === 1
          ? `تم إسناد الملف ${iso(p.references[0])}`
          : `تم إسناد ${p.references.length} ملفات`,
      body: p.procedure
        ? `أسند إليك ${iso(p.actor)} الملف ${iso(p.references[0])} (${iso(p.procedure.ar)}).`
        : `أسند إليك ${iso(p.actor)}: ${p.references.map(iso).join('، ')}.`,
    }),
    complement_answered: (p) => ({
      title: `تم استلام التكملة — ${iso(p.reference)}`,
      body: `ردّ ${iso(p.importer)} على طلب التكملة الخاص بالملف ${iso(p.reference)}.`,
    }),
    opinion_requested: (p) => ({
      title: `طلب رأي — ${iso(p.reference)}`,
      body: `تطلب ${iso(p.org.ar)} رأيكم في الملف ${iso(p.reference)} (${iso(p.procedure.ar)}).${p.message ? `\n${iso(p.message)}` : ''}`,
    }),
    opinion_received: (p) => ({
      title: `تم استلام الرأي — ${iso(p.reference)}`,
      body: `أبدت ${iso(p.orgCode)} رأياً «${OPINIONS.ar[p.opinion] ?? p.opinion}» في الملف ${iso(p.reference)}.`,
    }),
    decision_proposed: (p) => ({
      title: `مقرر للتوقيع — ${iso(p.reference)}`,
      body: `يقترح ${iso(p.actor)} ${p.outcome === 'acceptee' ? 'قبول' : 'رفض'} الملف ${iso(p.reference)}.`,
    }),
    decision_signed: (p) => ({
      title: `تم توقيع المقرر — ${iso(p.reference)}`,
      body: `وقّع ${iso(p.actor)} المقرر رقم ${iso(p.number)} (${p.outcome === 'acceptee' ? 'قبول' : 'رفض'}) الخاص بالملف ${iso(p.reference)}.`,
    }),
    customs_failure: (p) => ({
      title: `تعذّر الإرسال إلى الجمارك — ${iso(p.reference)}`,
      body: `تعذّر إرسال المقرر رقم ${iso(p.number)} إلى الجمارك (${iso(p.error)}). تمت برمجة محاولات جديدة تلقائياً.`,
    }),
    sla_near_breach: (p) => ({
      title: `الأجل يوشك على الانقضاء — ${iso(p.reference)}`,
      body: `ينقضي أجل معالجة الملف ${iso(p.reference)} في ${iso(formatDate('ar', p.dueAt, true))}.`,
    }),
  },
  en: {
    assigned: (p) => ({
      title:
        p.references.length === 1
          ? `File ${p.references[0]} assigned`
          : `${p.references.length} files assigned`,
      body: p.procedure
        ? `${p.actor} assigned you the file ${p.references[0]} (${p.procedure.en}).`
        : `${p.actor} assigned you: ${p.references.join(', ')}.`,
    }),
    complement_answered: (p) => ({
      title: `Additional information received — ${p.reference}`,
      body: `${p.importer} answered the request for additional information on file ${p.reference}.`,
    }),
    opinion_requested: (p) => ({
      title: `Opinion requested — ${p.reference}`,
      body: `${p.org.en} asks for your opinion on file ${p.reference} (${p.procedure.en}).${p.message ? `\n${p.message}` : ''}`,
    }),
    opinion_received: (p) => ({
      title: `Opinion received — ${p.reference}`,
      body: `${p.orgCode} gave a “${OPINIONS.en[p.opinion] ?? p.opinion}” opinion on file ${p.reference}.`,
    }),
    decision_proposed: (p) => ({
      title: `Decision to sign — ${p.reference}`,
      body: `${p.actor} proposes ${p.outcome === 'acceptee' ? 'accepting' : 'rejecting'} file ${p.reference}.`,
    }),
    decision_signed: (p) => ({
      title: `Decision signed — ${p.reference}`,
      body: `${p.actor} signed decision no. ${p.number} (${p.outcome === 'acceptee' ? 'acceptance' : 'rejection'}) on file ${p.reference}.`,
    }),
    customs_failure: (p) => ({
      title: `Transmission to customs failed — ${p.reference}`,
      body: `Decision no. ${p.number} could not be sent to customs (${p.error}). New attempts are scheduled automatically.`,
    }),
    sla_near_breach: (p) => ({
      title: `Deadline approaching — ${p.reference}`,
      body: `The processing deadline of file ${p.reference} expires on ${formatDate('en', p.dueAt, true)}.`,
    }),
  },
};

/** The notification's title and body in that language. */
export function renderNotice(locale: Locale, n: Notice): { title: string; body: string } {
  if (n.kind === 'ticket') return ticketBellNotice(locale, n.params);
  // The union is checked at the call sites (Notice); here each kind meets its own renderer.
  const render = TEXTS[locale][n.kind] as (p: Notice['params']) => { title: string; body: string };
  return render(n.params);
}

/** The notification's mail to one recipient, in that recipient's language. */
export function noticeMail(
  locale: Locale,
  to: string,
  name: string,
  text: { title: string; body: string },
  url: string | null,
): Mail {
  const m = {
    fr: { hello: `Bonjour ${name},`, sign: '— PORTNET, Portail MIC' },
    ar: { hello: `مرحباً ${iso(name)}،`, sign: '— بورتنت، بوابة وزارة الصناعة والتجارة' },
    en: { hello: `Hello ${name},`, sign: '— PORTNET, Portail MIC' },
  }[locale];
  return localizedMail(
    locale,
    to,
    `[Portail MIC] ${text.title}`,
    `${m.hello}\n\n${text.body}\n\n${url ? `${url}\n\n` : ''}${m.sign}`,
  );
}
