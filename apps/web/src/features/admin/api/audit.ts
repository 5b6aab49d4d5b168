import type { AuditPage } from '@portail/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export interface AuditFilters {
  q?: string;
  event?: string;
  outcome?: 'success' | 'failure' | 'denied';
  from?: string;
  to?: string;
}

export const auditQuery = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ['admin', 'audit', filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
      if (pageParam) params.set('cursor', String(pageParam));
      return api<AuditPage>(`/api/admin/audit?${params}`);
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
