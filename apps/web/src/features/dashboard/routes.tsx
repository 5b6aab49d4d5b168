import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { FeatureRoutesFactory } from '../../app/feature-routes';

export const routes: FeatureRoutesFactory = ({ portal }) => ({
  portalRoutes: [
    createRoute({
      getParentRoute: () => portal,
      path: 'tableau-de-bord',
      component: lazyRouteComponent(() => import('./routes/DashboardPage')),
    }),
  ],
});
