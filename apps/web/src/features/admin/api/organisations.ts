import type { AdminOrganisation } from '@portail/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const organisationsQuery = queryOptions({
  queryKey: ['admin', 'organisations'],
  queryFn: async () =>
    (await api<{ organisations: AdminOrganisation[] }>('/api/admin/organisations')).organisations,
});
