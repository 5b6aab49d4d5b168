import type { PortalModule } from '../module.ts';

export const catalogueModule: PortalModule = { name: 'catalogue' };
