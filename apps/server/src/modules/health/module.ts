import type { PortalModule } from '../module.ts';
import { healthRoutes } from './routes.ts';

export const healthModule: PortalModule = { name: 'health', routes: healthRoutes };
