// Many HTTP requests at once, as many devices would send them: each on its own keep-alive
// connection to 127.0.0.1, opened (and its cookie checked) before the burst, sent together from a
// worker thread (bench/lib/http-burst-worker.mjs) and timed each from send to the last body byte.
import { Worker } from 'node:worker_threads';

export type BurstRequest = { method: 'GET' | 'POST' | 'PUT'; path: string; cookie: string; body?: string };
export type BurstResult = { status: number; body: string; ms: number };

const LIMIT_MS = 60_000;

/**
 * Sends `requests` at once to http://host:port and returns, in the same order, each status, body
 * and latency; `spanMs` is first send → last answer, `sendMs` how long sending them all took.
 * `warmPath` (a GET answering 200 for every cookie) opens the connections beforehand. With
 * `sequential`, each request waits for the previous answer (the same connections, no contention).
 */
export function burst(
  address: { host: string; port: number },
  warmPath: string,
  requests: BurstRequest[],
  sequential = false,
): Promise<{ results: BurstResult[]; spanMs: number; sendMs: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./http-burst-worker.mjs', import.meta.url), {
      workerData: { ...address, warmPath, requests, sequential },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`burst: no answer within ${LIMIT_MS / 1000} s`));
    }, LIMIT_MS);
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    worker.on('message', (m) => {
      if (m.type === 'ready') worker.postMessage('go');
      else if (m.type === 'done')
        finish(() => resolve({ results: m.results, spanMs: m.spanMs, sendMs: m.sendMs }));
      else if (m.type === 'error') finish(() => reject(new Error(m.message)));
    });
    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`burst worker exited with ${code}`));
    });
  });
}
