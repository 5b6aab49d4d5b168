import type { PortalModule } from '../module.ts';
import { foldDeltas } from './repo.ts';
import { dashboardRoutes } from './routes.ts';

export const dashboardModule: PortalModule = {
  name: 'dashboard',
  routes: dashboardRoutes,
  // Reads are exact without it (they add the pending deltas); folding keeps the pending set small.
  periodicJobs: [
    {
      name: 'dashboard.fold',
      everyMs: 5_000,
      run: (deps) => foldDeltas(deps.db, deps.clock.now()).then(() => {}),
    },
  ],
};
