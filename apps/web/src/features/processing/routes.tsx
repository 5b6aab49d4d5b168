// The public verification page of a decision (/verification/:code, outside the portal shell).
// The dossier actions' dialogs are rendered by the dossier page through its action registry.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { FeatureRoutesFactory } from '../../app/feature-routes';

export const routes: FeatureRoutesFactory = ({ root }) => ({
  publicRoutes: [
    createRoute({
      getParentRoute: () => root,
      path: 'verification/$code',
      component: lazyRouteComponent(() => import('./routes/VerificationPage')),
    }),
  ],
});
