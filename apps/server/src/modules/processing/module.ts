import type { PortalModule } from '../module.ts';

export const processingModule: PortalModule = { name: 'processing' };
