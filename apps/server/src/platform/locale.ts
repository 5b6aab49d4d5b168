// The three languages of the portal on the server side: what mails and notifications are written
// in. A user's choice is `app_user.locale` (PUT /api/session/preferences); French is the default and
// the reference. Each module keeps its own texts in a small table keyed by locale (messages.ts).
import type { Mail } from './mail.ts';

export type Locale = 'fr' | 'ar' | 'en';

/** A stored or requested language, French when absent or unknown. */
export const localeOf = (value: unknown): Locale => (value === 'ar' || value === 'en' ? value : 'fr');

/** The same text in the three languages. */
export type Localized = Record<Locale, string>;

/**
 * A datum (reference, name, subject, link) set inside an Arabic sentence: wrapped in Unicode
 * isolates (FSI … PDI) so that a Latin value keeps its own order and the surrounding punctuation
 * (parentheses, « ») stays with the Arabic text instead of being pulled into the Latin run.
 */
export const iso = (value: string | number): string => `\u2068${value}\u2069`;

/** A date (and time when asked) the way a reader of that language writes it, Moroccan time. */
export function formatDate(locale: Locale, date: Date | string, withTime = false): string {
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar-MA' : locale === 'en' ? 'en-GB' : 'fr-MA', {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Africa/Casablanca',
  }).format(new Date(date));
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A mail in the recipient's language. French and English mails stay plain text, as they always
 * were; an Arabic mail also gets an HTML part declaring lang="ar" dir="rtl", without which most
 * mail clients show a plain-text Arabic message left-aligned and mis-order its mixed lines.
 */
export function localizedMail(locale: Locale, to: string, subject: string, text: string): Mail {
  if (locale !== 'ar') return { to, subject, text };
  // dir="auto" per paragraph: a paragraph in Latin script only (a reply written in French, a link)
  // reads left to right inside the right-to-left mail instead of having its punctuation moved.
  const body = text
    .split(/\n{2,}/)
    .map((p) => `<p dir="auto">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return {
    to,
    subject,
    text,
    html: `<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body dir="rtl">\n${body}\n</body></html>`,
  };
}
