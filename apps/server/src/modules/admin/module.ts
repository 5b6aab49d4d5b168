import type { PortalModule } from '../module.ts';
import { adminRoutes } from './routes.ts';

export const adminModule: PortalModule = { name: 'admin', routes: adminRoutes };
