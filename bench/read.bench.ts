// read_rps_ratio / read_p99_ms: the conference overview (GET /api/conferences/:id, logged in
// as the secretary) on the real app vs a bare Fastify route returning a small JSON, both served
// by this process on 127.0.0.1 and loaded with autocannon from a worker thread (the other core),
// one after the other with the same settings. auth_me_rps_ratio: GET /api/auth/me (what every app
// load asks first) against the same bare route, in the same alternating rounds. PGlite always; PostgreSQL too when it answers
// (keys *_postgres, on a fresh database vd_bench_<random> that is dropped afterwards).
import autocannon from 'autocannon';
import Fastify from 'fastify';
import type { AppInstance } from '../src/server/http/app-types';
import { DEMO_PASSWORD } from '../src/server/seed/van-yen';
import { type BenchDatabase, onPglite, onPostgres, seededApp } from './lib/app';
import { type BenchResult, median, round, saveResults } from './lib/results';

// Measured time per route, split into alternating rounds (bare, app, bare, app, …) so a load
// change on the machine during the run hits both sides alike.
const DURATION_S = Number(process.env.BENCH_DURATION_S || 6);
const ROUNDS = 3;
const WARMUP_S = 1;
const CONNECTIONS = 10;
const USERNAME = 'thuky';

type Load = { rps: number; p99: number; p50: number; requests: number };

async function load(url: string, headers: Record<string, string>, seconds: number): Promise<Load> {
  const result = await autocannon({
    url,
    headers,
    connections: CONNECTIONS,
    duration: seconds,
    workers: 1,
    timeout: 10,
  });
  const bad = result.errors + result.timeouts + result.non2xx;
  if (bad > 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts of ${result.requests.total}`,
    );
  }
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    p50: result.latency.p50,
    requests: result.requests.total,
  };
}

async function listen(app: { listen: (o: { host: string; port: number }) => Promise<string> }) {
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return address.replace('localhost', '127.0.0.1');
}

/** Logs in as the secretary; returns the Cookie header and the demo conference id. */
async function session(base: string): Promise<{ cookie: string; conferenceId: string }> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: USERNAME, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${USERNAME}: ${res.status} ${await res.text()}`);
  const token = res.headers
    .getSetCookie()
    .map((c) => /^vd_session=([^;]*)/.exec(c)?.[1])
    .find(Boolean);
  if (!token) throw new Error('login gave no vd_session cookie');
  const cookie = `vd_session=${token}`;
  const list = await fetch(`${base}/api/conferences`, { headers: { cookie } });
  const body = (await list.json()) as { items?: { id: string }[] };
  const conferenceId = body.items?.[0]?.id;
  if (list.status !== 200 || !conferenceId) throw new Error(`GET /api/conferences: ${list.status}`);
  const one = await fetch(`${base}/api/conferences/${conferenceId}`, { headers: { cookie } });
  if (one.status !== 200) throw new Error(`GET /api/conferences/:id: ${one.status}`);
  return { cookie, conferenceId };
}

async function measure(b: BenchDatabase): Promise<Record<string, BenchResult>> {
  const { database, suffix } = b;
  let app: AppInstance | undefined;
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ status: 'ok', engine: database.engine }));
  try {
    app = (await seededApp(b)).app;
    const appBase = await listen(app);
    const bareBase = await listen(bare);
    const { cookie, conferenceId } = await session(appBase);
    const appUrl = `${appBase}/api/conferences/${conferenceId}`;
    const meUrl = `${appBase}/api/auth/me`;
    const bareUrl = `${bareBase}/bare`;

    await load(bareUrl, {}, WARMUP_S);
    // the web app's requests, as a browser sends them (it accepts gzip)
    const appHeaders = { cookie, 'accept-encoding': 'gzip, deflate, br' };
    await load(appUrl, appHeaders, WARMUP_S);
    await load(meUrl, appHeaders, WARMUP_S);
    const bareRuns: Load[] = [];
    const appRuns: Load[] = [];
    const meRuns: Load[] = [];
    const roundS = Math.max(1, Math.round(DURATION_S / ROUNDS));
    for (let i = 0; i < ROUNDS; i++) {
      bareRuns.push(await load(bareUrl, {}, roundS));
      appRuns.push(await load(appUrl, appHeaders, roundS));
      meRuns.push(await load(meUrl, appHeaders, roundS));
    }
    const sum = (runs: Load[]) => runs.reduce((s, r) => s + r.requests, 0);
    const bareRps = sum(bareRuns) / (ROUNDS * roundS);
    const appRps = sum(appRuns) / (ROUNDS * roundS);
    const ratio = appRps / bareRps;
    const meRps = sum(meRuns) / (ROUNDS * roundS);
    const meP50 = median(meRuns.map((r) => r.p50));
    const p99 = median(appRuns.map((r) => r.p99));
    const p50 = median(appRuns.map((r) => r.p50));
    console.log(
      `[${database.engine}] app ${Math.round(appRps)} rps (p50 ${p50} ms, p99 ${p99} ms; rounds ${appRuns.map((r) => Math.round(r.rps)).join('/')}) · bare ${Math.round(bareRps)} rps (rounds ${bareRuns.map((r) => Math.round(r.rps)).join('/')}) · ratio ${ratio.toFixed(3)} · /api/auth/me ${Math.round(meRps)} rps (p50 ${meP50} ms) ratio ${(meRps / bareRps).toFixed(3)}`,
    );
    const how = `${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${roundS} s per route after ${WARMUP_S} s warm-up, autocannon in a worker thread, one process serves both`;
    return {
      [`read_rps_ratio${suffix}`]: {
        value: round(ratio, 3),
        unit: 'ratio',
        goal: 0.3,
        better: 'higher',
        engine: database.engine,
        note: `GET /api/conferences/:id as ${USERNAME} with a browser's Accept-Encoding (gzip body cached) (${Math.round(appRps)} rps) ÷ bare Fastify JSON route (${Math.round(bareRps)} rps); ${how}`,
      },
      [`auth_me_rps_ratio${suffix}`]: {
        value: round(meRps / bareRps, 3),
        unit: 'ratio',
        goal: 0.3,
        better: 'higher',
        engine: database.engine,
        note: `GET /api/auth/me as ${USERNAME} (${Math.round(meRps)} rps, p50 ${meP50} ms; rounds ${meRuns.map((r) => Math.round(r.rps)).join('/')}) ÷ bare Fastify JSON route (${Math.round(bareRps)} rps); ${how}`,
      },
      [`read_p99_ms${suffix}`]: {
        value: p99,
        unit: 'ms',
        goal: 100,
        better: 'lower',
        engine: database.engine,
        note: `p99 latency of GET /api/conferences/:id as ${USERNAME}, median of the rounds' p99 (${appRuns.map((r) => r.p99).join('/')} ms; p50 ${p50} ms, ${sum(appRuns)} requests); ${how}`,
      },
    };
  } finally {
    // Sockets the load generator left open would keep close() waiting for the keep-alive timeout.
    app?.server.closeAllConnections();
    bare.server.closeAllConnections();
    await app?.close();
    await bare.close();
  }
}

const results = await onPglite('vd-bench-read-', measure);
const postgres = await onPostgres('vd-bench-read-', measure);
saveResults({ ...results, ...postgres });
