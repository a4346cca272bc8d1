// Wrappers of the nationwide bench's worker threads: the open-loop load generator
// (open-loop-worker.mjs) and the reception phones' event streams (sse-nation-worker.mjs).
import { Worker } from 'node:worker_threads';

export type Target = { host: string; port: number };
export type ScheduledPost = { t: number; target: number; path: string; cookie: string; body: string };
export type PostResult = {
  status: number;
  body: string;
  err: string | null;
  /** failed on an instance that was killed (in flight, or the connection that found it gone) */
  killed: boolean;
  /** the instance that got it (after failover) */
  target: number;
  /** scheduled send → last byte */
  ms: number;
  /** scheduled send → actual send (the generator's own lag) */
  lag: number;
  /** when it was sent (performance.timeOrigin + now: comparable across threads) */
  sent: number;
};

export const targetOf = (base: string): Target => {
  const u = new URL(base);
  return { host: u.hostname, port: Number(u.port) };
};

/** Sends `requests` on their schedule; `onStart` runs when the schedule starts (t = 0). */
export function openLoop(
  targets: Target[],
  requests: ScheduledPost[],
  opts: { failover?: boolean; onStart?: () => void } = {},
): Promise<PostResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./open-loop-worker.mjs', import.meta.url), {
      workerData: { targets, requests, failover: !!opts.failover },
    });
    worker.on('message', (m) => {
      if (m.type === 'ready') {
        worker.postMessage('go');
        opts.onStart?.();
      } else if (m.type === 'done') {
        void worker.terminate();
        resolve(m.results);
      }
    });
    worker.on('error', reject);
  });
}

export type Listener = { conf: string; cookie: string; target: number };
export type ListenerState = {
  conf: string;
  target: number;
  events: { delegateId: string; at: number; id: string | null }[];
  lastId: string | null;
  reconnects: number;
  ready: boolean;
  errors: string[];
};

/** Opens the streams; resolves when every one has said `: ready` (or rejects after `timeoutMs`). */
export async function listen(targets: Target[], listeners: Listener[], timeoutMs = 60_000) {
  const worker = new Worker(new URL('./sse-nation-worker.mjs', import.meta.url), {
    workerData: { targets, listeners },
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`SSE: not all ready in ${timeoutMs} ms`)), timeoutMs);
    worker.once('message', (m) => {
      clearTimeout(timer);
      if (m.type === 'ready') resolve();
      else reject(new Error(JSON.stringify(m).slice(0, 300)));
    });
    worker.once('error', reject);
  });
  const ask = <T>(what: string, type: string) =>
    new Promise<T>((resolve) => {
      const on = (m: { type: string } & T) => {
        if (m.type !== type) return;
        worker.off('message', on);
        resolve(m);
      };
      worker.on('message', on);
      worker.postMessage(what);
    });
  return {
    report: async () => (await ask<{ listeners: ListenerState[] }>('report', 'report')).listeners,
    stop: async () => {
      await ask('stop', 'stopped');
      await worker.terminate();
    },
  };
}
