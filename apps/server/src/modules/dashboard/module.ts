import type { PortalModule } from '../module.ts';

export const dashboardModule: PortalModule = { name: 'dashboard' };
