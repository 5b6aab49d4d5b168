// The dashboard's filters live in the URL (a link reproduces the view), under the API's names.
// Plain TypeScript: this runs in the route tree, which is in the initial bundle.
export const PERIODS = ['30j', 'mois', 'trimestre', 'annee', '12m', 'personnalisee'] as const;
export type Period = (typeof PERIODS)[number];

export interface DashboardSearch {
  period?: Period;
  submittedFrom?: string;
  submittedTo?: string;
  procedure?: string;
  customsOffice?: string;
  organisation?: string;
}

const str = (v: unknown, re: RegExp): string | undefined => {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const s = String(v).trim();
  return re.test(s) ? s : undefined;
};

/** Lenient: a bad value is dropped (the server validates strictly and explains). */
export function validateDashboardSearch(raw: Record<string, unknown>): DashboardSearch {
  const out: DashboardSearch = {};
  if ((PERIODS as readonly unknown[]).includes(raw.period)) out.period = raw.period as Period;
  const from = str(raw.submittedFrom, /^\d{4}-\d{2}-\d{2}$/);
  const to = str(raw.submittedTo, /^\d{4}-\d{2}-\d{2}$/);
  if (from) out.submittedFrom = from;
  if (to) out.submittedTo = to;
  const procedure = str(raw.procedure, /^[A-Z]{2,6}$/);
  if (procedure) out.procedure = procedure;
  const office = str(raw.customsOffice, /^[0-9A-Z]{1,10}$/);
  if (office) out.customsOffice = office;
  const org = str(raw.organisation, /^[A-Z0-9_-]{2,20}$/);
  if (org) out.organisation = org;
  return out;
}

export function toQueryString(s: DashboardSearch): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(s)) if (v) qs.set(k, String(v));
  return qs.toString();
}
