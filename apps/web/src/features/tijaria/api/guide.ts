// GET /api/tijaria/guide — the user guide's sections for /aide/guide.
import type { TijariaGuide } from '@portail/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const guideQuery = queryOptions({
  queryKey: ['tijaria', 'guide'],
  queryFn: ({ signal }) => api<TijariaGuide>('/api/tijaria/guide', { signal }),
  staleTime: Number.POSITIVE_INFINITY,
});

export const useGuide = () => useQuery(guideQuery);
