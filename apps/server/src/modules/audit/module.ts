import type { PortalModule } from '../module.ts';
import { seal } from './chain.ts';

export const auditModule: PortalModule = {
  name: 'audit',
  periodicJobs: [
    {
      name: 'audit.seal',
      everyMs: 5_000,
      async run(deps) {
        while ((await seal(deps.db)) > 0) {
          // seal everything pending, a batch at a time
        }
      },
    },
  ],
};
