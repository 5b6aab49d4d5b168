import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { FeatureRoutesFactory } from '../../app/feature-routes';
import { ADMIN_TABS, type AdminTab } from './tabs';

// A plain check rather than zod: route definitions are in the first page's JavaScript.
const isTab = (v: unknown): v is AdminTab => (ADMIN_TABS as readonly unknown[]).includes(v);

export const routes: FeatureRoutesFactory = ({ portal }) => ({
  portalRoutes: [
    createRoute({
      getParentRoute: () => portal,
      path: 'administration',
      validateSearch: (search: Record<string, unknown>): { onglet: AdminTab; utilisateur?: number } => {
        // ?utilisateur=<id> opens that user's record (a link one administrator can give another).
        const id = Number(search.utilisateur);
        return {
          onglet: isTab(search.onglet) ? search.onglet : 'utilisateurs',
          ...(Number.isInteger(id) && id > 0 ? { utilisateur: id } : {}),
        };
      },
      component: lazyRouteComponent(() => import('./routes/AdminPage')),
    }),
  ],
});
