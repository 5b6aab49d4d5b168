import { MINUTE } from '../../platform/clock.ts';
import type { PortalModule } from '../module.ts';
import { purgeExpiredOidcPayloads } from './oidc-adapter.ts';
import { identityRoutes } from './routes.ts';

export const identityModule: PortalModule = {
  name: 'identity',
  routes: identityRoutes,
  periodicJobs: [
    {
      name: 'identity.purge-expired',
      everyMs: 15 * MINUTE,
      run: (deps) => purgeExpiredOidcPayloads(deps.db, deps.clock.now()),
    },
  ],
};
