import type { PortalModule } from '../module.ts';
import { catalogueRoutes } from './routes.ts';

export const catalogueModule: PortalModule = { name: 'catalogue', routes: catalogueRoutes };
