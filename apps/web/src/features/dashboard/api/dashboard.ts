// GET /api/dashboard — the figures and charts for the filters in the URL.
import type { DashboardResponse } from '@portail/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type DashboardSearch, toQueryString } from '../search';

export const dashboardQuery = (search: DashboardSearch) =>
  queryOptions({
    queryKey: ['dashboard', toQueryString(search)],
    queryFn: ({ signal }) => api<DashboardResponse>(`/api/dashboard?${toQueryString(search)}`, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: (n, e) => n < 1 && (e as { status?: number }).status !== 400,
  });

export const useDashboard = (search: DashboardSearch) => useQuery(dashboardQuery(search));
