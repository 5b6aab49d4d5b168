import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { audit } from '../../platform/audit.ts';
import { createTestContext, dbKind, type TestContext } from '../../test/harness.ts';
import { canonicalJson, seal, verify } from './chain.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

async function appendEvents(n: number) {
  for (let i = 0; i < n; i++) {
    await audit(ctx.db, ctx.clock.now(), {
      event: 'dossier.viewed',
      actor: { userId: 1, orgId: 1, label: 'mic.agent', ip: '10.0.0.1' },
      objectType: 'dossier',
      objectId: 1000 + i,
      details: { z: 1, a: [i, 'é'] },
    });
  }
}

describe(`audit hash chain on ${dbKind}`, () => {
  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3] } })).toBe(canonicalJson({ a: { c: [3], d: 2 }, b: 1 }));
  });

  it('seals appended rows in order and verifies an intact chain', async () => {
    await appendEvents(30);
    expect(await seal(ctx.db, 7)).toBe(7);
    while ((await seal(ctx.db, 7)) > 0);
    const report = await verify(ctx.db, 8);
    expect(report).toMatchObject({ checked: 30, ok: true, problems: [], unsealed: 0 });
  });

  it('detects a row altered by hand', async () => {
    await ctx.db.query(sql`UPDATE audit_log SET actor_label = 'quelqu''un d''autre' WHERE chain_seq = 12`);
    const report = await verify(ctx.db);
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/entrée 12 .*contenu modifié/);
  });

  it('detects a deleted row', async () => {
    await ctx.db.query(sql`DELETE FROM audit_log WHERE chain_seq = 20`);
    const report = await verify(ctx.db);
    expect(report.problems.join('\n')).toMatch(/entrées 20 à 20 absentes/);
    expect(report.problems.join('\n')).toMatch(/entrée 21 .*lien rompu/);
  });

  it('keeps sealing after the current head', async () => {
    await appendEvents(3);
    expect(await seal(ctx.db)).toBe(3);
    const last = await ctx.db.one<{ m: number }>(sql`SELECT max(chain_seq)::int AS m FROM audit_log`);
    expect(last!.m).toBe(33);
  });
});
