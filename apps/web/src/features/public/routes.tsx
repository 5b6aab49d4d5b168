import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { FeatureRoutesFactory } from '../../app/feature-routes';

export const routes: FeatureRoutesFactory = ({ root }) => ({
  publicRoutes: [
    createRoute({
      getParentRoute: () => root,
      path: '/',
      component: lazyRouteComponent(() => import('./routes/HomePage')),
    }),
  ],
});
