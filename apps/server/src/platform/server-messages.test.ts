// The server's own messages are complete in Arabic and English: every French message literal the
// server writes (new AppError(…), notFound(…), forbidden(…), `message: …`) and every message of the
// zod schemas in packages/contracts has an entry in server-messages.ts, and the entries are sound.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iso } from './locale.ts';
import { hasServerTranslation, SERVER_MESSAGE_ENTRIES, translateServerMessage } from './server-messages.ts';

const serverSrc = join(import.meta.dirname, '..');
const contractsSrc = join(import.meta.dirname, '../../../../packages/contracts/src');

function tsFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const p = join(folder, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

// ── A small TypeScript tokenizer: strings (a template's ${…} replaced by « 1 », so that it matches
// a pattern's {name} and {#name}), words and punctuation; comments and regular expressions skipped.
type Tok =
  | { t: 'str'; text: string; inner: string[]; open: string }
  | { t: 'w'; v: string; open: string }
  | { t: 'p'; v: string; open: string };

const REGEX_AFTER = new Set([
  '(',
  ',',
  '=',
  ':',
  '[',
  '!',
  '&',
  '|',
  '?',
  '{',
  '}',
  ';',
  '+',
  '-',
  '*',
  '%',
  '<',
  '>',
  '~',
  '^',
]);

function tokenize(src: string, start = 0, untilBrace = false): { toks: Tok[]; end: number } {
  const toks: Tok[] = [];
  const stack: string[] = [];
  let i = start;
  const open = () => stack[stack.length - 1] ?? '';
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      i = src.indexOf('*/', i + 2) + 2;
    } else if (c === '/') {
      const prev = toks[toks.length - 1];
      const isRegex =
        !prev ||
        (prev.t === 'p' && REGEX_AFTER.has(prev.v)) ||
        (prev.t === 'w' && /^(return|typeof|case)$/.test(prev.v));
      if (!isRegex) {
        toks.push({ t: 'p', v: c, open: open() });
        i++;
        continue;
      }
      let inClass = false;
      i++;
      while (i < src.length) {
        const d = src[i];
        if (d === '\\') i += 2;
        else {
          if (d === '[') inClass = true;
          else if (d === ']') inClass = false;
          else if (d === '/' && !inClass) break;
          i++;
        }
      }
      i++;
      while (/[a-z]/.test(src[i] ?? '')) i++;
    } else if (c === "'" || c === '"') {
      let text = '';
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\') {
          text += src[i + 1];
          i += 2;
        } else text += src[i++];
      }
      i++;
      toks.push({ t: 'str', text, inner: [], open: open() });
    } else if (c === '`') {
      let text = '';
      const inner: string[] = [];
      i++;
      while (i < src.length && src[i] !== '`') {
        if (src[i] === '\\') {
          text += src[i + 1];
          i += 2;
        } else if (src[i] === '$' && src[i + 1] === '{') {
          const sub = tokenize(src, i + 2, true);
          for (const tok of sub.toks) if (tok.t === 'str') inner.push(tok.text, ...tok.inner);
          text += '1';
          i = sub.end + 1;
        } else text += src[i++];
      }
      i++;
      toks.push({ t: 'str', text, inner, open: open() });
    } else if (/[A-Za-z_$0-9]/.test(c)) {
      let v = '';
      while (/[\w$]/.test(src[i] ?? '')) v += src[i++];
      toks.push({ t: 'w', v, open: open() });
    } else {
      if (c === '}' && untilBrace && stack.length === 0) return { toks, end: i };
      if (c === '(' || c === '[' || c === '{') {
        toks.push({ t: 'p', v: c, open: open() });
        stack.push(c);
      } else {
        if (c === ')' || c === ']' || c === '}') stack.pop();
        toks.push({ t: 'p', v: c, open: open() });
      }
      i++;
    }
  }
  return { toks, end: i };
}

const isP = (tok: Tok | undefined, v: string) => tok?.t === 'p' && tok.v === v;

interface Group {
  text: string;
  inner: string[];
  first: number;
  last: number;
}

/** String literals, those joined by « + » counted as one. */
function groups(toks: Tok[], from: number, to: number): Group[] {
  const out: Group[] = [];
  for (let k = from; k < to; k++) {
    const tok = toks[k];
    if (tok?.t !== 'str') continue;
    const g: Group = { text: tok.text, inner: [...tok.inner], first: k, last: k };
    while (isP(toks[g.last + 1], '+') && toks[g.last + 2]?.t === 'str') {
      const next = toks[g.last + 2] as Extract<Tok, { t: 'str' }>;
      g.text += next.text;
      g.inner.push(...next.inner);
      g.last += 2;
    }
    out.push(g);
    k = g.last;
  }
  return out;
}

/** The index of the bracket closing the one at `k`. */
function closing(toks: Tok[], k: number): number {
  let depth = 0;
  for (let j = k; j < toks.length; j++) {
    const tok = toks[j];
    if (tok?.t !== 'p') continue;
    if ('([{'.includes(tok.v)) depth++;
    else if (')]}'.includes(tok.v) && --depth === 0) return j;
  }
  return toks.length;
}

/** The end of the expression starting at `k` (a comma or closing bracket at its own level). */
function expressionEnd(toks: Tok[], k: number): number {
  let depth = 0;
  for (let j = k; j < toks.length; j++) {
    const tok = toks[j];
    if (tok?.t !== 'p') continue;
    if ('([{'.includes(tok.v)) depth++;
    else if (')]}'.includes(tok.v)) {
      if (depth-- === 0) return j;
    } else if ((tok.v === ',' || tok.v === ';') && depth === 0) return j;
  }
  return toks.length;
}

/** A user-facing sentence: letters, and a space or a final full stop (not a code, path or key). */
const isMessage = (text: string) => /\p{L}/u.test(text) && (/\s/.test(text) || /\.$/.test(text));

/** Excludes `path: '…'`, `reason: '…'`… (a key other than message/error before the literal). */
function keyedOtherThan(toks: Tok[], g: Group, keys: string[]): boolean {
  const prev = toks[g.first - 1];
  const key = toks[g.first - 2];
  return isP(prev, ':') && key?.t === 'w' && !keys.includes(key.v);
}

function candidates(g: Group): string[] {
  return [g.text, ...g.inner].filter(isMessage);
}

/** French messages of server code: new AppError(…), notFound(…), forbidden(…), message: … */
function serverMessages(src: string): string[] {
  const toks = tokenize(src).toks;
  const out: string[] = [];
  toks.forEach((tok, k) => {
    if (tok.t !== 'w') return;
    let from = -1;
    let to = -1;
    const call =
      (tok.v === 'AppError' && toks[k - 1]?.t === 'w' && (toks[k - 1] as { v: string }).v === 'new') ||
      ((tok.v === 'notFound' || tok.v === 'forbidden') && !isP(toks[k - 1], '.'));
    if (call && isP(toks[k + 1], '(')) {
      from = k + 2;
      to = closing(toks, k + 1);
    } else if (tok.v === 'message' && isP(toks[k + 1], ':')) {
      from = k + 2;
      to = expressionEnd(toks, k + 2);
    } else return;
    for (const g of groups(toks, from, to)) {
      if (/^[A-Z_]+$/.test(g.text) || keyedOtherThan(toks, g, ['message'])) continue;
      out.push(...candidates(g));
    }
  });
  return out;
}

/** Messages of the zod schemas: string arguments of a call, and `message:` / `error:` values. */
function contractMessages(src: string): string[] {
  const toks = tokenize(src).toks;
  const out: string[] = [];
  for (const g of groups(toks, 0, toks.length)) {
    const prev = toks[g.first - 1];
    const next = toks[g.last + 1];
    const first = toks[g.first] as Tok;
    const argument =
      first.open === '(' && (isP(prev, '(') || isP(prev, ',')) && (isP(next, ')') || isP(next, ','));
    const keyed = isP(prev, ':') && !keyedOtherThan(toks, g, ['message', 'error']);
    if (argument || keyed) out.push(...candidates(g));
  }
  return out;
}

function scan(folder: string, extract: (src: string) => string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of tsFiles(folder))
    for (const m of extract(readFileSync(file, 'utf8')))
      if (!found.has(m)) found.set(m, relative(folder, file));
  return found;
}

describe('server messages in Arabic and English', () => {
  const server = scan(serverSrc, serverMessages);
  const contracts = scan(contractsSrc, contractMessages);

  it('the scan finds the messages (the tokenizer still reads the sources)', () => {
    expect(server.size).toBeGreaterThan(150);
    expect(contracts.size).toBeGreaterThan(80);
    expect(server.has('Dossier introuvable.')).toBe(true);
    expect(server.has('Catégorie inconnue pour la procédure 1.')).toBe(true);
    expect(server.has('Le fichier ou la requête dépasse la taille maximale autorisée.')).toBe(true);
    expect(contracts.has('Taille de page : 10, 20, 50 ou 100.')).toBe(true);
    expect(contracts.has('1 ne peut pas dépasser 1 caractères.')).toBe(true);
  });

  it('every French message of the server has a translation', () => {
    const missing = [...server].filter(([m]) => !hasServerTranslation(m)).map(([m, f]) => `${f}: ${m}`);
    expect(missing).toEqual([]);
  });

  it('every French message of the contracts (zod schemas) has a translation', () => {
    const missing = [...contracts].filter(([m]) => !hasServerTranslation(m)).map(([m, f]) => `${f}: ${m}`);
    expect(missing).toEqual([]);
  });

  it('entries are unique, non-empty, with the same placeholders in the three languages', () => {
    const seen = new Set<string>();
    const names = (s: string) => [...s.matchAll(/\{#?(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [fr, ar, en] of SERVER_MESSAGE_ENTRIES) {
      expect(seen.has(fr), fr).toBe(false);
      seen.add(fr);
      expect(ar.trim(), fr).not.toBe('');
      expect(en.trim(), fr).not.toBe('');
      const words = /\p{L}/u.test(fr.replace(/\{#?\w+\}/g, ''));
      expect(/[\u0600-\u06FF]/.test(ar) || !words, `${fr} → ${ar}`).toBe(true);
      expect(/[\u0600-\u06FF]/.test(en), `${fr} → ${en}`).toBe(false);
      expect(names(ar), fr).toEqual(names(fr));
      expect(names(en), fr).toEqual(names(fr));
    }
  });

  it('translates exact messages and patterns, values looked up and isolated in Arabic', () => {
    expect(translateServerMessage('Dossier introuvable.', 'ar')).toBe('الملف غير موجود.');
    expect(translateServerMessage('Dossier introuvable.', 'en')).toBe('File not found.');
    expect(translateServerMessage('Dossier introuvable.', 'fr')).toBe('Dossier introuvable.');
    expect(translateServerMessage('Catégorie inconnue pour la procédure DFD.', 'en')).toBe(
      'Unknown category for procedure DFD.',
    );
    expect(translateServerMessage('Catégorie inconnue pour la procédure DFD.', 'ar')).toBe(
      `فئة غير معروفة بالنسبة للمسطرة ${iso('DFD')}.`,
    );
    expect(
      translateServerMessage(
        "Action impossible : le dossier est à l'état « Soumise », qui ne permet pas de donner un avis.",
        'en',
      ),
    ).toBe(
      'Action not possible: the file is in the state “Submitted”, which does not allow you to give an opinion.',
    );
    expect(translateServerMessage('Avis attendu : Favorable, Défavorable, Réservé.', 'en')).toBe(
      'Opinion expected: Favourable, Unfavourable, Reserved.',
    );
    expect(
      translateServerMessage(
        'Cette procédure a été modifiée entre-temps : vous avez modifié la version 12, la version en vigueur est la 13 (par Amina). Rechargez la définition puis refaites vos modifications.',
        'en',
      ),
    ).toBe(
      'This procedure was changed in the meantime: you edited version 12, the version in force is 13 (by Amina). Reload the definition and make your changes again.',
    );
    expect(
      translateServerMessage('Le fichier « a.exe » dépasse la taille maximale autorisée de 10 Mo.', 'en'),
    ).toBe('The file “a.exe” exceeds the maximum size allowed of 10 MB.');
    expect(
      translateServerMessage(
        'Le mot de passe doit contenir au moins 12 caractères. Le mot de passe doit contenir une majuscule, un chiffre.',
        'en',
      ),
    ).toBe(
      'The password must be at least 12 characters long. The password must contain a capital letter, a digit.',
    );
    expect(translateServerMessage('Un texte que le dictionnaire ne connaît pas.', 'ar')).toBe(
      'Un texte que le dictionnaire ne connaît pas.',
    );
  });
});
