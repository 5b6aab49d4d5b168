// Dates and numbers in the reader's language (French by default, « 1 234 », « 28/11/2026 »).
// Dates of the day are shown in Morocco's time zone: the dossiers are Moroccan formalities.
import i18n from 'i18next';

const LOCALES: Record<string, string> = { fr: 'fr-FR', ar: 'ar-MA', en: 'en-GB' };
const TIME_ZONE = 'Africa/Casablanca';

export const intlLocale = (): string => LOCALES[i18n.language] ?? 'fr-FR';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function fmt<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: (l: string) => T): T {
  const k = `${intlLocale()}|${key}`;
  let f = cache.get(k) as T | undefined;
  if (!f) {
    f = make(intlLocale());
    cache.set(k, f);
  }
  return f;
}

const toDate = (v: string | Date): Date | null => {
  const d = typeof v === 'string' ? new Date(v) : v;
  return Number.isNaN(d.getTime()) ? null : d;
};

/** 28/11/2026 */
export function formatDate(v: string | Date | null | undefined): string {
  if (!v) return '';
  // A bare calendar date (YYYY-MM-DD) has no time zone: format it as is.
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    return fmt('date-utc', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'short', timeZone: 'UTC' })).format(
      new Date(`${v}T00:00:00Z`),
    );
  }
  const d = toDate(v);
  return d
    ? fmt('date', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'short', timeZone: TIME_ZONE })).format(d)
    : '';
}

/** 28/11/2026 14:05 */
export function formatDateTime(v: string | Date | null | undefined): string {
  if (!v) return '';
  const d = toDate(v);
  return d
    ? fmt(
        'datetime',
        (l) => new Intl.DateTimeFormat(l, { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE }),
      ).format(d)
    : '';
}

/** 1 234,5 */
export function formatNumber(v: number | string | null | undefined, maxFractionDigits = 3): string {
  if (v === null || v === undefined || v === '') return '';
  const n = typeof v === 'string' ? Number(v) : v;
  if (!Number.isFinite(n)) return String(v);
  return fmt(
    `num${maxFractionDigits}`,
    (l) => new Intl.NumberFormat(l, { maximumFractionDigits: maxFractionDigits }),
  ).format(n);
}

/** 12 500,00 MAD */
export function formatMoney(v: number | string | null | undefined, currency = 'MAD'): string {
  if (v === null || v === undefined || v === '') return '';
  const n = typeof v === 'string' ? Number(v) : v;
  if (!Number.isFinite(n)) return String(v);
  try {
    return fmt(`money-${currency}`, (l) => new Intl.NumberFormat(l, { style: 'currency', currency })).format(
      n,
    );
  } catch {
    return `${formatNumber(n, 2)} ${currency}`;
  }
}
