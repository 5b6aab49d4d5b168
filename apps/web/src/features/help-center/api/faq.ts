// GET /api/aide/faq (public, full-text search, in the reader's language), POST /api/aide/faq/:id/avis, admin create/update.
import type { FaqEntry, FaqEntryInput, FaqListResponse } from '@portail/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';

/** The FAQ's languages; any other reader language reads French. */
const faqLang = (lang: string) => (lang === 'ar' || lang === 'en' ? lang : 'fr');

export const faqQuery = (q: string, theme: string | undefined, all: boolean, lang: string) =>
  queryOptions({
    queryKey: ['help', 'faq', q, theme ?? '', all, faqLang(lang)],
    queryFn: () => {
      const p = new URLSearchParams({ lang: faqLang(lang) });
      if (q.trim()) p.set('q', q.trim());
      if (theme) p.set('theme', theme);
      if (all) p.set('all', '1');
      return api<FaqListResponse>(`/api/aide/faq?${p}`);
    },
    placeholderData: (prev) => prev,
    staleTime: 60_000,
  });

/** The FAQ in the reader's language (French where an entry has no translation). */
export function useFaq(q: string, theme?: string, all = false) {
  const { i18n } = useTranslation();
  return useQuery(faqQuery(q, theme, all, i18n.language));
}

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
