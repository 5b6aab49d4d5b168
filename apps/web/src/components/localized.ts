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
