import type { PortalModule } from '../module.ts';
import { adminCatalogueRoutes } from './catalogue-routes.ts';
import { adminRoutes } from './routes.ts';
import { adminUserRoutes } from './users-routes.ts';

export const adminModule: PortalModule = {
  name: 'admin',
  async routes(app, deps) {
    await adminRoutes(app, deps);
    await adminUserRoutes(app, deps);
    await adminCatalogueRoutes(app, deps);
  },
};
