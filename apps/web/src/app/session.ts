// The signed-in user, shared by the shell and every feature through TanStack Query.
import type { SessionResponse } from '@portail/contracts';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from '../lib/api';

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

/**
 * beforeLoad of every route that needs a session: without one, a navigation goes to Portnet ID
 * and comes back; a preload (the pointer over a link, e.g. in the « Besoin d'aide ? » drawer on a
 * public page) only fails quietly — it must never take the visitor away from the page.
 */
export async function requireSession({
  context,
  location,
  preload,
}: {
  context: unknown;
  location: { href: string };
  preload: boolean;
}): Promise<void> {
  try {
    await (context as { queryClient: QueryClient }).queryClient.ensureQueryData(sessionQuery);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401 && !preload) {
      window.location.assign(`/api/auth/login?returnTo=${encodeURIComponent(location.href)}`);
      return new Promise<never>(() => {});
    }
    throw e;
  }
}
