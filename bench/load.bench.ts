// pglite_50c_p99_ms (and postgres_50c_p99_ms), rss_idle_mb(_postgres), rss_load_mb(_postgres): the
// built server as `npm start` runs it (`node dist/server/main.js`, its own process, the Văn Yên demo
// seeded on first start), on a fresh PGlite data dir, then on a fresh PostgreSQL database
// vd_bench_<random> when the server answers (dropped afterwards). 50 concurrent clients for 10 s,
// each connection cycling through what the office's screens read most — the nominations list, the
// dashboard and the conference overview — as the secretary, with a browser's Accept-Encoding.
// Any non-2xx answer, error or timeout is reported and fails the latency key (goal: none).
//
// RSS is the server process's resident set (VmRSS in /proc/<pid>/status): idle = after a restart
// on the seeded data and 3 s without requests; load = the highest value sampled every 100 ms during the load. On
// PostgreSQL the database server's own memory is not counted (another process): the key is the app's.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { mainJs, rssMb, session, sleep, startServer, stopServer } from '../tests/helpers/built-server';
import { type BenchResult, round, saveResults } from './lib/results';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S || 10);
const WARMUP_S = 2;

async function measure(engine: 'pglite' | 'postgres', env: Record<string, string>) {
  // the first start creates the database and seeds the demo; the server is then measured as it
  // runs from then on: restarted on the existing data
  const first = await startServer(env);
  const firstRss = rssMb(first.child.pid!);
  await stopServer(first);
  const server = await startServer(env);
  try {
    const pid = server.child.pid!;
    const { cookie, conferenceId } = await session('thuky', server.base);
    const c = `/api/conferences/${conferenceId}`;
    const paths = [`${c}/nominations`, `${c}/dashboard`, c];
    for (const path of paths) {
      const res = await fetch(`${server.base}${path}`, { headers: { cookie } });
      if (res.status !== 200)
        throw new Error(`GET ${path}: ${res.status} ${(await res.text()).slice(0, 200)}`);
    }
    await sleep(3000);
    const idle = rssMb(pid);
    const headers = { cookie, accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' };
    const run = (seconds: number) =>
      autocannon({
        url: server.base,
        connections: CONNECTIONS,
        duration: seconds,
        timeout: 10,
        requests: paths.map((path) => ({ method: 'GET' as const, path, headers })),
      });
    await run(WARMUP_S);
    let peak = rssMb(pid);
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMb(pid));
    }, 100);
    const result = await run(DURATION_S);
    clearInterval(sampler);
    const errors = result.errors + result.timeouts + result.non2xx;
    const lat = result.latency;
    console.log(
      `[${engine}] ${CONNECTIONS} máy khách đồng thời, ${DURATION_S} s: ${result.requests.total} yêu cầu ` +
        `(${Math.round(result.requests.average)}/s), p50 ${lat.p50} ms, p99 ${lat.p99} ms, max ${lat.max} ms, ` +
        `lỗi ${errors} (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}); ` +
        `RSS máy chủ: nghỉ ${round(idle)} MB, khi tải tối đa ${round(peak)} MB (lần khởi động đầu, tạo CSDL: ${round(firstRss)} MB)`,
    );
    const how =
      `node dist/server/main.js (own process, demo seeded on first start), ${CONNECTIONS} concurrent keep-alive ` +
      `connections for ${DURATION_S} s after ${WARMUP_S} s warm-up, each cycling GET …/nominations, …/dashboard and ` +
      `the overview as thuky (accept-encoding gzip/br), autocannon in the bench process: ${result.requests.total} ` +
      `requests (${Math.round(result.requests.average)}/s), p50 ${lat.p50} ms, p99 ${lat.p99} ms, max ${lat.max} ms, ` +
      `${errors} errors (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`;
    const s = engine === 'pglite' ? '' : '_postgres';
    const results: Record<string, BenchResult> = {
      // an error or a timeout fails the key whatever the latency (goal: none)
      [`${engine}_50c_p99_ms`]: {
        value: errors > 0 ? Math.max(lat.p99, 10_000) : lat.p99,
        unit: 'ms',
        goal: 500,
        better: 'lower',
        engine,
        note: how,
      },
      [`rss_idle_mb${s}`]: {
        value: round(idle),
        unit: 'MB',
        goal: 300,
        better: 'lower',
        engine,
        note: `VmRSS of the server process restarted on the seeded data, after 3 s idle (the first start, which creates the database and seeds the demo: ${round(firstRss)} MB)${engine === 'postgres' ? ' (the PostgreSQL server is another process, not counted)' : ' (PGlite, its WASM heap and compiled code included)'}`,
      },
      [`rss_load_mb${s}`]: {
        value: round(peak),
        unit: 'MB',
        goal: 300,
        better: 'lower',
        engine,
        note: `highest VmRSS of the server process sampled every 100 ms during the load above`,
      },
    };
    return results;
  } finally {
    await stopServer(server);
  }
}

if (!existsSync(mainJs)) throw new Error('dist/server/main.js is missing (npm run build:server)');
const dir = mkdtempSync(join(tmpdir(), 'vd-bench-load-'));
try {
  saveResults(await measure('pglite', { DATA_DIR: join(dir, 'data'), DATABASE_URL: '' }));
  const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  const up = await admin.connect().then(
    () => true,
    (err: Error) => {
      console.log(`PostgreSQL không trả lời, bỏ qua (not answering, skipped): ${err.message}`);
      return false;
    },
  );
  if (up) {
    const name = `vd_bench_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const u = new URL(url);
      u.pathname = `/${name}`;
      saveResults(await measure('postgres', { DATA_DIR: join(dir, 'pg-files'), DATABASE_URL: u.toString() }));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  }
  await admin.end().catch(() => {});
} finally {
  rmSync(dir, { recursive: true, force: true });
}
