// The 02xx migration applies on both engines and the tables the processing and dashboard
// modules build on are there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe('dossiers schema', () => {
  it('creates the dossier tables', async () => {
    for (const table of [
      'procedure',
      'operator',
      'dossier',
      'dossier_goods_line',
      'dossier_document',
      'dossier_opinion',
      'dossier_decision',
      'dossier_event',
      'dossier_comment',
      'numbering_counter',
      'intake_idempotency',
      'operator_api_client',
    ]) {
      const row = await ctx.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`);
      expect(row?.n).toBe(0);
    }
  });
});
