// Reception pages listening to the check-in stream, in a worker thread so that reading 20 streams
// does not compete with the app for the main thread. Opens one server-sent events stream per cookie,
// reports 'ready' when every stream has sent its first comment, then records when each stream
// receives each `event: checkin` (absolute ms: performance.timeOrigin + now) until each has `expect`.
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ url: string, cookies: string[], expect: number }} */
const { url, cookies, expect } = workerData;
const now = () => performance.timeOrigin + performance.now();

const controllers = cookies.map(() => new AbortController());
const received = cookies.map(() => /** @type {{ delegateId: string, at: number }[]} */ ([]));
let ready = 0;
let done = 0;

async function listen(i) {
  const res = await fetch(url, { headers: { cookie: cookies[i] }, signal: controllers[i].signal });
  if (res.status !== 200) throw new Error(`stream ${i}: ${res.status} ${await res.text()}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let isReady = false;
  for (;;) {
    const { value, done: end } = await reader.read();
    if (end) return;
    const at = now();
    buffer += decoder.decode(value, { stream: true });
    for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
      const chunk = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      if (!isReady && chunk.startsWith(': ready')) {
        isReady = true;
        if (++ready === cookies.length) parentPort.postMessage({ type: 'ready' });
      }
      const data = /^data: (.*)$/m.exec(chunk)?.[1];
      // each event is `id: <n>` / `event: checkin` / `data: …` (the id first)
      if (/^event: checkin$/m.test(chunk) && data) {
        received[i].push({ delegateId: JSON.parse(data).delegateId, at });
        if (received[i].length === expect && ++done === cookies.length) {
          parentPort.postMessage({ type: 'done', received });
          for (const c of controllers) c.abort();
        }
      }
    }
  }
}

for (let i = 0; i < cookies.length; i++) {
  listen(i).catch((err) => {
    if (err?.name !== 'AbortError')
      parentPort.postMessage({ type: 'error', message: String(err?.message ?? err) });
  });
}
