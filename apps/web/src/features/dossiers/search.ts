// The list's state lives in the URL (DESIGN.md §4 rule 8): the filters, the sort, the page size and
// the keyset cursor, under the list endpoint's own names (contracts/dossiers.ts), so a link
// reproduces the list and the query string goes to the server as is. The URL is parsed leniently
// (a bad value is dropped, never a crash); the server validates strictly and explains in French.
// Plain TypeScript on purpose: this runs in the route tree, which is in the initial bundle, and must
// not pull zod and the contracts' schemas into the sign-in and dashboard pages.
import type { ListColumn, ListFilter } from '@portail/contracts';

export const FILTER_KEYS = [
  'reference',
  'category',
  'state',
  'submittedFrom',
  'submittedTo',
  'importer',
  'customsOffice',
  'hsCode',
  'goods',
] as const satisfies readonly ListFilter[];
const COLUMN_KEYS = [
  'reference',
  'category',
  'importer',
  'submittedAt',
  'opinion',
  'customsOffice',
  'goods',
  'hsCode',
  'decisionNumber',
  'state',
] as const satisfies readonly ListColumn[];
// Compile-time guard: these lists stay equal to the contract's.
type Missing =
  | Exclude<ListFilter, (typeof FILTER_KEYS)[number]>
  | Exclude<ListColumn, (typeof COLUMN_KEYS)[number]>;
const _exhaustive: [Missing] extends [never] ? true : never = true;
void _exhaustive;

/**
 * Filters the Tableau de bord's links add (not in « Paramètres de recherche »): each figure opens the
 * list that counts exactly its dossiers. Shown above the table, each removable.
 */
export const LINK_FILTER_KEYS = ['decidedWithinSla', 'processingDays', 'stage', 'agent', 'overdue'] as const;
export type LinkFilter = (typeof LINK_FILTER_KEYS)[number];
const LINK_FILTER_PATTERNS: Record<LinkFilter, RegExp> = {
  decidedWithinSla: /^(true|false)$/,
  processingDays: /^\d{1,3}-(\d{1,3})?$/,
  stage: /^(open|decided)$/,
  agent: /^\d{1,10}$/,
  overdue: /^true$/,
};

export const PAGE_SIZE_CHOICES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export type Filters = Partial<Record<ListFilter | LinkFilter, string>>;
export interface ListSearch extends Filters {
  sort?: ListColumn;
  dir?: 'asc' | 'desc';
  pageSize?: number;
  cursor?: string;
  /** 1-based page number, only to show « Demandes 21 à 40 »: the cursor is the position. */
  page?: number;
}

const str = (v: unknown): string | undefined => {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  // The router parses JSON-looking values: a N° made only of digits arrives as a number.
  const s = String(v).trim().slice(0, 200);
  return s === '' ? undefined : s;
};

export function validateListSearch(raw: Record<string, unknown>): ListSearch {
  const out: ListSearch = {};
  for (const k of FILTER_KEYS) {
    const v = str(raw[k]);
    if (v) out[k] = v;
  }
  for (const k of LINK_FILTER_KEYS) {
    const v = str(raw[k]);
    if (v && LINK_FILTER_PATTERNS[k].test(v)) out[k] = v;
  }
  const sort = str(raw.sort);
  if (sort && (COLUMN_KEYS as readonly string[]).includes(sort)) out.sort = sort as ListColumn;
  if (raw.dir === 'asc' || raw.dir === 'desc') out.dir = raw.dir;
  const size = Number(raw.pageSize);
  if ((PAGE_SIZE_CHOICES as readonly number[]).includes(size)) out.pageSize = size;
  const cursor = str(raw.cursor);
  if (cursor && cursor.length <= 600 && /^[A-Za-z0-9_-]+$/.test(cursor)) out.cursor = cursor;
  const page = Number(raw.page);
  if (Number.isInteger(page) && page > 1 && page <= 1_000_000) out.page = page;
  return out;
}

export function filtersOf(search: ListSearch): Filters {
  const out: Filters = {};
  for (const k of FILTER_KEYS) if (search[k]) out[k] = search[k];
  for (const k of LINK_FILTER_KEYS) if (search[k]) out[k] = search[k];
  return out;
}

/** The dashboard's filters of a search (kept when « Paramètres de recherche » change). */
export function linkFiltersOf(search: ListSearch): Filters {
  const out: Filters = {};
  for (const k of LINK_FILTER_KEYS) if (search[k]) out[k] = search[k];
  return out;
}

/** The query string for the list and export endpoints (the page number stays in the browser). */
export function toQueryString(search: ListSearch, omit: string[] = []): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) {
    if (v === undefined || v === '' || k === 'page' || omit.includes(k)) continue;
    qs.set(k, String(v));
  }
  return qs.toString();
}
