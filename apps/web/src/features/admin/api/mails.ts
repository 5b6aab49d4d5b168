import type { MailPage } from '@portail/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const mailsQuery = (to: string) =>
  infiniteQueryOptions({
    queryKey: ['admin', 'mails', to],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams();
      if (to) params.set('to', to);
      if (pageParam) params.set('cursor', String(pageParam));
      return api<MailPage>(`/api/admin/mails?${params}`);
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
