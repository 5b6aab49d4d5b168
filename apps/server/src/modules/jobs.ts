// Background work gathered from the modules, plus the platform's own mail delivery.
import { MAIL_TOPIC, sendMail } from '../platform/mail.ts';
import type { OutboxHandler } from '../platform/outbox.ts';
import { MODULES } from './index.ts';
import type { PeriodicJob } from './module.ts';

export const OUTBOX_HANDLERS: Record<string, OutboxHandler> = Object.assign(
  { [MAIL_TOPIC]: sendMail as OutboxHandler },
  ...MODULES.map((m) => m.outboxHandlers ?? {}),
);

export const PERIODIC_JOBS: PeriodicJob[] = MODULES.flatMap((m) => m.periodicJobs ?? []);
