import type { PortalModule } from '../module.ts';

export const identityModule: PortalModule = { name: 'identity' };
