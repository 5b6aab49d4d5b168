// Data-driven text (procedure definitions, reference data) comes from the server with its French
// label and, when known, its three languages: these read it in the reader's language.
import { useTranslation } from 'react-i18next';

export interface LocalizedText {
  fr: string;
  ar: string;
  en: string;
}

/** A three-language text in `lang`; French (the reference) when `lang` is unknown or the text empty. */
export const inLanguage = (l: LocalizedText, lang: string): string =>
  (lang === 'ar' ? l.ar : lang === 'en' ? l.en : l.fr) || l.fr;

/** A server `{ code, label, labels? }` in `lang`, falling back to its French label. */
export const labelOf = (c: { label: string; labels?: LocalizedText }, lang: string): string =>
  c.labels ? inLanguage(c.labels, lang) || c.label : c.label;

/** `labelOf` bound to the current language. */
export function useLabelOf(): (c: { label: string; labels?: LocalizedText }) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (c) => labelOf(c, lang);
}

/**
 * A three-language text in `lang` with the attributes it needs: where the translation is missing the
 * French text comes with lang="fr" (and dir="ltr" inside an Arabic page), so screen readers pronounce
 * it in French and it reads left to right.
 */
export function localizedText(l: LocalizedText, lang: string): { text: string; lang?: 'fr'; dir?: 'ltr' } {
  const text = lang === 'ar' ? l.ar : lang === 'en' ? l.en : l.fr;
  return text || lang === 'fr' ? { text: text || l.fr } : { text: l.fr, lang: 'fr', dir: 'ltr' };
}
