// GET /api/dossiers/:id — everything the dossier page shows, each part only if the user may see it.
import type { DossierDetail } from '@portail/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const dossierQuery = (id: number) =>
  queryOptions({
    queryKey: ['dossiers', 'detail', id],
    queryFn: ({ signal }) => api<DossierDetail>(`/api/dossiers/${id}`, { signal }),
    staleTime: 10_000,
    retry: (n, e) => n < 1 && ![403, 404].includes((e as { status?: number }).status ?? 0),
  });

export const useDossier = (id: number) =>
  useQuery({ ...dossierQuery(id), enabled: Number.isInteger(id) && id > 0 });
