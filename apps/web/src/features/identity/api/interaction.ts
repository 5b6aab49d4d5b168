// GET /api/id/interactions/:uid — which step of the Portnet ID sign-in to show.
import type { InteractionStateResponse } from '@portail/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const fetchInteraction = (uid: string) =>
  api<InteractionStateResponse>(`/api/id/interactions/${encodeURIComponent(uid)}`);

export const interactionQuery = (uid: string) =>
  queryOptions({
    queryKey: ['id', 'interaction', uid],
    queryFn: () => fetchInteraction(uid),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useInteraction = (uid: string) => useQuery(interactionQuery(uid));
