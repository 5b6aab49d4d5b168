// Support desk reference lists: GET /api/support/modeles (reply templates), /api/support/agents.
import type { ReplyTemplate, SupportAgent } from '@portail/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const templatesQuery = queryOptions({
  queryKey: ['help', 'templates'],
  queryFn: async () => (await api<{ items: ReplyTemplate[] }>('/api/support/modeles')).items,
  staleTime: 5 * 60_000,
});
export const useTemplates = (enabled: boolean) => useQuery({ ...templatesQuery, enabled });

export const agentsQuery = queryOptions({
  queryKey: ['help', 'agents'],
  queryFn: async () => (await api<{ items: SupportAgent[] }>('/api/support/agents')).items,
  staleTime: 5 * 60_000,
});
export const useAgents = (enabled: boolean) => useQuery({ ...agentsQuery, enabled });
