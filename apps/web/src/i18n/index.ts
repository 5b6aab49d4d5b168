// Translations live in one JSON file per feature and language (i18n/<lang>/<feature>.json), each
// holding its own top-level keys; they are merged here. French is bundled (the default and the
// reference); Arabic and English load on demand.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['fr', 'ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type Bundle = Record<string, unknown>;

const merge = (modules: Record<string, { default: Bundle } | Bundle>): Bundle =>
  Object.assign({}, ...Object.values(modules).map((m) => ('default' in m ? m.default : m)));

const french = merge(import.meta.glob<{ default: Bundle }>('./fr/*.json', { eager: true }));
const lazy = {
  ar: import.meta.glob<{ default: Bundle }>('./ar/*.json'),
  en: import.meta.glob<{ default: Bundle }>('./en/*.json'),
};

export function applyDocumentLanguage(lang: Language): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

export async function changeLanguage(lang: Language): Promise<void> {
  if (lang !== 'fr' && !i18n.hasResourceBundle(lang, 'translation')) {
    const loaders = Object.entries(lazy[lang]);
    const loaded = await Promise.all(loaders.map(async ([path, load]) => [path, await load()] as const));
    i18n.addResourceBundle(lang, 'translation', merge(Object.fromEntries(loaded)), true, true);
  }
  await i18n.changeLanguage(lang);
  localStorage.setItem('lang', lang);
  applyDocumentLanguage(lang);
}

export function initialLanguage(): Language {
  const stored = localStorage.getItem('lang');
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'fr';
}

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: french } },
  lng: 'fr',
  fallbackLng: 'fr',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
