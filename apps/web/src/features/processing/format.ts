// Dates as the user's language writes them (Africa/Casablanca time).
const locales: Record<string, string> = { fr: 'fr-FR', ar: 'ar-MA', en: 'en-GB' };

export function formatDate(iso: string, lang: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return new Intl.DateTimeFormat(locales[lang] ?? 'fr-FR', {
    dateStyle: 'long',
    timeZone: 'Africa/Casablanca',
  }).format(d);
}

export function formatDateTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(locales[lang] ?? 'fr-FR', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Africa/Casablanca',
  }).format(new Date(iso));
}
