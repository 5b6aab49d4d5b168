// « Historique TijarIA »: GET/PATCH/DELETE /api/tijaria/conversations[/:id].
import type { TijariaConversation, TijariaConversationList } from '@portail/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const conversationsQuery = queryOptions({
  queryKey: ['tijaria', 'conversations'],
  queryFn: ({ signal }) => api<TijariaConversationList>('/api/tijaria/conversations', { signal }),
  staleTime: 5_000,
});

export const useConversations = () => useQuery(conversationsQuery);

export const conversationQuery = (id: number) =>
  queryOptions({
    queryKey: ['tijaria', 'conversation', id],
    queryFn: ({ signal }) => api<TijariaConversation>(`/api/tijaria/conversations/${id}`, { signal }),
    retry: false,
  });

export const useConversation = (id: number | undefined) =>
  useQuery({ ...conversationQuery(id ?? 0), enabled: id !== undefined });

export function useRenameConversation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, title }: { id: number; title: string }) =>
      api<void>(`/api/tijaria/conversations/${id}`, { method: 'PATCH', json: { title } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tijaria'] }),
  });
}

export function useDeleteConversation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<void>(`/api/tijaria/conversations/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tijaria'] }),
  });
}
