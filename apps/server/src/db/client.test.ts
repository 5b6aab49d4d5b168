// The write epoch per-process caches rely on (ADR 0004), on the driver under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, dbKind } from '../test/harness.ts';
import { sql } from './sql.ts';

let t: Awaited<ReturnType<typeof createTestContext>>;
beforeAll(async () => {
  t = await createTestContext();
  await t.db.query(sql`CREATE TABLE epoch_probe (n int)`);
});
afterAll(async () => t.close());

describe(`Db.writeEpoch (${dbKind})`, () => {
  it('stays put on reads and moves after each write', async () => {
    const e0 = t.db.writeEpoch();
    await t.db.query(sql`SELECT count(*) FROM epoch_probe`);
    await t.db.one(sql`  select 1`);
    expect(t.db.writeEpoch()).toBe(e0);
    await t.db.query(sql`INSERT INTO epoch_probe VALUES (1)`);
    expect(t.db.writeEpoch()).toBe(e0 + 1);
    // A WITH statement may write: counted as a write.
    await t.db.query(sql`WITH x AS (UPDATE epoch_probe SET n = 2 RETURNING n) SELECT * FROM x`);
    expect(t.db.writeEpoch()).toBe(e0 + 2);
  });

  it('moves once a transaction ends, not while it runs', async () => {
    const e0 = t.db.writeEpoch();
    await t.db.transaction(async (tx) => {
      await tx.query(sql`INSERT INTO epoch_probe VALUES (3)`);
      await tx.query(sql`INSERT INTO epoch_probe VALUES (4)`);
      expect(t.db.writeEpoch()).toBe(e0);
    });
    expect(t.db.writeEpoch()).toBe(e0 + 1);
    await expect(
      t.db.transaction(async (tx) => {
        await tx.query(sql`INSERT INTO epoch_probe VALUES (5)`);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(t.db.writeEpoch()).toBe(e0 + 2);
  });

  it('leaves the epoch alone for a write declared cache-neutral', async () => {
    const e0 = t.db.writeEpoch();
    await t.db.query(sql`UPDATE epoch_probe SET n = n + 1`, { cacheNeutral: true });
    expect(t.db.writeEpoch()).toBe(e0);
  });
});
