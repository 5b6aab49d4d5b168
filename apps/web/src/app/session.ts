// The signed-in user, shared by the shell and every feature through TanStack Query.
import type { SessionResponse } from '@portail/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, setCsrfToken } from '../lib/api';

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async () => {
    const s = await api<SessionResponse>('/api/session');
    setCsrfToken(s.csrfToken);
    return s;
  },
  staleTime: 60_000,
  retry: false,
});

export const useSession = () => useQuery(sessionQuery);
