// Shared by TijarIA's tests and its bench: dossiers written directly (the intake and processing
// use cases are other modules'), and a reader for the Server-Sent Events of an answer.
import type { TijariaSource } from '@portail/contracts';
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { catalogueFor } from '../catalogue/service.ts';

let operatorId: number | null = null;

export async function seedDossier(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  d: {
    reference: string;
    procedure: string;
    state: string;
    slaDueAt?: Date | null;
    assigneeUserId?: number;
    submittedAt?: Date;
  },
): Promise<number> {
  const db: Db = deps.db;
  const cat = await catalogueFor(deps);
  const p = cat.byCode.get(d.procedure);
  if (!p) throw new Error(`procédure ${d.procedure} inconnue`);
  const now = deps.clock.now();
  if (operatorId === null || !(await db.one(sql`SELECT 1 FROM operator WHERE id = ${operatorId}`))) {
    const row = await db.one<{ id: number }>(sql`
      INSERT INTO operator (ice, raison_sociale, created_at) VALUES ('001525879000047', 'Atlas Import SARL', ${now})
      ON CONFLICT (ice) DO UPDATE SET raison_sociale = EXCLUDED.raison_sociale RETURNING id`);
    operatorId = Number(row?.id);
  }
  const submitted = d.submittedAt ?? now;
  const row = await db.one<{ id: number }>(sql`
    INSERT INTO dossier (reference, procedure_code, procedure_version, owner_org_id, operator_id, importer_name, importer_ice,
                         state, state_changed_at, submitted_at, sla_due_at, assignee_user_id, created_at, updated_at, channel)
    VALUES (${d.reference}, ${p.code}, ${p.version}, ${p.ownerOrgId}, ${operatorId}, 'Atlas Import SARL', '001525879000047',
            ${d.state}, ${submitted}, ${submitted}, ${d.slaDueAt ?? null}, ${d.assigneeUserId ?? null}, ${now}, ${now}, 'demo')
    RETURNING id`);
  return Number(row?.id);
}

export interface ParsedAnswer {
  events: { event: string; data: Record<string, unknown> }[];
  text: string;
  conversationId: number;
  messageId: number;
  status: string;
  mode: string;
  sources: TijariaSource[];
  reclamationUrl: string | null;
}

/** Reads a text/event-stream body into its events and the answer they build. */
export function parseAnswer(body: string): ParsedAnswer {
  const events = body
    .split('\n\n')
    .filter((b) => b.trim())
    .map((block) => {
      const event = /^event: (.+)$/m.exec(block)?.[1] ?? '';
      const data = JSON.parse(/^data: (.+)$/m.exec(block)?.[1] ?? '{}');
      return { event, data };
    });
  let text = '';
  for (const e of events) {
    if (e.event === 'delta') text += e.data.text as string;
    if (e.event === 'reset') text = '';
  }
  const start = events.find((e) => e.event === 'start')?.data ?? {};
  const end = events.find((e) => e.event === 'end')?.data ?? {};
  return {
    events,
    text,
    conversationId: Number(start.conversationId),
    messageId: Number(end.messageId),
    status: String(end.status),
    mode: String(end.mode),
    sources: (end.sources as TijariaSource[]) ?? [],
    reclamationUrl: (end.reclamationUrl as string | null) ?? null,
  };
}
