// Dossiers: the list and dossier pages (portal session) and the intake API for operator systems
// (OAuth2 client credentials), plus state-change webhooks delivered through the outbox.
import type { OutboxHandler } from '../../platform/outbox.ts';
import type { PortalModule } from '../module.ts';
import { seedDemoDossiers } from './demo.ts';
import { intakeRoutes } from './intake-routes.ts';
import { dossierPortalRoutes } from './routes.ts';
import { deliverWebhook, WEBHOOK_TOPIC } from './webhooks.ts';

export const dossiersModule: PortalModule = {
  name: 'dossiers',
  routes: async (app, deps) => {
    await dossierPortalRoutes(app, deps);
    await app.register(async (scope) => intakeRoutes(scope, deps));
  },
  outboxHandlers: { [WEBHOOK_TOPIC]: deliverWebhook as OutboxHandler },
  demoSeeder: seedDemoDossiers,
};

export { enqueueStateChangeWebhook } from './webhooks.ts';
