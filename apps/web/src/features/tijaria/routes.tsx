// TijarIA's pages (guide, section V): the assistant /aide/tijaria, its history
// /aide/tijaria/historique and the user guide /aide/guide that answers cite section by section.
// They sit in the portal shell (sidebar, header) but at the guide's /aide addresses, so each
// group is a layout route rendering the shell, signed in like /portail.
import type { QueryClient } from '@tanstack/react-query';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { FeatureRoutesFactory } from '../../app/feature-routes';
import { sessionQuery } from '../../app/session';
import { ApiError } from '../../lib/api';
import { validateChatSearch } from './search';

async function requireSession(queryClient: QueryClient, href: string): Promise<void> {
  try {
    await queryClient.ensureQueryData(sessionQuery);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      window.location.assign(`/api/auth/login?returnTo=${encodeURIComponent(href)}`);
      return new Promise<never>(() => {});
    }
    throw e;
  }
}

// The portal shell, in its own chunk (as for /portail).
const portalLayout = lazyRouteComponent(() => import('../../app/shell/PortalLayout'), 'PortalLayout');

export const routes: FeatureRoutesFactory = ({ root }) => {
  const tijaria = createRoute({
    getParentRoute: () => root,
    path: '/aide/tijaria',
    component: portalLayout,
    beforeLoad: ({ context, location }) =>
      requireSession((context as { queryClient: QueryClient }).queryClient, location.href),
  });
  const guide = createRoute({
    getParentRoute: () => root,
    path: '/aide/guide',
    component: portalLayout,
    beforeLoad: ({ context, location }) =>
      requireSession((context as { queryClient: QueryClient }).queryClient, location.href),
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
