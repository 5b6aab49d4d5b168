// GET /api/notifications (the bell, polled) and POST /api/notifications/read.
import type { NotificationsResponse } from '@portail/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const notificationsQuery = () =>
  queryOptions({
    queryKey: ['processing', 'notifications'],
    queryFn: ({ signal }) => api<NotificationsResponse>('/api/notifications', { signal }),
    refetchInterval: 30_000,
    staleTime: 10_000,
  });

export const useNotifications = () => useQuery(notificationsQuery());

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids?: number[]; all?: boolean }) =>
      api<void>('/api/notifications/read', { method: 'POST', json: body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['processing', 'notifications'] }),
  });
}
