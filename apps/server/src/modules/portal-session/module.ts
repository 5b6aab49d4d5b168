import type { PortalModule } from '../module.ts';
import { portalSessionRoutes } from './routes.ts';

export const portalSessionModule: PortalModule = { name: 'portal-session', routes: portalSessionRoutes };
