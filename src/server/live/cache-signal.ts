// Bộ nhớ đệm giữa các máy chủ: the read caches of every instance (read-cache.ts) are dropped by
// every write, wherever it was made. A write bumps this instance's generations and tells the
// others with a `cache` signal on the live bus; an instance hearing another's signal bumps the
// same generations; after the bus lost its LISTEN connection (signals may have been missed) both
// are bumped. The writer answers only when its own signal has come back through PostgreSQL (at
// most SIGNAL_WAIT_MS): the other instances have then been sent it too, so a logout on one
// instance refuses the session on the others at once.
import type { LiveBus } from './bus';

export const CACHE_SIGNAL = 'cache';
/** How long a write's answer waits at most for its signal to come back. */
export const SIGNAL_WAIT_MS = 500;

type CacheSignalData = { actor: boolean; n: number };

/**
 * Listens to the other instances' writes (`bump(actor)`: drop the read caches, and the session →
 * actor cache too when `actor`); answers `announce`, which tells them of a write made here.
 * `enabled` false (PGlite: one process holds the database) makes `announce` a no-op.
 */
export function crossInstanceCaches(live: LiveBus, bump: (actor: boolean) => void, enabled: boolean) {
  let sequence = 0;
  const waiting = new Map<number, () => void>();
  live.onSignal(CACHE_SIGNAL, (s) => {
    const data = s.data as Partial<CacheSignalData> | undefined;
    if (s.from === live.instanceId) {
      const n = Number(data?.n);
      waiting.get(n)?.();
      waiting.delete(n);
      return;
    }
    bump(data?.actor !== false);
  });
  live.onGap(() => bump(true));

  return async function announce(actor: boolean): Promise<void> {
    if (!enabled) return;
    const n = ++sequence;
    let timer: NodeJS.Timeout | undefined;
    const back = new Promise<void>((resolve) => {
      waiting.set(n, resolve);
      timer = setTimeout(resolve, SIGNAL_WAIT_MS);
    });
    try {
      const data: CacheSignalData = { actor, n };
      await live.signal(CACHE_SIGNAL, data);
      await back;
    } catch {
      // the database did not take the signal: the write itself answers its own outcome
    } finally {
      clearTimeout(timer);
      waiting.delete(n);
    }
  };
}
