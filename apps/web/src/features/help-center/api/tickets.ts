// Réclamations: GET list / detail, POST create, contact, reply, reopen, rate.
import type {
  ContactInput,
  TicketCreateInput,
  TicketDetail,
  TicketListResponse,
  TicketReplyInput,
} from '@portail/contracts';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export interface TicketListParams {
  status?: string;
  type?: string;
  q?: string;
  page?: number;
  scope?: 'mine' | 'organisation';
  assignee?: 'me' | 'none';
  overdue?: '1';
}

const qs = (p: TicketListParams) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== undefined && v !== '') s.set(k, String(v));
  return s.toString();
};

export const myTicketsQuery = (p: TicketListParams) =>
  queryOptions({
    queryKey: ['help', 'tickets', 'mine', p],
    queryFn: () => api<TicketListResponse>(`/api/aide/reclamations?${qs(p)}`),
    placeholderData: keepPreviousData,
  });
export const useMyTickets = (p: TicketListParams) => useQuery(myTicketsQuery(p));

export const deskQuery = (p: TicketListParams) =>
  queryOptions({
    queryKey: ['help', 'tickets', 'desk', p],
    queryFn: () => api<TicketListResponse>(`/api/support/reclamations?${qs(p)}`),
    placeholderData: keepPreviousData,
  });
export const useDesk = (p: TicketListParams) => useQuery(deskQuery(p));

export const ticketQuery = (reference: string) =>
  queryOptions({
    queryKey: ['help', 'ticket', reference],
    queryFn: () => api<TicketDetail>(`/api/aide/reclamations/${encodeURIComponent(reference)}`),
    retry: false,
  });
export const useTicket = (reference: string) => useQuery(ticketQuery(reference));

export const useCreateTicket = () =>
  useMutation({
    mutationFn: (input: TicketCreateInput) =>
      api<{ reference: string }>('/api/aide/reclamations', { method: 'POST', json: input }),
  });

export const useCreateContact = () =>
  useMutation({
    mutationFn: (input: ContactInput) =>
      api<{ reference: string }>('/api/aide/contact', { method: 'POST', json: input }),
  });

/** Every change on a ticket refreshes the ticket and the lists. */
function useTicketMutation<I>(reference: string, send: (input: I) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['help', 'ticket', reference] });
      await client.invalidateQueries({ queryKey: ['help', 'tickets'] });
    },
  });
}

const base = (reference: string) => `/api/aide/reclamations/${encodeURIComponent(reference)}`;

export const useReply = (reference: string) =>
  useTicketMutation(reference, (input: Partial<TicketReplyInput> & { body: string }) =>
    api(`${base(reference)}/messages`, { method: 'POST', json: input }),
  );

export const useReopen = (reference: string) =>
  useTicketMutation(reference, () => api(`${base(reference)}/reouverture`, { method: 'POST', json: {} }));

export const useRate = (reference: string) =>
  useTicketMutation(reference, (input: { rating: number; comment?: string }) =>
    api(`${base(reference)}/evaluation`, { method: 'POST', json: input }),
  );

export const useChangeStatus = (reference: string) =>
  useTicketMutation(reference, (status: string) =>
    api(`/api/support/reclamations/${encodeURIComponent(reference)}/statut`, {
      method: 'POST',
      json: { status },
    }),
  );

export const useAssign = (reference: string) =>
  useTicketMutation(reference, (assigneeId: number | null) =>
    api(`/api/support/reclamations/${encodeURIComponent(reference)}/affectation`, {
      method: 'POST',
      json: { assigneeId },
    }),
  );
