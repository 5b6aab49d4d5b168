import type { PortalModule } from '../module.ts';

export const tijariaModule: PortalModule = { name: 'tijaria' };
