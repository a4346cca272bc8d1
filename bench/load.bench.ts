// pglite_50c_p99_ms (and postgres_50c_p99_ms), rss_idle_mb(_postgres), rss_load_mb(_postgres): the
// real app in-process on the seeded Văn Yên demo, loaded by 50 concurrent clients for 10 s, each
// connection cycling through what the office's screens read most — the nominations list, the
// dashboard and the conference overview — as the secretary, with a browser's Accept-Encoding.
// autocannon runs in a worker thread (the other core). Any non-2xx answer, error or timeout counts
// as an error and is reported (goal: none).
//
// RSS: the process's resident set after the demo is seeded and a full GC (idle), and the highest
// value sampled every 100 ms during the load. Each engine runs in its own process (this file runs
// itself once per engine), so one engine's memory never counts for the other. On PostgreSQL the
// database server's own memory is not counted (it is another process): the key is the app's.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import autocannon from 'autocannon';
import { type BenchDatabase, listenLocal, login, onPglite, onPostgres, seededApp } from './lib/app';
import { type BenchResult, round, saveResults } from './lib/results';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S || 10);
const WARMUP_S = 2;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const mb = (bytes: number) => bytes / 1024 / 1024;

function idleRss(): number {
  for (let i = 0; i < 3; i++) gc();
  return mb(process.memoryUsage.rss());
}

async function measure(b: BenchDatabase): Promise<Record<string, BenchResult>> {
  const engine = b.database.engine;
  const { app, demo } = await seededApp(b);
  try {
    const rssIdle = idleRss();
    const cookie = await login(app, 'thuky');
    const base = await listenLocal(app);
    const c = `/api/conferences/${demo.conferenceId}`;
    const paths = [`${c}/nominations`, `${c}/dashboard`, c];
    for (const path of paths) {
      const res = await app.inject({ url: path, headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`GET ${path}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
    const headers = { cookie, accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' };
    const run = (seconds: number) =>
      autocannon({
        url: base,
        connections: CONNECTIONS,
        duration: seconds,
        workers: 1,
        timeout: 10,
        requests: paths.map((path) => ({ method: 'GET' as const, path, headers })),
      });
    await run(WARMUP_S);
    let peak = mb(process.memoryUsage.rss());
    const sampler = setInterval(() => {
      peak = Math.max(peak, mb(process.memoryUsage.rss()));
    }, 100);
    const result = await run(DURATION_S);
    clearInterval(sampler);
    const errors = result.errors + result.timeouts + result.non2xx;
    const lat = result.latency;
    console.log(
      `[${engine}] ${CONNECTIONS} máy khách đồng thời, ${DURATION_S} s: ${result.requests.total} yêu cầu ` +
        `(${Math.round(result.requests.average)}/s), p50 ${lat.p50} ms, p99 ${lat.p99} ms, max ${lat.max} ms, ` +
        `lỗi ${errors} (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}); ` +
        `RSS nghỉ ${round(rssIdle)} MB, khi tải tối đa ${round(peak)} MB`,
    );
    const how =
      `${CONNECTIONS} concurrent keep-alive connections for ${DURATION_S} s after ${WARMUP_S} s warm-up, each cycling ` +
      `GET …/nominations, …/dashboard and the overview as thuky (accept-encoding gzip/br), autocannon in a worker ` +
      `thread, the app in this process on the seeded demo: ${result.requests.total} requests ` +
      `(${Math.round(result.requests.average)}/s), p50 ${lat.p50} ms, p99 ${lat.p99} ms, max ${lat.max} ms, ` +
      `${errors} errors (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`;
    const s = b.suffix;
    const loadKey = engine === 'pglite' ? 'pglite_50c_p99_ms' : 'postgres_50c_p99_ms';
    return {
      // an error or a timeout fails the key whatever the latency (goal: none)
      [loadKey]: {
        value: errors > 0 ? Math.max(lat.p99, 10_000) : lat.p99,
        unit: 'ms',
        goal: 500,
        better: 'lower',
        engine,
        note: how,
      },
      [`rss_idle_mb${s}`]: {
        value: round(rssIdle),
        unit: 'MB',
        goal: 300,
        better: 'lower',
        engine,
        note: `resident set of the app's process after the demo seed and a full GC${engine === 'postgres' ? ' (the PostgreSQL server is another process, not counted)' : ' (PGlite, its WASM heap included)'}`,
      },
      [`rss_load_mb${s}`]: {
        value: round(peak),
        unit: 'MB',
        goal: 300,
        better: 'lower',
        engine,
        note: `highest resident set sampled every 100 ms during the load above`,
      },
    };
  } finally {
    app.server.closeAllConnections();
    await app.close();
  }
}

const engine = process.env.LOAD_BENCH_ENGINE;
if (engine === 'pglite') saveResults(await onPglite('vd-bench-load-', measure));
else if (engine === 'postgres') saveResults((await onPostgres('vd-bench-load-', measure)) ?? {});
else {
  for (const one of ['pglite', 'postgres']) {
    const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, LOAD_BENCH_ENGINE: one },
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
