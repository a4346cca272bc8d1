// checkin_50_p99_ms(_postgres) and checkin_sse_fanout_ms(_postgres): conference-day reception on the
// real app in-process, PGlite in a temp dir, then PostgreSQL (a fresh vd_bench_<random> database)
// when it answers; both removed after.
//
// Setup: the seeded demo (100 delegates, 70/30); the conference day moved to today (PUT of the
// conference_day milestone, as the secretary); invitation tokens issued for all 100 (POST
// …/delegates/invitations); 50 reception sessions (the demo account letan logged in 50 times, one
// per phone) plus the secretary's.
//
// checkin_50_p99_ms: 50 scanners POST …/checkins { token } at once over real HTTP on 127.0.0.1, each
// on its own warmed keep-alive connection, sent from a worker thread (bench/lib/http-burst.ts): 45
// different delegates, and 5 of them scanned by a second phone in the same burst. Latency send →
// last byte; value = median over ROUNDS bursts of the p99 of the 50 answers. Checked each burst:
// every delegate exactly one 201 and, for a double scan, one 200 "Đã đón lúc … bởi …" carrying the
// same check-in; exactly one delegate_checkins row and one audit row per delegate. The check-ins
// are removed (SQL) between bursts so each burst checks in the same kind of list.
//
// checkin_sse_fanout_ms: 20 reception pages (a worker thread) hold GET …/checkin/events open; then
// EVENTS check-ins are made one after another over HTTP (200 ms apart); for each, the delay from
// sending the POST to each page receiving its event. Value = the largest delay over all pages and
// events; every page must receive every event exactly once.
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client';
import type { AppInstance } from '../src/server/http/app-types';
import { type BenchDatabase, login, measureOnBothEngines, percentile, seededApp } from './lib/app';
import { type BurstRequest, burst } from './lib/http-burst';
import { type BenchResult, median, round } from './lib/results';

const SCANNERS = 50;
const DOUBLE_SCANS = 5;
const ROUNDS = 3;
const LISTENERS = 20;
const EVENTS = 5;

const fmt = (values: number[]) => values.map((v) => round(v)).join('/');

async function setConferenceDayToday(app: AppInstance, cookie: string, conferenceId: string) {
  const url = `/api/conferences/${conferenceId}`;
  const c = (await app.inject({ url, headers: { cookie } })).json();
  const m = c.milestones.find((x: { kind: string }) => x.kind === 'conference_day');
  const day = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const res = await app.inject({
    method: 'PUT',
    url: `${url}/milestones/${m.id}`,
    headers: { cookie },
    payload: { ...m, startDate: day, endDate: null, version: m.version },
  });
  if (res.statusCode !== 200) throw new Error(`conference day: ${res.statusCode} ${res.body}`);
}

async function count(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  const r = (await db.execute(query)) as unknown as { rows: { n: string | number }[] };
  return Number(r.rows[0]!.n);
}

async function measure(b: BenchDatabase): Promise<Record<string, BenchResult>> {
  const { app, demo } = await seededApp(b);
  const engine = b.database.engine;
  const db = b.database.db;
  try {
    const base = `/api/conferences/${demo.conferenceId}`;
    const secretary = await login(app, 'thuky');
    await setConferenceDayToday(app, secretary, demo.conferenceId);
    const inv = await app.inject({
      method: 'POST',
      url: `${base}/delegates/invitations`,
      headers: { cookie: secretary },
      payload: {},
    });
    if (inv.statusCode !== 200) throw new Error(`invitations: ${inv.statusCode} ${inv.body}`);
    const tokens = (inv.json().items as { delegateId: string; token: string }[]).slice(
      0,
      SCANNERS - DOUBLE_SCANS,
    );
    const phones: string[] = [];
    for (let i = 0; i < SCANNERS; i++) phones.push(await login(app, 'letan'));
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const server = { host: '127.0.0.1', port: Number(new URL(address).port) };
    const warm = `${base}/checkin/summary`;

    // Each phone scans one delegate; the last DOUBLE_SCANS phones scan a delegate another phone scans.
    const scans = Array.from(
      { length: SCANNERS },
      (_, i) => tokens[i < tokens.length ? i : (i - tokens.length) * 7]!,
    );
    const requests: BurstRequest[] = scans.map((s, i) => ({
      method: 'POST',
      path: `${base}/checkins`,
      cookie: phones[i]!,
      body: JSON.stringify({ token: s.token }),
    }));
    const reset = () => db.execute(sql`DELETE FROM delegate_checkins`);

    // Baseline (and warm-up): one after the other, no contention.
    await reset();
    const one = await burst(server, warm, requests, true);
    const alone = one.results.map((r) => r.ms);
    const rounds: { p99: number; p50: number; max: number; span: number }[] = [];
    for (let r = 1; r <= ROUNDS; r++) {
      await reset();
      const auditsBefore = await count(
        db,
        sql`SELECT count(*) AS n FROM audit_log WHERE action = 'delegate.checked_in'`,
      );
      const { results, spanMs } = await burst(server, warm, requests);
      // zero double check-ins: per delegate one 201 (and one 200 for a double scan), the same check-in
      const byDelegate = new Map<string, { status: number; at: string }[]>();
      results.forEach((res, i) => {
        const body = JSON.parse(res.body) as { checkIn?: { at: string } };
        const list = byDelegate.get(scans[i]!.delegateId) ?? [];
        list.push({
          status: res.status,
          at: body.checkIn?.at ?? `status ${res.status}: ${res.body.slice(0, 200)}`,
        });
        byDelegate.set(scans[i]!.delegateId, list);
      });
      for (const [id, answers] of byDelegate) {
        const statuses = answers.map((a) => a.status).sort();
        const want = answers.length === 2 ? [200, 201] : [201];
        if (statuses.join() !== want.join() || new Set(answers.map((a) => a.at)).size !== 1) {
          throw new Error(`delegate ${id}: ${JSON.stringify(answers)}`);
        }
      }
      const rows = await count(db, sql`SELECT count(*) AS n FROM delegate_checkins`);
      const audits =
        (await count(db, sql`SELECT count(*) AS n FROM audit_log WHERE action = 'delegate.checked_in'`)) -
        auditsBefore;
      if (rows !== tokens.length || audits !== tokens.length) {
        throw new Error(`${rows} check-in rows and ${audits} audit rows, want ${tokens.length}`);
      }
      const ms = results.map((x) => x.ms);
      const x = { p99: percentile(ms, 99), p50: percentile(ms, 50), max: Math.max(...ms), span: spanMs };
      rounds.push(x);
      console.log(
        `[${engine}] đợt ${r}: ${SCANNERS} lượt quét cùng lúc (${DOUBLE_SCANS} người bị quét 2 lần) — p50 ${round(x.p50)} ms, ` +
          `p99 ${round(x.p99)} ms, cả đợt ${round(spanMs)} ms; mỗi người đúng 1 lượt đón ✓`,
      );
    }
    const p99 = median(rounds.map((x) => x.p99));

    // SSE fan-out
    await reset();
    const listenerCookies: string[] = [];
    for (let i = 0; i < LISTENERS; i++) listenerCookies.push(await login(app, 'letan'));
    const worker = new Worker(new URL('./lib/sse-listeners-worker.mjs', import.meta.url), {
      workerData: { url: `${address}${base}/checkin/events`, cookies: listenerCookies, expect: EVENTS },
    });
    const messages = new Promise<{ delegateId: string; at: number }[][]>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('SSE: not every page got every event within 30 s')),
        30_000,
      );
      worker.on('message', (m) => {
        if (m.type === 'done') {
          clearTimeout(timer);
          resolve(m.received);
        } else if (m.type === 'error') reject(new Error(m.message));
      });
      worker.on('error', reject);
    });
    await new Promise<void>((resolve, reject) => {
      worker.once('message', (m) => (m.type === 'ready' ? resolve() : reject(new Error(JSON.stringify(m)))));
    });
    const sentAt = new Map<string, number>();
    for (const s of tokens.slice(0, EVENTS)) {
      sentAt.set(s.delegateId, performance.timeOrigin + performance.now());
      const res = await fetch(`${address}${base}/checkins`, {
        method: 'POST',
        headers: { cookie: phones[0]!, 'content-type': 'application/json' },
        body: JSON.stringify({ token: s.token }),
      });
      if (res.status !== 201) throw new Error(`check-in for SSE: ${res.status}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const received = await messages;
    await worker.terminate();
    const delays: number[] = [];
    for (const page of received) {
      if (page.length !== EVENTS || new Set(page.map((e) => e.delegateId)).size !== EVENTS) {
        throw new Error(`a page received ${page.length} events`);
      }
      for (const e of page) delays.push(e.at - sentAt.get(e.delegateId)!);
    }
    const fanout = Math.max(...delays);
    console.log(
      `[${engine}] SSE: ${LISTENERS} trang × ${EVENTS} lượt đón — trễ p50 ${round(percentile(delays, 50))} ms, max ${round(fanout)} ms`,
    );

    const suffix = b.suffix;
    return {
      [`checkin_50_p99_ms${suffix}`]: {
        value: round(p99),
        unit: 'ms',
        goal: 50,
        better: 'lower',
        engine,
        note:
          `${SCANNERS} reception phones (letan, one session each) POST …/checkins { token } at once over real HTTP on ` +
          `127.0.0.1, each on its own warmed keep-alive connection, from a worker thread: ${tokens.length} delegates, ` +
          `${DOUBLE_SCANS} of them scanned by two phones in the same burst. Latency send → last byte; value = median ` +
          `over ${ROUNDS} bursts of the p99 of the ${SCANNERS} answers (p99 ${fmt(rounds.map((x) => x.p99))}, p50 ` +
          `${fmt(rounds.map((x) => x.p50))}, whole burst ${fmt(rounds.map((x) => x.span))} ms). One after another, ` +
          `uncontended: p50 ${round(percentile(alone, 50))} ms. Checked each burst: one 201 per delegate, one 200 with ` +
          `the same check-in for each double scan, exactly ${tokens.length} delegate_checkins rows and ` +
          `${tokens.length} audit rows (zero double check-ins)`,
      },
      [`checkin_sse_fanout_ms${suffix}`]: {
        value: round(fanout),
        unit: 'ms',
        goal: 1000,
        better: 'lower',
        engine,
        note:
          `${LISTENERS} reception pages (a worker thread) on GET …/checkin/events; ${EVENTS} check-ins over HTTP, ` +
          `200 ms apart; value = the largest delay from sending the POST to a page receiving its event (p50 ` +
          `${round(percentile(delays, 50))} ms); every page got every event exactly once`,
      },
    };
  } finally {
    app.server.closeAllConnections();
    await app.close();
  }
}

await measureOnBothEngines('vd-bench-checkin-', measure);
