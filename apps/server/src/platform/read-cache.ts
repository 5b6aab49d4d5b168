// Per-process read caches that stay exact for this process and nearly so across instances
// (ADR 0004). An entry holds while the database handle's write epoch has not moved — every write
// committed through this process moves it — and for at most `maxAgeMs` of real time, the bound on
// how late a write made by another instance can be seen.
import type { Db } from '../db/client.ts';

interface Entry<V> {
  value: V;
  epoch: number;
  at: number;
}

export class ReadCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly inflight = new Map<string, { value: Promise<V>; epoch: number }>();
  private readonly db: Db;
  private readonly maxAgeMs: number;
  private readonly maxEntries: number;
  hits = 0;
  misses = 0;

  constructor(db: Db, maxAgeMs: number, maxEntries = 1000) {
    this.db = db;
    this.maxAgeMs = maxAgeMs;
    this.maxEntries = maxEntries;
  }

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (e && e.epoch === this.db.writeEpoch() && performance.now() - e.at < this.maxAgeMs) {
      this.hits++;
      return e.value;
    }
    if (e) this.entries.delete(key);
    this.misses++;
    return undefined;
  }

  /**
   * `epoch` is writeEpoch() as read BEFORE the value was read from the database: if a write
   * committed in between, the value may predate it and is not kept.
   */
  set(key: string, value: V, epoch: number): void {
    if (this.maxAgeMs === 0 || epoch !== this.db.writeEpoch()) return;
    this.entries.delete(key);
    this.entries.set(key, { value, epoch, at: performance.now() });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /**
   * Reads through the cache. Callers that miss while a read of the same key is already running at
   * the same write epoch wait for that read instead of starting their own: when an entry expires
   * under 20 concurrent requests, the database computes the total once, not 20 times. The shared
   * value is no older than the bound the cache already allows (and a write made through this
   * process in the meantime moves the epoch, so later callers read again).
   */
  through(key: string, load: () => Promise<V>): Promise<V> {
    const cached = this.get(key);
    if (cached !== undefined) return Promise.resolve(cached);
    const epoch = this.db.writeEpoch();
    if (this.maxAgeMs === 0) return load();
    const running = this.inflight.get(key);
    if (running && running.epoch === epoch) return running.value;
    const value = load().then((v) => {
      this.set(key, v, epoch);
      return v;
    });
    const entry = { value, epoch };
    this.inflight.set(key, entry);
    const forget = () => {
      if (this.inflight.get(key) === entry) this.inflight.delete(key);
    };
    value.then(forget, forget);
    return value;
  }
}

/** One cache per database handle and purpose, created on first use. */
export function readCacheFor<V>(
  registry: WeakMap<Db, ReadCache<V>>,
  db: Db,
  maxAgeMs: number,
  maxEntries?: number,
): ReadCache<V> {
  let cache = registry.get(db);
  if (!cache) {
    cache = new ReadCache<V>(db, maxAgeMs, maxEntries);
    registry.set(db, cache);
  }
  return cache;
}
