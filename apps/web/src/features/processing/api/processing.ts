// GET /api/dossiers/:id/processing — the proposal, open complement request, consultable
// organisations, opinion vocabulary and signed decision the dialogs need.
import type { ProcessingInfo } from '@portail/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const processingInfoQuery = (id: number) =>
  queryOptions({
    queryKey: ['processing', 'info', id],
    queryFn: ({ signal }) => api<ProcessingInfo>(`/api/dossiers/${id}/processing`, { signal }),
    staleTime: 5_000,
  });

export const useProcessingInfo = (id: number) => useQuery(processingInfoQuery(id));
