// Centre d'aide pages. /aide/* lives outside the portal shell because « Besoin d'aide ? » is also on
// public pages: the FAQ and Contactez-nous are public; the réclamations need a session (without
// one, sign in through Portnet ID and come back). The support desk is inside the portal.

import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { FeatureRoutesFactory } from '../../app/feature-routes';
import { requireSession } from '../../app/session';

const str = (v: unknown, max = 100) =>
  typeof v === 'string' && v.trim() !== '' ? v.slice(0, max) : undefined;
const oneOf = <T extends string>(v: unknown, allowed: readonly T[]) =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
const page = (v: unknown) => {
  const n = Number(v);
  return Number.isInteger(n) && n > 1 && n <= 10_000 ? n : undefined;
};
const STATUS = ['nouvelle', 'en_cours', 'en_attente', 'resolue', 'cloturee'] as const;
const TYPE = ['reclamation', 'information', 'incident', 'suggestion', 'contact'] as const;

const ticketSearch = (s: Record<string, unknown>) => ({
  statut: oneOf(s.statut, STATUS),
  type: oneOf(s.type, TYPE),
  q: str(s.q),
  page: page(s.page),
});

export const routes: FeatureRoutesFactory = ({ root, portal }) => {
  const layout = createRoute({
    getParentRoute: () => root,
    path: 'aide',
    component: lazyRouteComponent(() => import('./components/HelpLayout')),
  });
  const faq = createRoute({
    getParentRoute: () => layout,
    path: 'faq',
    validateSearch: (s: Record<string, unknown>) => ({ q: str(s.q, 200), theme: str(s.theme, 40) }),
    component: lazyRouteComponent(() => import('./routes/FaqPage')),
  });
  const contact = createRoute({
    getParentRoute: () => layout,
    path: 'contact',
    component: lazyRouteComponent(() => import('./routes/ContactPage')),
  });
  const myTickets = createRoute({
    getParentRoute: () => layout,
    path: 'reclamations',
    beforeLoad: requireSession,
    validateSearch: (s: Record<string, unknown>) => ({
      ...ticketSearch(s),
      portee: oneOf(s.portee, ['organisation'] as const),
    }),
    component: lazyRouteComponent(() => import('./routes/MyTicketsPage')),
  });
  const newTicket = createRoute({
    getParentRoute: () => layout,
    path: 'reclamations/nouvelle',
    beforeLoad: requireSession,
    // Pre-filled when another page (TijarIA « Créer une réclamation ») hands the user over.
    validateSearch: (s: Record<string, unknown>) => ({
      type: oneOf(s.type, TYPE),
      subject: str(s.subject, 150),
      description: str(s.description, 4000),
    }),
    component: lazyRouteComponent(() => import('./routes/NewTicketPage')),
  });
  const ticket = createRoute({
    getParentRoute: () => layout,
    path: 'reclamations/$reference',
    beforeLoad: requireSession,
    component: lazyRouteComponent(() => import('./routes/TicketPage')),
  });

  const desk = createRoute({
    getParentRoute: () => portal,
    path: 'support',
    validateSearch: (s: Record<string, unknown>) => ({
      ...ticketSearch(s),
      affectation: oneOf(s.affectation, ['me', 'none'] as const),
      retard: oneOf(s.retard, ['1'] as const),
    }),
    component: lazyRouteComponent(() => import('./routes/SupportQueuePage')),
  });
  const deskTicket = createRoute({
    getParentRoute: () => portal,
    path: 'support/reclamations/$reference',
    component: lazyRouteComponent(() => import('./routes/SupportTicketPage')),
  });
  const faqAdmin = createRoute({
    getParentRoute: () => portal,
    path: 'support/faq',
    component: lazyRouteComponent(() => import('./routes/FaqAdminPage')),
  });

  return {
    publicRoutes: [layout.addChildren([faq, contact, myTickets, newTicket, ticket])],
    portalRoutes: [desk, deskTicket, faqAdmin],
  };
};
