// GET /api/aide/faq (public, full-text search), POST /api/aide/faq/:id/avis, admin create/update.
import type { FaqEntry, FaqEntryInput, FaqListResponse } from '@portail/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const faqQuery = (q: string, theme: string | undefined, all = false) =>
  queryOptions({
    queryKey: ['help', 'faq', q, theme ?? '', all],
    queryFn: () => {
      const p = new URLSearchParams();
      if (q.trim()) p.set('q', q.trim());
      if (theme) p.set('theme', theme);
      if (all) p.set('all', '1');
      return api<FaqListResponse>(`/api/aide/faq?${p}`);
    },
    placeholderData: (prev) => prev,
    staleTime: 60_000,
  });

export const useFaq = (q: string, theme?: string, all = false) => useQuery(faqQuery(q, theme, all));

export const useFaqFeedback = () =>
  useMutation({
    mutationFn: ({ id, helpful }: { id: number; helpful: boolean }) =>
      api<FaqEntry>(`/api/aide/faq/${id}/avis`, { method: 'POST', json: { helpful } }),
  });

export function useSaveFaqEntry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: FaqEntryInput }) =>
      api<FaqEntry>(id === null ? '/api/aide/faq' : `/api/aide/faq/${id}`, {
        method: id === null ? 'POST' : 'PUT',
        json: input,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['help', 'faq'] }),
  });
}
