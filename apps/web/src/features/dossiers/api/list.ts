// GET /api/procedures/:code/dossiers — one keyset page of the « Gestion des demandes » list.
import type { DossierListResponse } from '@portail/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type ListSearch, toQueryString } from '../search';

export const listPath = (code: string) => `/api/procedures/${encodeURIComponent(code)}/dossiers`;

export const fetchDossierList = (code: string, search: ListSearch, signal?: AbortSignal) =>
  api<DossierListResponse>(`${listPath(code)}?${toQueryString(search)}`, { signal });

export const dossierListQuery = (code: string, search: ListSearch) =>
  queryOptions({
    queryKey: ['dossiers', 'list', code, toQueryString(search)],
    queryFn: ({ signal }) => fetchDossierList(code, search, signal),
    // Keep the previous page on screen while the next one loads (no flash of skeletons).
    placeholderData: keepPreviousData,
    staleTime: 15_000,
    retry: (n, e) => n < 1 && (e as { status?: number }).status !== 400,
  });

export const useDossierList = (code: string, search: ListSearch, enabled: boolean) =>
  useQuery({ ...dossierListQuery(code, search), enabled });

/** Export links: the same filters and sort, streamed by the server as a download. */
export const exportHref = (code: string, format: 'csv' | 'xlsx', search: ListSearch) => {
  const qs = toQueryString(search, ['cursor', 'pageSize']);
  return `${listPath(code)}/export.${format}${qs ? `?${qs}` : ''}`;
};
