// Intent and entity recognition for live questions: dossier references (DFD-2026-000123),
// procedure names or codes, states and periods. Pure functions (no I/O), so they are tested and
// benchmarked in isolation; the procedure list comes from the catalogue.
import type { DossierState } from '@portail/contracts';

export type Intent =
  | 'dossier_status'
  | 'count_overdue'
  | 'count_dossiers'
  | 'procedure_documents'
  | 'procedure_sla'
  | 'procedure_fields'
  | 'procedure_states'
  | 'knowledge';

export interface ProcedureName {
  code: string;
  slug: string;
  direction: 'import' | 'export';
  nameFr: string;
  nameAr: string;
  nameEn: string;
  shortName: string | null;
}

export interface Period {
  from: Date;
  to: Date;
  label: 'today' | 'week' | 'month' | 'last_month' | 'year' | 'since';
}

export interface Recognised {
  intent: Intent;
  references: string[];
  procedure: ProcedureName | null;
  state: DossierState | null;
  period: Period | null;
}

/** Lower case without accents or typographic apostrophes: the form every matcher works on. */
export const normalise = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();

const REFERENCE = /\b([A-Za-z]{2,6})[-\s]?(\d{4})[-\s]?(\d{5,6})\b/g;

export function findReferences(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(REFERENCE)) out.add(`${m[1].toUpperCase()}-${m[2]}-${m[3]}`);
  return [...out];
}

// State vocabulary as users write it (singular/plural, with or without the guide's exact words).
const STATE_PATTERNS: [DossierState, RegExp][] = [
  ['complement_demande', /complements? demandes?|en attente de complement|complement/],
  ['attente_avis', /en attente d'avis|attente d'avis|attente des avis/],
  ['en_instruction', /en cours d'instruction|en instruction|en cours de traitement/],
  ['transmise_douane', /transmises? (a|à) la douane/],
  ['imputee', /\bimputees?\b/],
  ['acceptee', /\bacceptees?\b|\baccordees?\b/],
  ['rejetee', /\brejetees?\b|\brefusees?\b/],
  ['annulee', /\bannulees?\b/],
  ['soumise', /\bsoumises?\b/],
];

export function findState(n: string): DossierState | null {
  for (const [state, re] of STATE_PATTERNS) if (re.test(n)) return state;
  return null;
}

const startOfDay = (d: Date): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

export function findPeriod(n: string, now: Date): Period | null {
  const today = startOfDay(now);
  if (/aujourd'hui|ce jour\b|today|اليوم/.test(n)) return { from: today, to: now, label: 'today' };
  if (/cette semaine|this week|هذا الأسبوع/.test(n)) {
    const dow = (today.getUTCDay() + 6) % 7; // Monday first
    return { from: new Date(today.getTime() - dow * 86_400_000), to: now, label: 'week' };
  }
  if (/mois dernier|last month|الشهر الماضي/.test(n)) {
    const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
    return {
      from,
      to: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)),
      label: 'last_month',
    };
  }
  if (/ce mois|this month|هذا الشهر/.test(n)) {
    return {
      from: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)),
      to: now,
      label: 'month',
    };
  }
  if (/cette annee|this year|هذه السنة/.test(n)) {
    return { from: new Date(Date.UTC(today.getUTCFullYear(), 0, 1)), to: now, label: 'year' };
  }
  const since = n.match(/depuis le (\d{1,2})\/(\d{1,2})\/(\d{4})/);
  if (since) {
    const from = new Date(Date.UTC(Number(since[3]), Number(since[2]) - 1, Number(since[1])));
    if (!Number.isNaN(from.getTime())) return { from, to: now, label: 'since' };
  }
  return null;
}

const STOP = new Set([
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  "d'",
  'demande',
  'a',
  'l',
  'd',
  'et',
  'pour',
  'en',
]);
const words = (n: string): string[] => n.split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOP.has(w));

/** The procedure named in the question: exact name, code or short name, else most of its words. */
export function findProcedure(text: string, procedures: ProcedureName[]): ProcedureName | null {
  const n = normalise(text);
  let best: { p: ProcedureName; score: number } | null = null;
  for (const p of procedures) {
    const names = [p.nameFr, p.nameEn].map(normalise);
    // « Certificat de conformité — contrôle technique à l'import » is called by its first part.
    const short = names.map((name) => name.split(/ — | \/ /)[0]).filter((x) => x.split(' ').length >= 2);
    if ([...names, ...short].some((name) => n.includes(name))) return p;
    // Codes only in capitals (« LI », « DFD »), so the word « li » in a sentence does not count.
    if (new RegExp(`\\b${p.code}\\b`).test(text)) return p;
    if (p.shortName && p.shortName.length >= 3 && new RegExp(`\\b${p.shortName}\\b`, 'i').test(text))
      return p;
    const nameWords = words(names[0]);
    const asked = new Set(words(n));
    const hits = nameWords.filter(
      (w) => asked.has(w) || asked.has(w.replace(/s$/, '')) || asked.has(`${w}s`),
    ).length;
    const score = nameWords.length ? hits / nameWords.length : 0;
    if (score >= 0.66 && (!best || score > best.score)) best = { p, score };
  }
  return best?.p ?? null;
}

export function recognise(text: string, procedures: ProcedureName[], now: Date): Recognised {
  const n = normalise(text);
  const references = findReferences(text);
  const procedure = findProcedure(text, procedures);
  const state = findState(n);
  const period = findPeriod(n, now);
  const base = { references, procedure, state, period };
  if (references.length > 0) return { intent: 'dossier_status', ...base };
  const counting =
    /combien|nombre|how many|كم|liste|list|quelles? (sont )?(mes|les) (demandes|dossiers)/.test(n);
  const mine = /\b(mes|mon|j'ai|ai-je|my|i have)\b|لدي/.test(n);
  if (/en retard|hors delai|depasse|overdue|late\b|متأخر/.test(n) && (counting || mine)) {
    return { intent: 'count_overdue', ...base };
  }
  if (
    counting &&
    (mine || state !== null || period !== null) &&
    /demande|dossier|request|file|طلب|ملف/.test(n)
  ) {
    return { intent: 'count_dossiers', ...base };
  }
  if (procedure) {
    if (/documents?|pieces?|justificatif|joindre|document|وثائق|مستندات/.test(n))
      return { intent: 'procedure_documents', ...base };
    if (/delai|sla|combien de (temps|jours)|duree|how long|deadline|مدة|أجل/.test(n))
      return { intent: 'procedure_sla', ...base };
    if (/\betats?\b|statuts?|cycle de vie|etapes|states?|workflow|حالات/.test(n))
      return { intent: 'procedure_states', ...base };
    if (/champs?|renseigner|saisir|informations|fields?|حقول/.test(n))
      return { intent: 'procedure_fields', ...base };
  }
  return { intent: 'knowledge', ...base };
}
