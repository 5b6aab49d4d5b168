// Section IV « Accès à un service »: every procedure's list page (the same page, driven by the
// procedure definition) under /portail/importation/:slug and /portail/exportation/:slug, and the
// dossier page /portail/dossiers/:id. Pages are lazy chunks; only the URL validation is eager.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { FeatureRoutesFactory } from '../../app/feature-routes';
import { validateListSearch } from './search';

export const routes: FeatureRoutesFactory = ({ portal }) => {
  const listPage = lazyRouteComponent(() => import('./routes/DossierListPage'));
  const listRoute = (section: 'importation' | 'exportation') =>
    createRoute({
      getParentRoute: () => portal,
      path: `${section}/$slug`,
      validateSearch: validateListSearch,
      component: listPage,
    });
  return {
    portalRoutes: [
      listRoute('importation'),
      listRoute('exportation'),
      createRoute({
        getParentRoute: () => portal,
        path: 'dossiers/$id',
        component: lazyRouteComponent(() => import('./routes/DossierPage')),
      }),
    ],
  };
};
