// The client side of bench/lib/http-burst.ts, in a worker thread so that sending and timing the
// requests does not compete with the app for the main thread's event loop. Each request has its own
// keep-alive connection (one device per member), opened and checked beforehand by a GET with the
// same cookie; on 'go', every request is sent at once (or, if `sequential`, one after the other) and
// timed from send to the last body byte.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/** @typedef {{ method: string, path: string, cookie: string, body?: string }} Req */
/** @type {{ host: string, port: number, warmPath: string, requests: Req[], sequential: boolean }} */
const { host, port, warmPath, requests, sequential } = workerData;

const TIMEOUT_MS = 30_000;

/** @param {http.Agent} agent @param {Req} r @returns {Promise<{ status: number, body: string, start: number, end: number }>} */
function send(agent, r) {
  return new Promise((resolve, reject) => {
    const headers = { cookie: r.cookie, accept: 'application/json' };
    if (r.body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(r.body));
    }
    const start = performance.now();
    const req = http.request({ host, port, method: r.method, path: r.path, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          start,
          end: performance.now(),
        }),
      );
      res.on('error', reject);
    });
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error(`${r.method} ${r.path}: timed out`)));
    req.on('error', reject);
    req.end(r.body);
  });
}

const agents = requests.map(() => new http.Agent({ keepAlive: true, maxSockets: 1 }));
try {
  const warm = await Promise.all(
    requests.map((r, i) => send(agents[i], { method: 'GET', path: warmPath, cookie: r.cookie })),
  );
  const bad = warm.find((w) => w.status !== 200);
  if (bad) throw new Error(`warm-up GET ${warmPath}: ${bad.status} ${bad.body.slice(0, 200)}`);
  parentPort.postMessage({ type: 'ready' });
  await new Promise((resolve) => parentPort.once('message', resolve));
  const results = [];
  if (sequential) {
    for (const [i, r] of requests.entries()) results.push(await send(agents[i], r));
  } else {
    results.push(...(await Promise.all(requests.map((r, i) => send(agents[i], r)))));
  }
  const first = Math.min(...results.map((x) => x.start));
  parentPort.postMessage({
    type: 'done',
    results: results.map((x) => ({ status: x.status, body: x.body, ms: x.end - x.start })),
    spanMs: Math.max(...results.map((x) => x.end)) - first,
    sendMs: Math.max(...results.map((x) => x.start)) - first,
  });
} catch (err) {
  parentPort.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
} finally {
  for (const a of agents) a.destroy();
}
