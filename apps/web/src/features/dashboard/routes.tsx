import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { FeatureRoutesFactory } from '../../app/feature-routes';
import { validateDashboardSearch } from './search';

export const routes: FeatureRoutesFactory = ({ portal }) => ({
  portalRoutes: [
    createRoute({
      getParentRoute: () => portal,
      path: 'tableau-de-bord',
      validateSearch: validateDashboardSearch,
      // The page, its charts (recharts) and their helpers are one lazy chunk: the sign-in page
      // never loads them.
      component: lazyRouteComponent(() => import('./routes/DashboardPage')),
    }),
  ],
});
