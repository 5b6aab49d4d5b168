// The public PORTNET site, outside the portal shell: one layout (header, footer) and its pages,
// each its own chunk.
import type { DemoPortal } from '@portail/contracts';
import { createRoute, lazyRouteComponent, notFound } from '@tanstack/react-router';
import type { FeatureRoutesFactory } from '../../app/feature-routes';

// Not imported from the contracts package: that would pull zod into the first page's JavaScript.
const DEMO_PORTALS: readonly DemoPortal[] = ['banques', 'douanes'];

export const routes: FeatureRoutesFactory = ({ root }) => {
  const site = createRoute({
    getParentRoute: () => root,
    id: 'site',
    component: lazyRouteComponent(() => import('./components/PublicLayout')),
  });
  const page = (path: string, load: Parameters<typeof lazyRouteComponent>[0]) =>
    createRoute({ getParentRoute: () => site, path, component: lazyRouteComponent(load) });
  return {
    publicRoutes: [
      site.addChildren([
        page('/', () => import('./routes/HomePage')),
        page('a-propos', () => import('./routes/AboutPage')),
        page('nos-services', () => import('./routes/ServicesPage')),
        page('nos-services/portails-administrations', () => import('./routes/PortalsPage')),
        page('nos-formations', () => import('./routes/TrainingPage')),
        page('actualites', () => import('./routes/NewsPage')),
        page('assistance', () => import('./routes/SupportPage')),
        createRoute({
          getParentRoute: () => site,
          path: 'portails/$portal',
          // Only the registered demo portals; any other name is a 404.
          beforeLoad: ({ params }) => {
            if (!(DEMO_PORTALS as readonly string[]).includes(params.portal)) throw notFound();
          },
          component: lazyRouteComponent(() => import('./routes/DemoPortalPage')),
        }),
      ]),
    ],
  };
};
