// The module registry, in dependency order (demo seeders run in this order).
import { adminModule } from './admin/module.ts';
import { auditModule } from './audit/module.ts';
import { catalogueModule } from './catalogue/module.ts';
import { dashboardModule } from './dashboard/module.ts';
import { dossiersModule } from './dossiers/module.ts';
import { healthModule } from './health/module.ts';
import { helpCenterModule } from './help-center/module.ts';
import { identityModule } from './identity/module.ts';
import type { PortalModule } from './module.ts';
import { portalSessionModule } from './portal-session/module.ts';
import { processingModule } from './processing/module.ts';
import { tijariaModule } from './tijaria/module.ts';

export const MODULES: PortalModule[] = [
  healthModule,
  auditModule,
  identityModule,
  portalSessionModule,
  catalogueModule,
  dossiersModule,
  processingModule,
  dashboardModule,
  helpCenterModule,
  tijariaModule,
  adminModule,
];
