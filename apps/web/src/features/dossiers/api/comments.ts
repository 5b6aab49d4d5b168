// POST /api/dossiers/:id/comments — an internal comment, visible to the organisation's agents only.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const addComment = (id: number, body: string) =>
  api<unknown>(`/api/dossiers/${id}/comments`, { method: 'POST', json: { body } });

export function useAddComment(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => addComment(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['dossiers', 'detail', id] }),
  });
}
