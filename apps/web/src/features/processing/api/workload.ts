// GET /api/processing/workload — the agents of the chef's organisation and their open dossiers.
import type { WorkloadResponse } from '@portail/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const workloadQuery = () =>
  queryOptions({
    queryKey: ['processing', 'workload'],
    queryFn: ({ signal }) => api<WorkloadResponse>('/api/processing/workload', { signal }),
    staleTime: 10_000,
  });

export const useWorkload = (enabled = true) => useQuery({ ...workloadQuery(), enabled });
