/**
 * A small in-process read cache for hot reads (the session's actor, the conference overview).
 *
 * Correctness rules:
 * - every successful write request through this process bumps `generation`, which invalidates
 *   every entry at once (coarse, but nothing written here is ever served stale here);
 * - entries also expire after `ttlMs`, which bounds how long a write made by *another* instance
 *   on the same PostgreSQL can stay unseen by this one (documented in ARCHITECTURE.md);
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
 * How long a cached read may live. PGlite is opened by one process only, so every write passes
 * through this process and the write generation alone keeps caches exact; with PostgreSQL other
 * instances may write, so entries also expire after `ms`.
 */
export const cacheTtl = (deps: { engine: 'pglite' | 'postgres' }, ms: number) =>
  deps.engine === 'pglite' ? Number.POSITIVE_INFINITY : ms;
