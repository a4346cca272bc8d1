// Một buổi sáng toàn quốc (issue 20, part 3): 3,321 organizers (the communes and wards), one
// conference each on today, 100 delegates each with an invitation token, a reception user with a
// session per organizer — one fresh PostgreSQL database vd_bench_<random> (dropped after), made
// by SQL from the Văn Yên demo the first instance seeds (bench/lib/nation.ts). Two built server
// instances (node dist/server/main.js) on it: A migrates and seeds, B starts after (SEED_DEMO off).
//
// Keys (all engine 'postgres'; skipped when PostgreSQL does not answer):
// - nationwide_checkin_p50_ms / _p99_ms: check-ins by QR token at 185/s for 60 s over random
//   conferences and both instances, open loop (fixed schedule; latency from the scheduled send to
//   the last byte, bench/lib/open-loop-worker.mjs), then 10 s at 3× (555/s), reported apart;
// - nationwide_errors, nationwide_lost_checkins, nationwide_duplicated_checkins: answers other than
//   201/200; acknowledged check-ins without a delegate_checkins row; rows without an answer;
// - nationwide_max_rps: the knee — 10 s steps of rising rate, the highest with p99 ≤ 100 ms and 0 errors;
// - sse_conn_kb: (RSS with 2N idle SSE streams − RSS with N) / N, per instance (mean of A, B);
// - multi_sse_fanout_ms: 200 check-ins POSTed on A, p99 delay to an SSE client on B;
// - nationwide_sse_missed_events: check-ins of the listened conferences not received by their
//   listener (cross-instance, and after the kill -9 of B: reconnect to A with Last-Event-ID);
// - the fault drill: kill -9 of B 3 s into a second 10 s burst at 555/s; the generator then sends
//   B's share to A (as a proxy would); in-flight requests on B are counted apart (not errors).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { mainJs, rssMb, type Server, sleep, startServer, stopServer } from '../tests/helpers/built-server';
import { percentile } from './lib/app';
import { createNation } from './lib/nation';
import { type Arrival, Arrivals, acked, describe, reconcile, seeded, stats } from './lib/nation-load';
import { listen, openLoop, type PostResult, targetOf } from './lib/open-loop';
import { type BenchResult, round, saveResults } from './lib/results';

const ORGANIZERS = Number(process.env.NATION_ORGANIZERS || 3321);
const PER_CONFERENCE = 100;
const RATE = 185;
const MAIN_S = Number(process.env.NATION_MAIN_S || 60);
const BURST_S = 10;
const STEP_S = 10;
const STEPS = [46, 92, 185, 370, 555, 740, 925, 1110, 1480];
/** SSE phones: 1 per conference for this many conferences, half on each instance (not 3 × 3,321). */
const LISTENED = Math.min(1000, ORGANIZERS);
const FANOUT_EVENTS = 200;
const FANOUT_CONFS = 20;
const GOAL_P99 = 100;

const pgUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const admin = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
if (!existsSync(mainJs)) throw new Error('dist/server/main.js is missing (npm run build:server)');
if (
  !(await admin.connect().then(
    () => true,
    () => false,
  ))
) {
  console.log('PostgreSQL không trả lời, bỏ qua (not answering, skipped)');
  process.exit(0);
}
const name = `vd_bench_${randomBytes(6).toString('hex')}`;
await admin.query(`CREATE DATABASE "${name}"`);
const u = new URL(pgUrl);
u.pathname = `/${name}`;
const dir = mkdtempSync(join(tmpdir(), 'vd-bench-nation-'));
const servers: Server[] = [];
const client = new pg.Client({ connectionString: u.toString() });
const log = (s: string) => console.log(`[nationwide] ${s}`);
const started = performance.now();
const loadAtStart = loadavg()[0]!;
const env = (i: number, seed: boolean) => ({
  DATABASE_URL: u.toString(),
  DATA_DIR: join(dir, `data-${i}`),
  INVITATION_KEY: randomKey,
  SEED_DEMO: seed ? 'true' : 'false',
});
const randomKey = randomBytes(32).toString('base64url');

try {
  const a = await startServer(env(0, true));
  servers.push(a);
  log(`A ready (migrated, demo seeded) in ${round((performance.now() - started) / 1000)} s`);
  await client.connect();
  const t = performance.now();
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const nation = await createNation(client, {
    organizers: ORGANIZERS,
    perConference: PER_CONFERENCE,
    salt: randomBytes(8).toString('hex'),
    today,
  });
  const setupS = round((performance.now() - t) / 1000);
  log(`${ORGANIZERS} organizers × ${PER_CONFERENCE} delegates + sessions in ${setupS} s`);
  const b = await startServer(env(1, false));
  servers.push(b);
  const targets = [targetOf(a.base), targetOf(b.base)];
  const arrivals = new Arrivals(nation, seeded(20));
  const all: { sent: Arrival[]; results: PostResult[] }[] = [];
  const run = async (sent: Arrival[], opts?: Parameters<typeof openLoop>[2]) => {
    const results = await openLoop(targets, sent, opts);
    all.push({ sent, results });
    return results;
  };

  // warm-up (both instances, the pools, the context caches): 5 s at 50/s
  log(`warm-up: ${describe(stats(await run(arrivals.schedule(50, 5, [0, 1]))))}`);
  const countRows = async () =>
    Number((await client.query(`SELECT count(*) AS n FROM delegate_checkins`)).rows[0].n);
  const rowsBefore = (await countRows()) - all[0]!.results.filter(acked).length;
  const before = new Set(
    (await client.query(`SELECT delegate_id FROM delegate_checkins`)).rows.map((r) => r.delegate_id),
  );

  // idle SSE streams: memory per connection
  await sleep(2000);
  const rss0 = [rssMb(a.child.pid!), rssMb(b.child.pid!)];
  const listened = Array.from({ length: LISTENED }, (_, i) => i);
  const phones = await listen(
    targets,
    listened.map((n) => ({ conf: nation.conferences[n]!, cookie: nation.cookies[n]!, target: n % 2 })),
  );
  await sleep(3000);
  const rss1 = [rssMb(a.child.pid!), rssMb(b.child.pid!)];
  // a second, equal batch of idle streams: the growth between the two is what the streams cost
  // (the first batch's delta also holds whatever the warm-up's garbage collection gave back)
  const extra = await listen(
    targets,
    listened.map((n) => ({ conf: nation.conferences[n]!, cookie: nation.cookies[n]!, target: n % 2 })),
  );
  await sleep(3000);
  const rss2 = [rssMb(a.child.pid!), rssMb(b.child.pid!)];
  await extra.stop();
  const perConnKb = rss2.map((r, i) => ((r - rss1[i]!) * 1024) / (LISTENED / 2));
  const sseKb = round((perConnKb[0]! + perConnKb[1]!) / 2);
  log(
    `SSE: ${LISTENED} + ${LISTENED} streams (${LISTENED / 2} + ${LISTENED / 2} per instance); RSS A ${round(rss0[0]!)} → ${round(rss1[0]!)} → ${round(rss2[0]!)} MB, ` +
      `B ${round(rss0[1]!)} → ${round(rss1[1]!)} → ${round(rss2[1]!)} MB: ${perConnKb.map((k) => round(k)).join(' / ')} KB per stream`,
  );

  // the morning: 185/s for MAIN_S s, then 3× for BURST_S s
  const main = arrivals.schedule(RATE, MAIN_S, [0, 1]);
  const burstArr = arrivals.schedule(RATE * 3, BURST_S, [0, 1], MAIN_S * 1000);
  // what PostgreSQL's busy backends wait on meanwhile (sampled every 250 ms)
  const waits = new Map<string, number>();
  const sampler = new pg.Client({ connectionString: u.toString() });
  await sampler.connect();
  let sampling = true;
  const sampled = (async () => {
    while (sampling) {
      const w = await sampler.query(
        `SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') AS w FROM pg_stat_activity
         WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      for (const row of w.rows) waits.set(row.w, (waits.get(row.w) ?? 0) + 1);
      await sleep(250);
    }
  })();
  let serverErrors = '';
  const mainResults = await run([...main, ...burstArr]);
  sampling = false;
  await sampled;
  await sampler.end();
  const total = [...waits.values()].reduce((x, y) => x + y, 0);
  const waitNote = [...waits]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 4)
    .map(([w, k]) => `${w} ${Math.round((100 * k) / total)}%`)
    .join(', ');
  log(`PostgreSQL active backends waited on: ${waitNote}`);
  const steady = stats(mainResults.slice(0, main.length));
  const burst = stats(mainResults.slice(main.length));
  log(`${RATE}/s × ${MAIN_S} s: ${describe(steady)}`);
  if (steady.errors + burst.errors > 0) {
    // what the instances logged about them (LOG_LEVEL warn): the first distinct error messages
    const lines = [a, b].flatMap((s) => s.output().split('\n')).filter((l) => /"level":(50|60)/.test(l));
    const msgs = [
      ...new Set(
        lines.map((l) => /"(?:err|msg)":\{?"?[^}]*?"message":"([^"]*)"/.exec(l)?.[1] ?? l.slice(0, 200)),
      ),
    ];
    log(`server errors logged: ${lines.length}; ${msgs.slice(0, 3).join(' | ')}`);
    serverErrors = msgs.slice(0, 2).join(' | ');
  }
  log(`${RATE * 3}/s × ${BURST_S} s: ${describe(burst)}`);

  // the knee
  const steps: string[] = [];
  let knee = 0;
  for (const rate of STEPS) {
    const s = stats(await run(arrivals.schedule(rate, STEP_S, [0, 1])));
    steps.push(`${rate}/s p99 ${s.p99} ms${s.errors ? ` ${s.errors} errors` : ''}`);
    log(`step ${rate}/s × ${STEP_S} s: ${describe(s)}`);
    if (s.p99 > GOAL_P99 || s.errors > 0) break;
    knee = rate;
    await sleep(1000);
  }

  // multi_sse_fanout_ms: POST on A, listened on B
  const fanFirst = ORGANIZERS >= LISTENED + FANOUT_CONFS ? LISTENED : 0;
  const fanConfs = Array.from({ length: FANOUT_CONFS }, (_, i) => fanFirst + i);
  const fanPhones = await listen(
    targets,
    fanConfs.map((n) => ({ conf: nation.conferences[n]!, cookie: nation.cookies[n]!, target: 1 })),
  );
  const fanSent = arrivals.schedule(20, FANOUT_EVENTS / 20, [0], 0, fanConfs);
  const fanResults = await run(fanSent);
  await sleep(3000);
  const fanGot = new Map<string, number>();
  for (const l of await fanPhones.report()) for (const e of l.events) fanGot.set(e.delegateId, e.at);
  await fanPhones.stop();
  const fanIds = await delegateIds(fanSent.map((x) => x.token));
  const fanDelays = fanResults.map((r, i) => {
    const at = fanGot.get(fanIds.get(fanSent[i]!.token) ?? '');
    return at === undefined ? Number.POSITIVE_INFINITY : at - (r.sent ?? 0);
  });
  const fanArrived = fanDelays.filter(Number.isFinite).length;
  const fanP99 = percentile(fanDelays, 99);
  log(`fan-out A → B: ${fanArrived}/${fanSent.length} events arrived, p99 ${round(fanP99)} ms`);

  // the accounting before the fault drill
  const sentSoFar = all.flatMap((x) => x.sent);
  const resultsSoFar = all.flatMap((x) => x.results);
  const acc = await reconcile(client, sentSoFar, resultsSoFar);
  const errors = resultsSoFar.filter((r) => !acked(r)).length;
  log(
    `so far: ${acc.acked} acknowledged, ${acc.rows} rows, ${acc.lost} lost, ${acc.unacked} rows unacknowledged`,
  );

  // the fault drill: kill -9 of B during a burst
  const drill = arrivals.schedule(RATE * 3, BURST_S, [0, 1]);
  let killedAt = 0;
  const drillResults = await openLoop(targets, drill, {
    failover: true,
    onStart: () =>
      setTimeout(() => {
        killedAt = performance.now();
        b.child.kill('SIGKILL');
      }, 3000),
  });
  const onA = drillResults.filter((r) => !r.killed);
  const killedInflight = drillResults.filter((r) => r.killed).length;
  const drillStats = stats(onA);
  const drillAcc = await reconcile(client, drill, drillResults);
  log(
    `kill -9 of B at 3 s (${killedAt ? 'done' : 'not done'}): A and failover ${describe(drillStats)}; ` +
      `${killedInflight} in flight on B failed; ${drillAcc.acked} acknowledged, ${drillAcc.lost} lost, ` +
      `${drillAcc.unacked} unacknowledged but stored`,
  );

  // duplicates: a delegate acknowledged as newly checked in twice, or rows of delegates never sent
  const created = new Map<string, number>();
  all
    .flatMap((x) => x.sent.map((a, i) => [a.token, x.results[i]!] as const))
    .forEach(([tk, res]) => {
      if (res.status === 201) created.set(tk, (created.get(tk) ?? 0) + 1);
    });
  drill.forEach((a, i) => {
    if (drillResults[i]!.status === 201) created.set(a.token, (created.get(a.token) ?? 0) + 1);
  });
  const twice = [...created.values()].filter((k) => k > 1).length;
  const strays = (await countRows()) - rowsBefore - acc.rows - drillAcc.rows;
  log(`duplicates: ${twice} delegates acknowledged as new twice, ${strays} rows of delegates never sent`);

  // SSE: every listened conference's check-ins (after the streams opened) received by its phone?
  await sleep(3000);
  const got = await phones.report();
  await phones.stop();
  const expected = new Map<string, Set<string>>();
  for (const row of (
    await client.query(
      `SELECT conference_id, delegate_id FROM delegate_checkins WHERE conference_id = ANY($1::uuid[])`,
      [listened.map((n) => nation.conferences[n])],
    )
  ).rows) {
    if (before.has(row.delegate_id)) continue;
    const set = expected.get(row.conference_id) ?? new Set();
    set.add(row.delegate_id);
    expected.set(row.conference_id, set);
  }
  const sse = { expected: 0, missed: [0, 0], dup: 0, reconnected: 0, withId: 0, events: 0 };
  got.forEach((l, i) => {
    const want = expected.get(l.conf) ?? new Set();
    const seen = new Set(l.events.map((e) => e.delegateId));
    sse.expected += want.size;
    sse.events += l.events.length;
    sse.dup += l.events.length - seen.size;
    sse.withId += l.events.filter((e) => e.id).length;
    for (const id of want) if (!seen.has(id)) sse.missed[i % 2]!++;
    if (l.reconnects > 0) sse.reconnected++;
  });
  const missed = sse.missed[0]! + sse.missed[1]!;
  log(
    `SSE: ${sse.events} events received of ${sse.expected} check-ins of the ${LISTENED} listened conferences; ` +
      `missed ${missed} (phones first on A ${sse.missed[0]}, on B ${sse.missed[1]}), ${sse.dup} duplicates, ` +
      `${sse.withId} events carried an id:, ${sse.reconnected} phones reconnected`,
  );

  const totalS = round((performance.now() - started) / 1000);
  const how =
    `${ORGANIZERS} organizers × 1 conference (today) × ${PER_CONFERENCE} delegates, one PostgreSQL database, ` +
    `two built instances (A seeded the demo, B SEED_DEMO=false); open-loop check-ins by QR token over random ` +
    `conferences and both instances (worker thread, fixed schedule, latency from the scheduled send); 2 CPUs shared ` +
    `by PostgreSQL, both instances and the generator. SSE: 1 phone per conference for ${LISTENED} conferences ` +
    `(${LISTENED / 2} per instance), not 3 × ${ORGANIZERS}. Ballot casts: not included. Setup ${setupS} s, whole bench ${totalS} s; machine load average ` +
    `${round(loadAtStart)} at start, ${round(loadavg()[0]!)} at end (other processes share the CPUs)`;
  const r = (value: number, unit: string, goal: number, note: string, better: 'lower' | 'higher' = 'lower') =>
    ({ value, unit, goal, better, engine: 'postgres', note }) as BenchResult;
  const sseNote =
    `${sse.expected} check-ins of the ${LISTENED} listened conferences (on both instances, the drill included); ` +
    `missed ${missed} (phones first on A ${sse.missed[0]}, on B — killed, reconnected to A with Last-Event-ID — ` +
    `${sse.missed[1]}), ${sse.dup} duplicates, ${sse.withId} of ${sse.events} events carried an id:`;
  saveResults({
    nationwide_checkin_p50_ms: r(
      steady.p50,
      'ms',
      GOAL_P99,
      `${RATE}/s × ${MAIN_S} s: ${describe(steady)}. ${how}`,
    ),
    nationwide_checkin_p99_ms: r(
      steady.errors > 0 ? Math.max(steady.p99, 10_000) : steady.p99,
      'ms',
      GOAL_P99,
      `${RATE}/s × ${MAIN_S} s: ${describe(steady)}; then ${RATE * 3}/s × ${BURST_S} s: ${describe(burst)}. ` +
        `PostgreSQL's active backends meanwhile (sampled): ${waitNote}.` +
        `${serverErrors ? ` Server errors logged: ${serverErrors}.` : ''} ${how}`,
    ),
    nationwide_errors: r(
      errors,
      'count',
      0,
      `answers other than 201/200 over the whole run before the drill (${resultsSoFar.length} check-ins)`,
    ),
    nationwide_lost_checkins: r(
      acc.lost + drillAcc.lost,
      'count',
      0,
      `acknowledged (201/200) check-ins without a delegate_checkins row: ${acc.lost} of ${acc.acked} before the drill, ` +
        `${drillAcc.lost} of ${drillAcc.acked} in the kill -9 drill`,
    ),
    nationwide_duplicated_checkins: r(
      twice + strays,
      'count',
      0,
      `delegates answered 201 (newly checked in) more than once: ${twice}; delegate_checkins rows of delegates ` +
        `never sent: ${strays}. Not duplicates, said apart: rows stored without an acknowledged answer — ` +
        `${acc.unacked} before the drill (answers the generator gave up on after 30 s idle), ${drillAcc.unacked} ` +
        `of the ${killedInflight} in flight on the killed instance (committed, answer lost with the process)`,
    ),
    nationwide_max_rps: r(
      knee,
      'req/s',
      RATE,
      `highest rate of ${STEP_S} s steps with p99 ≤ ${GOAL_P99} ms and 0 errors: ${steps.join(', ')}`,
      'higher',
    ),
    nationwide_killed_instance_checkin_p99_ms: r(
      drillStats.errors > 0 ? Math.max(drillStats.p99, 10_000) : drillStats.p99,
      'ms',
      1000,
      `${RATE * 3}/s × ${BURST_S} s, kill -9 of B at 3 s, B's share then sent to A: ${describe(drillStats)}; ` +
        `${killedInflight} in flight on B failed (not counted); ${drillAcc.lost} acknowledged lost`,
    ),
    nationwide_sse_missed_events: r(missed, 'count', 0, sseNote),
    sse_conn_kb: r(
      sseKb,
      'KB',
      100,
      `(VmRSS with ${LISTENED} idle check-in streams − with ${LISTENED / 2}) / ${LISTENED / 2}, per instance: ` +
        `A ${round(perConnKb[0]!)} KB, B ${round(perConnKb[1]!)} KB (goal set by the bench)`,
    ),
    multi_sse_fanout_ms: r(
      fanArrived === fanSent.length ? round(fanP99) : 10_000,
      'ms',
      1000,
      `${fanSent.length} check-ins POSTed on A (20/s, ${fanConfs.length} conferences), an SSE client of each ` +
        `conference on B: ${fanArrived} events arrived${fanArrived ? `, p99 ${round(fanP99)} ms` : ''}` +
        `${fanArrived < fanSent.length ? ' (value 10,000: not every event crossed to B)' : ''}`,
    ),
  });

  async function delegateIds(tokens: string[]) {
    const { createHash } = await import('node:crypto');
    const hashes = tokens.map((x) => createHash('sha256').update(x).digest('hex'));
    const res = await client.query(`SELECT id, token_hash FROM delegates WHERE token_hash = ANY($1)`, [
      hashes,
    ]);
    const byHash = new Map(res.rows.map((row) => [row.token_hash as string, row.id as string]));
    return new Map(tokens.map((x, i) => [x, byHash.get(hashes[i]!) ?? '']));
  }
} finally {
  for (const s of servers) await stopServer(s).catch(() => {});
  await client.end().catch(() => {});
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
