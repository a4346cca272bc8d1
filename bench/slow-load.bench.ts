// slow_first_load_s: a TDP head opens the link to his unit's page on a slow mobile link — Debian's
// Chromium (playwright-core, headless) with the network emulated at 400 kbps down and up and 400 ms
// of round trip (Chrome DevTools' Network.emulateNetworkConditions), an empty HTTP cache, already
// signed in (his session cookie set, as after an earlier visit) — against the built server as
// `npm start` runs it (its own process, the Văn Yên demo seeded on first start, serving dist/web).
// Timed from the navigation until the page is usable: his unit's name shown as the page's heading,
// which the page draws only once the conference, his unit and its nominations have arrived. Median
// of RUNS, each in a fresh browser context; also reported: the bytes that went over the wire.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { mainJs, session, startServer, stopServer } from '../tests/helpers/built-server';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/helpers/chromium';
import { median, projectRoot, round, saveResults } from './lib/results';

const RUNS = 3;
const KBPS = 400;
const RTT_MS = 400;
const USERNAME = 'tdp5';

const webIndex = join(projectRoot, 'dist/web/index.html');
if (!existsSync(mainJs) || !existsSync(webIndex))
  throw new Error('npm run build first (dist/server, dist/web)');
const executablePath = chromiumPath();
if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}`);

const dir = mkdtempSync(join(tmpdir(), 'vd-bench-slow-'));
const server = await startServer({ DATA_DIR: join(dir, 'data'), DATABASE_URL: '' });
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  // the conference his list shows first (the current one), and his unit
  const { cookie, conferenceId } = await session(USERNAME, server.base);
  const me = (await (await fetch(`${server.base}/api/auth/me`, { headers: { cookie } })).json()) as {
    user: { memberships: { unitId: string | null; unitName: string | null }[] };
  };
  const seat = me.user.memberships.find((m) => m.unitId);
  if (!seat) throw new Error(`${USERNAME} heads no unit`);
  const url = `${server.base}/conferences/${conferenceId}/units/${seat.unitId}`;
  const [name, value] = cookie.split('=') as [string, string];
  const times: number[] = [];
  const bytes: number[] = [];
  const requests: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
    await context.addCookies([{ name, value, url: server.base }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: RTT_MS,
      downloadThroughput: (KBPS * 1000) / 8,
      uploadThroughput: (KBPS * 1000) / 8,
    });
    let started = 0;
    let received = 0;
    // the waterfall (SLOW_LOAD_WATERFALL=1 prints it): each request's start, end, size and path
    const rows = new Map<string, { path: string; start: number; end?: number; kb?: number }>();
    const since = () => Math.round(performance.now() - started);
    cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => {
      rows.set(e.requestId, { path: e.request.url.replace(server.base, ''), start: since() });
    });
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
      received += e.encodedDataLength;
      const row = rows.get(e.requestId);
      if (row) Object.assign(row, { end: since(), kb: round(e.encodedDataLength / 1024) });
    });
    started = performance.now();
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    await page
      .getByRole('heading', { level: 1, name: seat.unitName ?? undefined })
      .waitFor({ state: 'visible', timeout: 120_000 });
    times.push((performance.now() - started) / 1000);
    bytes.push(received / 1024);
    requests.push(rows.size);
    if (process.env.SLOW_LOAD_WATERFALL)
      for (const r of rows.values()) console.log(`${r.start}\t${r.end ?? '…'}\t${r.kb ?? ''} KB\t${r.path}`);
    await context.close();
  }
  const value_ = round(median(times), 2);
  console.log(
    `[${USERNAME}] ${KBPS} kbps / ${RTT_MS} ms, bộ nhớ đệm trống: ${times.map((t) => round(t, 2)).join(' / ')} s ` +
      `→ trung vị ${value_} s; ${bytes.map((b) => round(b)).join(' / ')} KB qua mạng, ${requests.join(' / ')} yêu cầu`,
  );
  saveResults({
    slow_first_load_s: {
      value: value_,
      unit: 's',
      goal: 8,
      better: 'lower',
      engine: 'pglite',
      note:
        `${USERNAME} opens ${seat.unitName}'s page (/conferences/:id/units/:unitId) signed in, empty cache, Chromium ` +
        `headless at 390×844 with ${KBPS} kbps down/up and ${RTT_MS} ms RTT emulated (CDP), built server on the ` +
        `seeded demo; navigation → the unit's name visible as the page heading (drawn once the conference, unit ` +
        `and nominations have arrived); median of ${RUNS} fresh contexts (${times.map((t) => round(t, 2)).join('/')} s; ` +
        `${bytes.map((b) => round(b)).join('/')} KB over the wire in ${requests.join('/')} requests)`,
    },
  });
} finally {
  await browser.close();
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
}
