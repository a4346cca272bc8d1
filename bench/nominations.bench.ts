// list_20k_p95_ms (PostgreSQL, the goal's engine) / list_20k_p95_ms_pglite: GET
// /api/conferences/:cid/nominations as the secretary over 20,000 nominations, with a realistic mix
// of filters (unit, award form, status, gender, occupation group, kind, search without diacritics,
// combinations, deep pages). Real HTTP on 127.0.0.1 (fetch, keep-alive, one request at a time) to the
// app served by this process; p95 of 300 requests after 20 warm-up requests.
// The 20,000 rows are stored through the import route (4 files of 5,000 made from the units'
// templates), then one SQL UPDATE spreads them over the 17 demo units and sets varied statuses,
// then ANALYZE. Each engine gets a fresh database (PGlite in a temp dir; PostgreSQL vd_bench_<random>
// when it answers), removed afterwards.
import {
  type BenchDatabase,
  dropReadCaches,
  latencies,
  listenLocal,
  measureOnBothEngines,
  percentile,
  seededApp,
} from './lib/app';
import { loginWithNominations, nominationTotal } from './lib/nominees';
import { type BenchResult, median, round } from './lib/results';

const BATCH = 5000;
const BATCHES = 4;
const TOTAL = BATCH * BATCHES;
const WARMUP = 20;
const REQUESTS = 300;
const USERNAME = 'thuky';
const QUERIES = ['huong', 'nguyen', 'thi lan', 'hung', 'tran van', 'chi hoi', 'ho gia dinh', 'yen'];
const STATUSES = ['draft', 'submitted', 'returned', 'resubmitted', 'accepted', 'rejected'];
const GENDERS = ['male', 'female'];
const GROUPS = ['civil_servant', 'worker', 'farmer', 'direct_producer', 'entrepreneur', 'student', 'other'];

type Pattern = { name: string; make: () => Record<string, string | number> };

/** A deterministic PRNG, so both engines get the same request sequence. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function requestMix(unitIds: string[], formIds: string[]) {
  const rand = rng(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const page = (max: number) => 50 * Math.floor(rand() * (max / 50));
  // Weighted as a secretary works the list: by unit and status most, searches, then the rest.
  const patterns: [Pattern, number][] = [
    [{ name: 'all, page 1', make: () => ({}) }, 2],
    [{ name: 'unit', make: () => ({ unitId: pick(unitIds) }) }, 3],
    [{ name: 'unit+status', make: () => ({ unitId: pick(unitIds), status: pick(STATUSES) }) }, 3],
    [{ name: 'form', make: () => ({ awardFormId: pick(formIds) }) }, 2],
    [{ name: 'form+status', make: () => ({ awardFormId: pick(formIds), status: pick(STATUSES) }) }, 2],
    [{ name: 'status', make: () => ({ status: pick(STATUSES) }) }, 2],
    [{ name: 'gender+group', make: () => ({ gender: pick(GENDERS), occupationGroup: pick(GROUPS) }) }, 1],
    [{ name: 'q', make: () => ({ q: pick(QUERIES) }) }, 3],
    [{ name: 'q+unit', make: () => ({ q: pick(QUERIES), unitId: pick(unitIds) }) }, 1],
    [
      {
        name: 'form+status+gender+group',
        make: () => ({
          awardFormId: pick(formIds),
          status: pick(STATUSES),
          gender: pick(GENDERS),
          occupationGroup: pick(GROUPS),
        }),
      },
      1,
    ],
    [{ name: 'kind+unit', make: () => ({ kind: 'collective', unitId: pick(unitIds) }) }, 1],
    [{ name: 'deep page', make: () => ({ offset: page(TOTAL) }) }, 2],
    [{ name: 'status, page', make: () => ({ status: pick(STATUSES), offset: page(2000), limit: 100 }) }, 1],
  ];
  const bag = patterns.flatMap(([p, w]) => Array.from({ length: w }, () => p));
  return Array.from({ length: WARMUP + REQUESTS }, () => {
    const p = pick(bag);
    const query = Object.fromEntries(Object.entries(p.make()).map(([k, v]) => [k, String(v)]));
    return { pattern: p.name, query: new URLSearchParams(query).toString() };
  });
}

async function measure(b: BenchDatabase): Promise<Record<string, BenchResult>> {
  const { app, demo } = await seededApp(b);
  try {
    const conferenceId = demo.conferenceId;
    const { cookie, fillMs } = await loginWithNominations(b, app, demo, USERNAME, BATCHES, BATCH);
    const total = await nominationTotal(app, cookie, conferenceId);
    if (total !== TOTAL) throw new Error(`expected ${TOTAL} nominations, found ${total}`);
    console.log(
      `[${b.database.engine}] ${total} đề nghị trong ${round(fillMs / 1000)} s (nhập + UPDATE + ANALYZE)`,
    );

    const address = await listenLocal(app);
    const url = `${address}/api/conferences/${conferenceId}/nominations`;
    const mix = requestMix([...demo.unitIds.values()], [...demo.formIds.values()]);
    const times: { pattern: string; ms: number }[] = [];
    const searchTotals = new Map<string, number>();
    for (const [i, r] of mix.entries()) {
      // the list is cached until the next write: every timed request runs its queries
      await dropReadCaches(address, cookie, conferenceId);
      const started = performance.now();
      const res = await fetch(r.query ? `${url}?${r.query}` : url, { headers: { cookie } });
      const body = (await res.json()) as { total?: number; items?: unknown[] };
      const ms = performance.now() - started;
      if (res.status !== 200 || typeof body.total !== 'number' || !Array.isArray(body.items)) {
        throw new Error(`GET …/nominations?${r.query}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
      }
      if (r.pattern === 'all, page 1' && body.total !== TOTAL) throw new Error(`total ${body.total}`);
      if (r.pattern === 'q') searchTotals.set(r.query, body.total);
      if (i >= WARMUP) times.push({ pattern: r.pattern, ms });
    }
    if (!searchTotals.get('q=huong')) throw new Error('q=huong found nothing: the search without diacritics');

    const all = times.map((t) => t.ms);
    const { p50, p95, p99 } = latencies(all);
    const byPattern = [...new Set(times.map((t) => t.pattern))]
      .map((p) => {
        const ms = times.filter((t) => t.pattern === p).map((t) => t.ms);
        return { p, n: ms.length, median: median(ms), p95: percentile(ms, 95) };
      })
      .sort((a, b) => b.p95 - a.p95);
    console.log(
      `[${b.database.engine}] p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms over ${all.length} requests`,
    );
    for (const x of byPattern) {
      console.log(
        `  ${x.p.padEnd(26)} n=${String(x.n).padStart(3)}  median ${round(x.median)} ms  p95 ${round(x.p95)} ms`,
      );
    }
    const slowest = byPattern
      .slice(0, 3)
      .map((x) => `${x.p} ${round(x.p95, 0)}`)
      .join(', ');
    const name = b.database.engine === 'postgres' ? 'list_20k_p95_ms' : 'list_20k_p95_ms_pglite';
    return {
      [name]: {
        value: p95,
        unit: 'ms',
        goal: 100,
        better: 'lower',
        engine: b.database.engine,
        note:
          `GET /api/conferences/:id/nominations as ${USERNAME}, uncached (before each, an untimed refused write drops the cached answer), real HTTP on 127.0.0.1 (fetch, keep-alive, one at a time, ` +
          `time to parsed JSON), ${TOTAL} nominations (4 × ${BATCH} via the import route, then spread over ${demo.unitIds.size} ` +
          `units and 6 statuses by SQL, ANALYZE); ${REQUESTS} requests after ${WARMUP} warm-up, mixed filters ` +
          `(unit, form, status, gender+group, kind, q without diacritics, combinations, offset pages); ` +
          `p50 ${p50} / p95 ${p95} / p99 ${p99} ms; slowest kinds by p95: ${slowest} ms`,
      },
    };
  } finally {
    app.server.closeAllConnections();
    await app.close();
  }
}

await measureOnBothEngines('vd-bench-list-', measure);
