// Reception phones of many conferences listening to GET …/checkin/events (bench/nationwide), in a
// worker thread. Each listener holds one stream to its instance; it records every `event: checkin`
// (delegate id, time received, the `id:` line) and, when its stream ends or fails (the instance was
// killed), reconnects to another instance with the Last-Event-ID header of the last event it got —
// as a browser's EventSource does. Messages in: 'report' → { type: 'report', listeners }.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ targets: { host: string, port: number }[], listeners: { conf: string, cookie: string, target: number }[] }} */
const { targets, listeners } = workerData;
const now = () => performance.timeOrigin + performance.now();
const agents = targets.map(() => new http.Agent({ keepAlive: true, maxSockets: Infinity }));
const state = listeners.map((l) => ({
  conf: l.conf,
  target: l.target,
  events: /** @type {{ delegateId: string, at: number, id: string | null }[]} */ ([]),
  lastId: /** @type {string | null} */ (null),
  reconnects: 0,
  ready: false,
  errors: /** @type {string[]} */ ([]),
}));
const dead = targets.map(() => false);
let ready = 0;
let stopping = false;

function open(i) {
  const s = state[i];
  const l = listeners[i];
  const { host, port } = targets[s.target];
  const headers = { cookie: l.cookie, accept: 'text/event-stream' };
  if (s.lastId) headers['last-event-id'] = s.lastId;
  const req = http.get(
    { host, port, path: `/api/conferences/${l.conf}/checkin/events`, agent: agents[s.target], headers },
    (res) => {
      if (res.statusCode !== 200) {
        s.errors.push(`status ${res.statusCode}`);
        res.resume();
        return retry(i, false);
      }
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (text) => {
        const at = now();
        buffer += text;
        for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
          const chunk = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          if (!s.ready && chunk.startsWith(': ready')) {
            s.ready = true;
            if (++ready === listeners.length) parentPort.postMessage({ type: 'ready' });
          }
          const id = /^id: ?(.*)$/m.exec(chunk)?.[1] ?? null;
          if (id) s.lastId = id;
          const data = /^data: ?(.*)$/m.exec(chunk)?.[1];
          if (/^event: ?checkin$/m.test(chunk) && data) {
            s.events.push({ delegateId: JSON.parse(data).delegateId, at, id });
          }
        }
      });
      res.on('end', () => retry(i, true));
      res.on('error', () => retry(i, true));
    },
  );
  req.on('error', (e) => {
    s.errors.push(String(e.message));
    retry(i, true);
  });
}

/** The stream ended: reconnect (to another instance when this one is gone), as EventSource does. */
function retry(i, lost) {
  if (stopping) return;
  const s = state[i];
  if (lost) dead[s.target] = true;
  const alive = dead.findIndex((d) => !d);
  if (alive < 0) return;
  s.target = alive;
  s.reconnects++;
  setTimeout(() => open(i), 200);
}

for (let i = 0; i < listeners.length; i++) open(i);
parentPort.on('message', (m) => {
  if (m === 'report') parentPort.postMessage({ type: 'report', listeners: state });
  if (m === 'stop') {
    stopping = true;
    for (const a of agents) a.destroy();
    parentPort.postMessage({ type: 'stopped' });
  }
});
