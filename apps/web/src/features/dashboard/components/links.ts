// Where a figure leads: the procedure's list page (« Gestion des demandes ») with the same filters
// under the list's own URL names (features/dossiers/search.ts), so the list's total is the figure.
import type { DashboardResponse } from '@portail/contracts';

export type ScopeProcedure = DashboardResponse['scope']['procedures'][number];

export interface ListFilters {
  submittedFrom: string;
  submittedTo: string;
  customsOffice?: string;
  state?: string;
  hsCode?: string;
  // Filters of the processing-time, SLA, per-agent and overdue figures (the list's link filters).
  decidedWithinSla?: 'true' | 'false';
  /** « a-b » days (b excluded), « a- » from a days */
  processingDays?: string;
  stage?: 'open' | 'decided';
  agent?: string;
  overdue?: 'true';
}

/** One list: a procedure and the filters; count is what the list's total will say. */
export interface Cell {
  procedure: string;
  count: number;
  filters: ListFilters;
  /** what distinguishes this list from its siblings in a menu (a state, a month…) */
  detail?: string;
  /** the chart series the cell counts in (default: its procedure's direction, import or export) */
  series?: string;
}

export interface ListTarget {
  to: '/portail/importation/$slug' | '/portail/exportation/$slug';
  params: never;
  /** the list route validates its own search (features/dossiers/search.ts) */
  search: never;
}

export function listTarget(p: ScopeProcedure, f: ListFilters): ListTarget {
  const search: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) if (v) search[k] = v;
  return {
    to: p.direction === 'import' ? '/portail/importation/$slug' : '/portail/exportation/$slug',
    // The route tree is assembled from features at run time, so its params and search are untyped.
    params: { slug: p.slug } as never,
    search: search as never,
  };
}

export function listHref(p: ScopeProcedure, f: ListFilters): string {
  const t = listTarget(p, f);
  return `${t.to.replace('$slug', encodeURIComponent(p.slug))}?${new URLSearchParams(t.search as Record<string, string>)}`;
}
