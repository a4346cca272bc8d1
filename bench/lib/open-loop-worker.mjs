// An open-loop load generator in a worker thread (bench/lib/open-loop.ts): every request has a
// fixed send time (ms after 'go'), whatever the answers before it — so a slow server meets the
// same arrivals and its queueing shows in the latency, which is measured from the scheduled time
// (not the actual send) to the last body byte. Keep-alive connections per target (instance).
// With `failover`, a target that refuses or drops a connection is marked down (as a reverse proxy's
// health check would) and later requests meant for it go to another target; the requests in
// flight on it when it died are reported with `killed: true`.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ targets: { host: string, port: number }[], requests: { t: number, target: number, path: string, cookie: string, body: string }[], failover: boolean }} */
const { targets, requests, failover } = workerData;
const TIMEOUT_MS = 30_000;
const now = () => performance.timeOrigin + performance.now();
const agents = targets.map(() => new http.Agent({ keepAlive: true, maxSockets: 1024 }));
const down = targets.map(() => false);
const results = new Array(requests.length);
let pending = requests.length;

function send(i, start) {
  const r = requests[i];
  let target = r.target;
  if (down[target]) target = down.findIndex((d) => !d);
  const sentAt = now();
  const { host, port } = targets[target];
  const finish = (status, body, err, killed = false) => {
    results[i] = { status, body, err, killed, target, ms: now() - start, lag: sentAt - start, sent: sentAt };
    if (--pending === 0) parentPort.postMessage({ type: 'done', results });
  };
  const req = http.request(
    {
      host,
      port,
      method: 'POST',
      path: r.path,
      agent: agents[target],
      headers: {
        cookie: r.cookie,
        accept: 'application/json',
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(r.body)),
      },
    },
    (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => finish(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), null));
      res.on('error', (e) => finish(0, '', String(e.message), failover && markDown(target, e)));
    },
  );
  req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timed out')));
  req.on('error', (e) => finish(0, '', String(e.message), failover && markDown(target, e)));
  req.end(r.body);
}

/** A connection refused or reset: the instance is gone. */
function markDown(target, e) {
  if (!/ECONNREFUSED|ECONNRESET|socket hang up|EPIPE/.test(String(e?.code ?? e?.message))) return false;
  down[target] = true;
  return true;
}

parentPort.postMessage({ type: 'ready' });
parentPort.once('message', () => {
  const t0 = now();
  let next = 0;
  const tick = () => {
    const elapsed = now() - t0;
    while (next < requests.length && requests[next].t <= elapsed) {
      send(next, t0 + requests[next].t);
      next++;
    }
    if (next < requests.length) setTimeout(tick, Math.max(0, Math.min(5, requests[next].t - elapsed - 1)));
  };
  if (requests.length === 0) parentPort.postMessage({ type: 'done', results });
  else tick();
});
