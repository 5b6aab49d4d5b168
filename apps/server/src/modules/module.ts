// What a domain module contributes to the portal. Each module exports one PortalModule from its
// own module.ts; modules/index.ts lists them. Nothing else needs editing to add a capability.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../platform/deps.ts';
import type { OutboxHandler } from '../platform/outbox.ts';

export interface PeriodicJob {
  name: string;
  everyMs: number;
  run(deps: AppDeps): Promise<void>;
}

export interface PortalModule {
  name: string;
  /** Routes, registered in their own encapsulated Fastify scope. */
  routes?: (app: FastifyInstance, deps: AppDeps) => Promise<void>;
  /** Outbox handlers by topic (the topic names are the module's own, prefixed by its name). */
  outboxHandlers?: Record<string, OutboxHandler>;
  periodicJobs?: PeriodicJob[];
  /** Demo data loaded at start in demo mode; must be idempotent. Runs in the order of MODULES. */
  demoSeeder?: (deps: AppDeps) => Promise<void>;
}
