import { MINUTE } from '../../platform/clock.ts';
import type { PortalModule } from '../module.ts';
import { catalogueRoutes } from './routes.ts';
import { refreshCatalogue } from './service.ts';

export const catalogueModule: PortalModule = {
  name: 'catalogue',
  routes: catalogueRoutes,
  // Another instance may have saved a new version of a procedure (administration console).
  periodicJobs: [{ name: 'catalogue.refresh', everyMs: MINUTE / 2, run: refreshCatalogue }],
};
