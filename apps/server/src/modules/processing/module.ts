// Processing of dossiers (issue 5): actions, decisions, customs transmission, notifications.
import { HOUR } from '../../platform/clock.ts';
import type { OutboxHandler } from '../../platform/outbox.ts';
import { setDossierActionsProvider } from '../dossiers/policy.ts';
import type { PortalModule } from '../module.ts';
import { deliverToCustoms } from './customs.ts';
import { processingRoutes } from './routes.ts';
import { CUSTOMS_TOPIC, dossierActionsFor, notifySlaNearBreach } from './service.ts';

// The dossier page's `actions` come from this module's policy (one statement per page).
setDossierActionsProvider(dossierActionsFor);

export const processingModule: PortalModule = {
  name: 'processing',
  routes: processingRoutes,
  outboxHandlers: { [CUSTOMS_TOPIC]: deliverToCustoms as OutboxHandler },
  periodicJobs: [
    {
      name: 'processing.sla-near-breach',
      everyMs: HOUR / 4,
      async run(deps) {
        await notifySlaNearBreach(deps);
      },
    },
  ],
};
