// GET /api/aide/services (« Service concerné ») and GET /api/aide/fichiers/regles (upload rules).
import type { TicketService, UploadInfo } from '@portail/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const servicesQuery = queryOptions({
  queryKey: ['help', 'services'],
  queryFn: async () => (await api<{ services: TicketService[] }>('/api/aide/services')).services,
  staleTime: 10 * 60_000,
});
export const useServices = () => useQuery(servicesQuery);

export const uploadRulesQuery = queryOptions({
  queryKey: ['help', 'upload-rules'],
  queryFn: () => api<UploadInfo>('/api/aide/fichiers/regles'),
  staleTime: 10 * 60_000,
});
export const useUploadRules = () => useQuery(uploadRulesQuery);
