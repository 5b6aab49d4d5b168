// ReadCache (ADR 0004): exact against this process's writes, bounded in age against others'.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../db/sql.ts';
import { createTestContext, dbKind } from '../test/harness.ts';
import { ReadCache } from './read-cache.ts';

let t: Awaited<ReturnType<typeof createTestContext>>;
beforeAll(async () => {
  t = await createTestContext();
  await t.db.query(sql`CREATE TABLE cache_probe (n int)`);
  await t.db.query(sql`INSERT INTO cache_probe VALUES (1)`);
});
afterAll(async () => t.close());

const readN = async () => (await t.db.one<{ n: number }>(sql`SELECT n FROM cache_probe`))!.n;

/** readN, counting how many times the cache called it. */
function countingReads() {
  let count = 0;
  const load = async () => {
    count++;
    return readN();
  };
  return { load, loads: () => count };
}

describe(`ReadCache (${dbKind})`, () => {
  it('serves a value again until this process writes, then reads the new one', async () => {
    const cache = new ReadCache<number>(t.db, 60_000);
    const { load, loads } = countingReads();
    expect(await cache.through('n', load)).toBe(1);
    expect(await cache.through('n', load)).toBe(1);
    expect(loads()).toBe(1);
    await t.db.query(sql`UPDATE cache_probe SET n = 2`);
    expect(await cache.through('n', load)).toBe(2);
    expect(loads()).toBe(2);
  });

  it('does not keep a value read while a write committed', async () => {
    const cache = new ReadCache<number>(t.db, 60_000);
    const stale = await cache.through('n', async () => {
      const v = await readN();
      await t.db.query(sql`UPDATE cache_probe SET n = n + 1`); // lands during the "read"
      return v;
    });
    expect(await cache.through('n', readN)).toBe(stale + 1);
  });

  it('forgets a value after maxAgeMs, so a write made by another instance is seen', async () => {
    const cache = new ReadCache<number>(t.db, 30);
    const first = await cache.through('n', readN);
    // cacheNeutral stands for another instance's write: this process's epoch does not move.
    await t.db.query(sql`UPDATE cache_probe SET n = n + 10`, { cacheNeutral: true });
    await new Promise((r) => setTimeout(r, 60));
    expect(await cache.through('n', readN)).toBe(first + 10);
  });

  it('concurrent misses of one key share a single read; a write in between starts a new one', async () => {
    const cache = new ReadCache<number>(t.db, 60_000);
    const { load, loads } = countingReads();
    const together = await Promise.all([
      cache.through('n', load),
      cache.through('n', load),
      cache.through('n', load),
    ]);
    expect(loads()).toBe(1);
    expect(new Set(together).size).toBe(1);

    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const slow = cache.through('m', async () => {
      await load(); // counted as a read
      await gate;
      return -1; // read before the write below: must not be handed to a caller that comes after it
    });
    await t.db.query(sql`UPDATE cache_probe SET n = n + 100`);
    const after = cache.through('m', load);
    release();
    expect(await slow).toBe(-1);
    expect(await after).toBe(together[0] + 100);
    expect(loads()).toBe(3);
  });

  it('a failed read is not kept: the next caller reads again', async () => {
    const cache = new ReadCache<number>(t.db, 60_000);
    await expect(cache.through('e', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.through('e', readN)).toBeGreaterThan(0);
  });

  it('keeps nothing when turned off (READ_CACHE_MS=0)', async () => {
    const cache = new ReadCache<number>(t.db, 0);
    const { load, loads } = countingReads();
    await cache.through('n', load);
    await cache.through('n', load);
    expect(loads()).toBe(2);
  });
});
