// The translation catalogues are complete and used: every key exists in French, Arabic and
// English with a non-empty text, and no component writes a user-visible sentence itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';

const dir = import.meta.dirname;
const src = join(dir, '..');
const LANGS = ['fr', 'ar', 'en'] as const;

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function catalogue(lang: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json'))) {
    for (const [k, v] of flatten(JSON.parse(readFileSync(join(dir, lang, file), 'utf8'))))
      all.set(`${file}:${k}`, v);
  }
  return all;
}

function tsxFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const p = join(folder, name);
    if (statSync(p).isDirectory()) return tsxFiles(p);
    return p.endsWith('.tsx') && !p.endsWith('.test.tsx') ? [p] : [];
  });
}

// Proper names and symbols that are the same in every language ('RTNET': the wordmark's letters).
const ALLOWED_LITERALS = new Set([
  'PORTNET',
  'RTNET',
  'TijarIA',
  'MIC',
  'ICE',
  'RC',
  'CSV',
  'XLSX',
  'PDF',
  'Excel',
  'QR',
]);
const LANGUAGE_NEUTRAL = /^(\S+@\S+\.\w+|https?:\/\/\S+|\+?[\d\s().-]{6,})$/; // e-mail, URL, phone number

// ICU MessageFormat AST (intl-messageformat): the argument names a message uses, and the plural
// categories it writes out.
type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };
const PLURAL = 6;
function argumentsOf(elements: Element[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type >= 1 && e.type <= 6 && e.value) out.add(e.value);
    for (const o of Object.values(e.options ?? {})) argumentsOf(o.value, out);
  }
  return out;
}
function pluralCategories(elements: Element[], out: string[][] = []): string[][] {
  for (const e of elements) {
    if (e.type === PLURAL) out.push(Object.keys(e.options ?? {}));
    for (const o of Object.values(e.options ?? {})) pluralCategories(o.value, out);
  }
  return out;
}

describe('translation catalogues', () => {
  const fr = catalogue('fr');

  for (const lang of ['ar', 'en'] as const) {
    it(`${lang} has exactly the French keys`, () => {
      const other = catalogue(lang);
      const missing = [...fr.keys()].filter((k) => !other.has(k));
      const extra = [...other.keys()].filter((k) => !fr.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });
  }

  it('has no empty text', () => {
    for (const lang of LANGS) {
      const empty = [...catalogue(lang)].filter(([, v]) => v.trim() === '').map(([k]) => `${lang}/${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('every text is an ICU message of its language with the French arguments (no i18next {{…}})', () => {
    const problems: string[] = [];
    const reference = new Map<string, string[]>();
    for (const lang of LANGS) {
      for (const [key, text] of catalogue(lang)) {
        if (/\{\{\s*[\w.]+\s*\}\}/.test(text) && !/, ?(plural|select)/.test(text)) {
          problems.push(`${lang}/${key}: « {{name}} » is i18next syntax — write « {name} » (ICU)`);
          continue;
        }
        let ast: Element[];
        try {
          ast = new IntlMessageFormat(text, lang).getAst() as unknown as Element[];
        } catch (e) {
          problems.push(`${lang}/${key}: not a valid ICU message (${(e as Error).message})`);
          continue;
        }
        const args = [...argumentsOf(ast)].sort();
        if (lang === 'fr') reference.set(key, args);
        else if (JSON.stringify(args) !== JSON.stringify(reference.get(key) ?? []))
          problems.push(
            `${lang}/${key}: arguments ${args.join(',')} ≠ French ${reference.get(key)?.join(',')}`,
          );
        // Arabic counts need their own forms: one, two, few (3–10) and many (11–99) besides other.
        if (lang === 'ar')
          for (const categories of pluralCategories(ast))
            for (const c of ['one', 'two', 'few', 'many', 'other'])
              if (!categories.includes(c)) problems.push(`ar/${key}: plural without « ${c} »`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('no component writes a user-visible sentence outside the catalogues', () => {
    const offenders: string[] = [];
    const jsxText = /(?<![=-])>\s*([^<>{}]*\p{L}{2,}[^<>{}]*?)\s*</gu; // not after => or ->
    const attr = /\s(?:aria-label|title|placeholder|label|alt|description)="([^"]*\p{L}{2,}[^"]*)"/gu;
    for (const file of tsxFiles(src)) {
      const text = readFileSync(file, 'utf8')
        // generics and comparisons are not JSX text
        .replace(/\/\/.*$/gm, '')
        .replace(/\/\*[\s\S]*?\*\//g, '');
      for (const re of [jsxText, attr]) {
        for (const m of text.matchAll(re)) {
          const literal = m[1].trim();
          if (!literal || ALLOWED_LITERALS.has(literal) || LANGUAGE_NEUTRAL.test(literal)) continue;
          if (/[=;()&|]|=>|\bconst\b|\breturn\b/.test(literal)) continue; // code, not text
          offenders.push(`${relative(src, file)}: « ${literal} »`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
