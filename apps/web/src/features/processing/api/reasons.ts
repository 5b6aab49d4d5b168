// GET /api/processing/reasons?kind=[&dossier=] — coded reasons (complement items, rejection,
// cancellation, opinions); for a dossier, only those its procedure offers.
import type { ReasonsResponse } from '@portail/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type ReasonKind = 'complement' | 'rejet' | 'annulation' | 'avis';

export const reasonsQuery = (kind: ReasonKind, dossierId?: number) =>
  queryOptions({
    queryKey: ['processing', 'reasons', kind, dossierId ?? null],
    queryFn: ({ signal }) =>
      api<ReasonsResponse>(
        `/api/processing/reasons?kind=${kind}${dossierId ? `&dossier=${dossierId}` : ''}`,
        {
          signal,
        },
      ),
    staleTime: 60_000,
  });

export const useReasons = (kind: ReasonKind, dossierId?: number) => useQuery(reasonsQuery(kind, dossierId));
