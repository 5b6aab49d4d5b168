// Background delivery of outbox messages and periodic jobs, started by main.ts.
import type { FastifyBaseLogger } from 'fastify';
import { OUTBOX_HANDLERS, PERIODIC_JOBS } from '../modules/jobs.ts';
import type { AppDeps } from './deps.ts';
import { deliverDue } from './outbox.ts';

export interface Workers {
  stop(): Promise<void>;
}

export function startWorkers(deps: AppDeps, log: FastifyBaseLogger, pollMs = 500): Workers {
  let running = true;
  let current: Promise<unknown> = Promise.resolve();
  const lastRun = new Map<string, number>();

  const tick = async () => {
    try {
      while (running && (await deliverDue(deps, OUTBOX_HANDLERS)) > 0) {
        // keep draining while there is work
      }
      const t = Date.now();
      for (const job of PERIODIC_JOBS) {
        if (!running) break;
        if (t - (lastRun.get(job.name) ?? 0) < job.everyMs) continue;
        lastRun.set(job.name, t);
        await job.run(deps);
      }
    } catch (err) {
      log.error({ err }, 'worker pass failed');
    }
  };

  const timer = setInterval(() => {
    current = current.then(tick);
  }, pollMs);

  return {
    async stop() {
      running = false;
      clearInterval(timer);
      await current;
    },
  };
}
