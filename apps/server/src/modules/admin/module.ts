import type { PortalModule } from '../module.ts';

export const adminModule: PortalModule = { name: 'admin' };
