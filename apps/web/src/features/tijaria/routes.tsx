import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { FeatureRoutesFactory } from '../../app/feature-routes';
import { requireSession } from '../../app/session';
import { validateChatSearch } from './search';

// The portal shell, in its own chunk (as for /portail).
const portalLayout = lazyRouteComponent(() => import('../../app/shell/PortalLayout'), 'PortalLayout');

export const routes: FeatureRoutesFactory = ({ root }) => {
  const tijaria = createRoute({
    getParentRoute: () => root,
    path: '/aide/tijaria',
    component: portalLayout,
    beforeLoad: requireSession,
  });
  const guide = createRoute({
    getParentRoute: () => root,
    path: '/aide/guide',
    component: portalLayout,
    beforeLoad: requireSession,
  });
  return {
    publicRoutes: [
      tijaria.addChildren([
        createRoute({
          getParentRoute: () => tijaria,
          path: '/',
          validateSearch: validateChatSearch,
          component: lazyRouteComponent(() => import('./routes/TijariaPage')),
        }),
        createRoute({
          getParentRoute: () => tijaria,
          path: 'historique',
          component: lazyRouteComponent(() => import('./routes/TijariaHistoryPage')),
        }),
      ]),
      guide.addChildren([
        createRoute({
          getParentRoute: () => guide,
          path: '/',
          component: lazyRouteComponent(() => import('./routes/GuidePage')),
        }),
      ]),
    ],
  };
};
