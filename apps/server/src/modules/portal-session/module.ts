import type { PortalModule } from '../module.ts';
import { preferencesRoutes } from './preferences.ts';
import { portalSessionRoutes } from './routes.ts';

export const portalSessionModule: PortalModule = {
  name: 'portal-session',
  async routes(app, deps) {
    await portalSessionRoutes(app, deps);
    await preferencesRoutes(app, deps);
  },
};
