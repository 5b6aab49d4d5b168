// Translations live in one JSON file per feature and language (i18n/<lang>/<feature>.json), each
// holding its own top-level keys, all in i18next's one 'translation' namespace (keys read
// 'dashboard.title'). Only the language in use is downloaded, and of it only what is shown: the
// shell's strings (core.json) before the first render (startI18n), a feature's file when one of its
// routes loads (loadStrings, awaited by the route's loader in app/router.tsx, so a page never
// renders before its words). Switching language fetches the new language's files for every feature
// asked for so far, then switches.
import i18n from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['fr', 'ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The translation files besides core.json: one per web feature. */
export type Strings =
  | 'admin'
  | 'admin-catalogue'
  | 'dashboard'
  | 'dossiers'
  | 'help-center'
  | 'identity'
  | 'processing'
  | 'public'
  | 'tijaria';

type Bundle = Record<string, unknown>;

// Not eager: each file is its own small chunk, fetched when needed.
const files = import.meta.glob<{ default: Bundle }>('./*/*.json');

const requested = new Set<Strings | 'core'>(['core']);
const inFlight = new Map<string, Promise<void>>();
let target: Language = 'fr';

function load(lang: Language, name: Strings | 'core'): Promise<void> {
  const id = `${lang}/${name}`;
  let done = inFlight.get(id);
  if (!done) {
    const importer = files[`./${id}.json`];
    if (!importer) throw new Error(`i18n: no file ${id}.json`);
    done = importer().then((m) => {
      // Deep: core.json and public.json both hold keys under "public".
      i18n.addResourceBundle(lang, 'translation', m.default, true, true);
    });
    done.catch(() => inFlight.delete(id)); // a failed download is tried again next time
    inFlight.set(id, done);
  }
  return done;
}

/** Fetches the given features' strings in the language shown (and the one being switched to). */
export async function loadStrings(names: readonly Strings[]): Promise<void> {
  for (const name of names) requested.add(name);
  const langs = new Set([i18n.language as Language, target]);
  await Promise.all([...langs].flatMap((lang) => names.map((name) => load(lang, name))));
}

export function applyDocumentLanguage(lang: Language): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

export async function changeLanguage(lang: Language): Promise<void> {
  target = lang;
  await Promise.all([...requested].map((name) => load(lang, name)));
  if (target !== lang) return; // another switch started meanwhile; the last one wins
  await i18n.changeLanguage(lang);
  localStorage.setItem('lang', lang);
  applyDocumentLanguage(lang);
}

export function initialLanguage(): Language {
  const stored = localStorage.getItem('lang');
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'fr';
}

/** Before the first render: the stored language's shell strings only. */
export async function startI18n(): Promise<void> {
  const lang = initialLanguage();
  target = lang;
  await Promise.all([
    // Messages are ICU MessageFormat (« {count, plural, one {…} other {…}} », « {name} »): the
    // plural rules of each language, Arabic's six forms included.
    i18n
      .use(ICU)
      .use(initReactI18next)
      .init({
        lng: lang,
        fallbackLng: 'fr', // used only if French happens to be loaded: every language has every key
        initAsync: false,
        interpolation: { escapeValue: false },
        returnNull: false,
      }),
    load(lang, 'core'),
  ]);
  applyDocumentLanguage(lang);
}

export default i18n;
