// Bộ nhớ đệm giữa các máy chủ: the read caches of every instance (read-cache.ts) are dropped by
// every write, wherever it was made. A write bumps this instance's generations and tells the
// others with a `cache` signal on the live bus; an instance hearing another's signal bumps the
// same generations and answers with an ack; after the bus lost its LISTEN connection (signals may
// have been missed) both are bumped. The writer answers only when every instance it knows of has
// acked (and its own signal came back), at most SIGNAL_WAIT_MS: so a logout on one instance
// refuses the session on the others at once. Instances know each other by a heartbeat signal
// (a killed one is forgotten after PEER_TTL_MS; until then writes wait their bound for it).
import { randomUUID } from 'node:crypto';
import type { LiveBus } from './bus';

export const CACHE_SIGNAL = 'cache';
/** How long a write's answer waits at most for the other instances' acks. */
export const SIGNAL_WAIT_MS = 500;
const HEARTBEAT_MS = 5000;
const PEER_TTL_MS = 12_000;

/** `app`: the sender (tests run several apps in one process, which share an instance id). */
type Message =
  | { type: 'write'; app: string; n: number; actor: boolean }
  | { type: 'ack'; app: string; to: string; n: number }
  | { type: 'hello'; app: string; reply: boolean };

type Pending = { waitingFor: Set<string>; echoed: boolean; done: () => void };

/**
 * Listens to the other instances' writes (`bump(actor)`: drop the read caches, and the session →
 * actor cache too when `actor`); `announce` tells them of a write made here and resolves once they
 * have heard it. `enabled` false (PGlite: one process holds the database) makes it a no-op.
 */
export function crossInstanceCaches(live: LiveBus, bump: (actor: boolean) => void, enabled: boolean) {
  const self = randomUUID();
  const peers = new Map<string, number>();
  const pending = new Map<number, Pending>();
  let sequence = 0;
  const send = (m: Message) => live.signal(CACHE_SIGNAL, m).catch(() => {});
  const settle = (n: number) => {
    const p = pending.get(n);
    if (p?.echoed && p.waitingFor.size === 0) p.done();
  };

  const stops = [
    live.onSignal(CACHE_SIGNAL, (s) => {
      const m = s.data as Message | undefined;
      if (!m || typeof m !== 'object' || !m.app) return;
      if (m.app === self) {
        if (m.type === 'write' && pending.has(m.n)) {
          pending.get(m.n)!.echoed = true;
          settle(m.n);
        }
        return;
      }
      peers.set(m.app, Date.now());
      if (m.type === 'write') {
        bump(m.actor !== false);
        if (enabled) void send({ type: 'ack', app: self, to: m.app, n: m.n });
      } else if (m.type === 'ack' && m.to === self) {
        pending.get(m.n)?.waitingFor.delete(m.app);
        settle(m.n);
      } else if (m.type === 'hello' && m.reply && enabled) {
        void send({ type: 'hello', app: self, reply: false });
      }
    }),
    live.onGap(() => bump(true)),
  ];
  const heartbeat = enabled
    ? setInterval(() => void send({ type: 'hello', app: self, reply: false }), HEARTBEAT_MS)
    : null;
  heartbeat?.unref();
  if (enabled) void send({ type: 'hello', app: self, reply: true });

  const livePeers = () => {
    const now = Date.now();
    for (const [app, at] of peers) if (now - at > PEER_TTL_MS) peers.delete(app);
    return new Set(peers.keys());
  };

  return {
    async announce(actor: boolean): Promise<void> {
      if (!enabled) return;
      const n = ++sequence;
      let timer: NodeJS.Timeout | undefined;
      const heard = new Promise<void>((resolve) => {
        pending.set(n, { waitingFor: livePeers(), echoed: false, done: resolve });
        timer = setTimeout(resolve, SIGNAL_WAIT_MS);
      });
      try {
        await live.signal(CACHE_SIGNAL, { type: 'write', app: self, n, actor } satisfies Message);
        await heard;
      } catch {
        // the database did not take the signal: the write itself answers its own outcome
      } finally {
        clearTimeout(timer);
        pending.delete(n);
      }
    },
    close() {
      if (heartbeat) clearInterval(heartbeat);
      for (const stop of stops) stop();
    },
  };
}
