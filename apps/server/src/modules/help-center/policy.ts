// Who may see and do what in the Centre d'aide.
// A ticket is visible to its author, to the administrators of the author's organisation, and to
// PORTNET support (agent_support, admin_plateforme). Nobody else learns that it exists (S32).
import type { SessionUser, TicketAction, TicketStatus } from '@portail/contracts';
import { hasRole } from '../../platform/auth.ts';
import { DAY } from '../../platform/clock.ts';

export const isSupport = (user: SessionUser): boolean => hasRole(user, 'agent_support', 'admin_plateforme');
export const canEditFaq = (user: SessionUser): boolean => hasRole(user, 'admin_plateforme');

export interface TicketAccessFacts {
  requester_id: number;
  requester_org_id: number;
  status: TicketStatus;
  resolved_at: Date | null;
  satisfaction_rating: number | null;
}

export function canViewTicket(user: SessionUser, t: TicketAccessFacts): boolean {
  if (isSupport(user)) return true;
  if (t.requester_id === user.id) return true;
  return hasRole(user, 'admin_organisation') && t.requester_org_id === user.organisation.id;
}

const OPEN: TicketStatus[] = ['nouvelle', 'en_cours', 'en_attente'];

/** Where support may move a ticket from its current status. */
export const SUPPORT_TRANSITIONS: Record<TicketStatus, TicketStatus[]> = {
  nouvelle: ['en_cours', 'en_attente', 'resolue'],
  en_cours: ['en_attente', 'resolue'],
  en_attente: ['en_cours', 'resolue'],
  resolue: ['en_cours', 'cloturee'],
  cloturee: [],
};

export const reopenUntil = (t: TicketAccessFacts, reopenDays: number): Date | null =>
  t.status === 'resolue' && t.resolved_at ? new Date(t.resolved_at.getTime() + reopenDays * DAY) : null;

export function ticketActions(
  user: SessionUser,
  t: TicketAccessFacts,
  now: Date,
  reopenDays: number,
): TicketAction[] {
  const actions: TicketAction[] = [];
  const requester = t.requester_id === user.id;
  const support = isSupport(user);
  if ((requester || support) && OPEN.includes(t.status)) actions.push('reply');
  if (requester) {
    const until = reopenUntil(t, reopenDays);
    if (until && now <= until) actions.push('reopen');
    if ((t.status === 'resolue' || t.status === 'cloturee') && t.satisfaction_rating === null)
      actions.push('rate');
  }
  if (support) {
    if (t.status !== 'cloturee') actions.push('internalNote', 'assign');
    if (SUPPORT_TRANSITIONS[t.status].length > 0) actions.push('changeStatus');
  }
  return actions;
}
