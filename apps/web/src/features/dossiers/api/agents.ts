// GET /api/processing/workload (chef de service) — only to name the agent of the dashboard's
// « agent » link filter; anyone else sees the agent's number.
import type { WorkloadResponse } from '@portail/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function useAgentName(id: string | undefined, enabled: boolean): string | undefined {
  const q = useQuery({
    queryKey: ['processing', 'workload'],
    queryFn: ({ signal }) => api<WorkloadResponse>('/api/processing/workload', { signal }),
    staleTime: 10_000,
    enabled: enabled && !!id,
  });
  return q.data?.agents.find((a) => String(a.id) === id)?.displayName;
}
