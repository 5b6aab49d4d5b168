import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import type { FeatureRoutesFactory } from '../../app/feature-routes';
import { ADMIN_TABS } from './tabs';

export const routes: FeatureRoutesFactory = ({ portal }) => ({
  portalRoutes: [
    createRoute({
      getParentRoute: () => portal,
      path: 'administration',
      validateSearch: z.object({ onglet: z.enum(ADMIN_TABS).catch('utilisateurs') }),
      component: lazyRouteComponent(() => import('./routes/AdminPage')),
    }),
  ],
});
