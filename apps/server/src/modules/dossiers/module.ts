import type { PortalModule } from '../module.ts';

export const dossiersModule: PortalModule = { name: 'dossiers' };
