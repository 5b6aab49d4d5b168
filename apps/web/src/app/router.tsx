// Code-based routes; each page is its own chunk (lazyRouteComponent) so the sign-in page and the
// dashboard stay small. Each feature declares its pages in features/<name>/routes.tsx; its
// translation file is fetched by its routes' loaders (in parallel with the page's chunk).
import type { QueryClient } from '@tanstack/react-query';
import {
  type AnyRoute,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { routes as admin } from '../features/admin/routes';
import { routes as dashboard } from '../features/dashboard/routes';
import { routes as dossiers } from '../features/dossiers/routes';
import { routes as helpCenter } from '../features/help-center/routes';
import { routes as identity } from '../features/identity/routes';
import { routes as processing } from '../features/processing/routes';
import { routes as publicSite } from '../features/public/routes';
import { routes as tijaria } from '../features/tijaria/routes';
import { loadStrings, type Strings } from '../i18n';
import type { FeatureRoutesFactory } from './feature-routes';
import { requireSession } from './session';
import { HelpTab } from './shell/HelpTab';

/** Each feature's routes and the translation files its pages read. */
const FEATURES: [FeatureRoutesFactory, Strings[]][] = [
  [publicSite, ['public']],
  [identity, ['identity']],
  [dashboard, ['dashboard']],
  // The dossier page's action buttons are named with processing's words.
  [dossiers, ['dossiers', 'processing']],
  [processing, ['processing']],
  [helpCenter, ['help-center']],
  // TijarIA's pages render the portal shell (its notification bell speaks processing's words).
  [tijaria, ['tijaria', 'processing']],
  // The catalogue and reference-data editors' strings are a file of their own.
  [admin, ['admin', 'admin-catalogue']],
];

/** A feature's pages render once its strings are there: every route of it loads them first. */
function withStrings(route: AnyRoute, names: Strings[]): AnyRoute {
  const own = route.options.loader as
    | ((ctx: unknown) => unknown)
    | { handler: (ctx: unknown) => unknown }
    | undefined;
  const handler = typeof own === 'function' ? own : own?.handler;
  const loader = async (ctx: unknown) => {
    await loadStrings(names);
    return handler?.(ctx);
  };
  route.options.loader = typeof own === 'object' ? { ...own, handler: loader } : loader;
  const children: AnyRoute[] | Record<string, AnyRoute> | undefined = route.children;
  for (const child of Array.isArray(children) ? children : Object.values(children ?? {}))
    withStrings(child, names);
  return route;
}

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => (
    <>
      <Outlet />
      <HelpTab />
    </>
  ),
});

/** Everything under /portail needs a portal session; without one, sign in through Portnet ID. */
export const portalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/portail',
  // Its own chunk: the sign-in and public pages do not carry the shell (sidebar, menus, bell).
  component: lazyRouteComponent(() => import('./shell/PortalLayout'), 'PortalLayout'),
  beforeLoad: requireSession,
  // The shell's notification bell (features/processing) is named with processing's words.
  loader: () => loadStrings(['processing']),
});

const portalIndexRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/portail/tableau-de-bord' });
  },
});

const parents = { root: rootRoute, portal: portalRoute };
const features = FEATURES.map(([factory, names]) => {
  const { publicRoutes, portalRoutes } = factory(parents);
  return {
    publicRoutes: publicRoutes?.map((r) => withStrings(r, names)),
    portalRoutes: portalRoutes?.map((r) => withStrings(r, names)),
  };
});
const routeTree = rootRoute.addChildren([
  ...features.flatMap((f) => f.publicRoutes ?? []),
  portalRoute.addChildren([portalIndexRoute, ...features.flatMap((f) => f.portalRoutes ?? [])]),
]);

export function makeRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof makeRouter>;
  }
}
