import type { PortalModule } from '../module.ts';

export const helpCenterModule: PortalModule = { name: 'help-center' };
