// Centre d'aide: FAQ, réclamations with the support desk behind them, contact.
import { sql } from '../../db/sql.ts';
import { MINUTE } from '../../platform/clock.ts';
import type { PortalModule } from '../module.ts';
import { seedHelpCenterDemo } from './demo.ts';
import { helpCenterRoutes } from './routes.ts';
import { closeExpiredResolved } from './service.ts';

export const helpCenterModule: PortalModule = {
  name: 'help-center',
  routes: helpCenterRoutes,
  periodicJobs: [
    {
      name: 'help-center.close-resolved',
      everyMs: 10 * MINUTE,
      run: async (deps) => {
        await closeExpiredResolved(deps);
      },
    },
  ],
  demoSeeder: async (deps) => {
    const any = await deps.db.one(sql`SELECT 1 FROM ticket LIMIT 1`);
    if (!any) await seedHelpCenterDemo(deps);
  },
};
