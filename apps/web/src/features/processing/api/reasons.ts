// GET /api/processing/reasons?kind= — coded reasons (complement items, rejection, cancellation, opinions).
import type { ReasonsResponse } from '@portail/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type ReasonKind = 'complement' | 'rejet' | 'annulation' | 'avis';

export const reasonsQuery = (kind: ReasonKind) =>
  queryOptions({
    queryKey: ['processing', 'reasons', kind],
    queryFn: ({ signal }) => api<ReasonsResponse>(`/api/processing/reasons?kind=${kind}`, { signal }),
    staleTime: 10 * 60_000,
  });

export const useReasons = (kind: ReasonKind) => useQuery(reasonsQuery(kind));
