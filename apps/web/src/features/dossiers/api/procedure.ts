// GET /api/catalogue/procedures/:code — the definition that drives the list and dossier pages.
// The URL carries the procedure's slug (the menu's link); the menu gives its code.
import type { ProcedureResponse } from '@portail/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { menuQuery } from '../../../app/navigation';
import { api } from '../../../lib/api';

export const fetchProcedure = (code: string) =>
  api<ProcedureResponse>(`/api/catalogue/procedures/${encodeURIComponent(code)}`);

export const procedureQuery = (code: string) =>
  queryOptions({
    queryKey: ['catalogue', 'procedure', code],
    queryFn: () => fetchProcedure(code),
    staleTime: 10 * 60_000,
  });

/** The procedure behind /portail/importation/:slug: resolved through the menu the user may see. */
export function useProcedureBySlug(slug: string) {
  const menu = useQuery(menuQuery);
  const entry = menu.data?.find((p) => p.slug === slug);
  const code = entry?.code ?? '';
  const procedure = useQuery({ ...procedureQuery(code), enabled: !!code });
  return {
    entry,
    procedure,
    isPending: menu.isPending || (!!code && procedure.isPending),
    notFound: (menu.isSuccess && !entry) || (procedure.error as { status?: number } | null)?.status === 404,
    error: menu.error ?? procedure.error,
  };
}

/** The name of a localized label in the reader's language. */
export const pick = (l: { fr: string; ar: string; en: string }, lang: string): string =>
  lang === 'ar' ? l.ar : lang === 'en' ? l.en : l.fr;
