// TijarIA: the Centre d'aide's assistant. The knowledge base is (re)built when the server is ready
// and refreshed every few minutes (a no-op unless the guide, FAQ or catalogue changed); expired
// conversations are purged by the retention job.
import { HOUR, MINUTE } from '../../platform/clock.ts';
import type { PortalModule } from '../module.ts';
import { ensureKnowledge } from './knowledge.ts';
import { tijariaRoutes } from './routes.ts';
import { purgeExpired } from './service.ts';

export const tijariaModule: PortalModule = {
  name: 'tijaria',
  routes: async (app, deps) => {
    app.addHook('onReady', async () => {
      // Never blocks the portal from starting: without a knowledge base TijarIA still answers
      // live questions and says when it finds nothing; the periodic job retries.
      try {
        await ensureKnowledge(deps);
      } catch (err) {
        app.log.warn({ err }, 'TijarIA : base de connaissances non construite, nouvel essai dans 5 minutes');
      }
    });
    await tijariaRoutes(app, deps);
  },
  periodicJobs: [
    {
      name: 'tijaria.knowledge',
      everyMs: 5 * MINUTE,
      run: async (deps) => void (await ensureKnowledge(deps)),
    },
    { name: 'tijaria.retention', everyMs: HOUR, run: async (deps) => void (await purgeExpired(deps)) },
  ],
};
