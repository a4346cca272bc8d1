/**
 * A small in-process read cache for hot reads (the session's actor, the conference overview).
 *
 * Correctness rules:
 * - every write request through this process bumps `generation`, which invalidates every entry
 *   at once (coarse, but nothing written here is ever served stale here), and so does every write
 *   of another instance on the same PostgreSQL (its `cache` signal through live/bus.ts, app.ts);
 * - entries may also expire after `ttlMs`, for what changes without any write (the day passing);
 * - writes never rely on the cache: they re-read inside their transaction and check `version`.
 */
export class ReadCache<V> {
  private entries = new Map<string, { value: V; at: number; generation: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 5000,
  ) {}

  get(key: string, generation: number, now = Date.now()): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.generation !== generation || now - e.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  set(key: string, value: V, generation: number, now = Date.now()): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, at: now, generation });
  }
}

/**
 * How long a cached read may live: until the next write generation, on both engines. PGlite is
 * opened by one process only, so every write passes through it; on PostgreSQL the writes of the
 * other instances bump the generation here too (their `cache` signal, app.ts), so no TTL is needed
 * to bound their staleness. (Kept as a function for the callers that name their former TTL.)
 */
export const cacheTtl = (_deps: { engine: 'pglite' | 'postgres' }, _ms: number) => Number.POSITIVE_INFINITY;
