// offline_sync_100_ms(_postgres): a reception phone that lost the network (đón tiếp ngoại tuyến)
// comes back with 100 queued check-ins and syncs them in one POST …/checkins/sync
// ({ items: [{ clientId, kind: 'checkin', token, deviceAt }] }, src/shared/schemas/checkin-sync.ts).
// The real app in-process over real HTTP on 127.0.0.1, PGlite in a temp dir, then PostgreSQL (a
// fresh vd_bench_<random> database) when it answers; the seeded demo, its conference day moved to
// today, the reception account letan. Each run: 100 fresh delegates of the demo conference (SQL,
// tokens made here and stored as hashToken() computes them), their check-ins queued a few minutes
// apart on the phone's clock, then synced; timed send → last byte. Checked: 100 results
// 'checked_in', 100 delegate_checkins rows with their client ids and device times. Median of 3.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { AppInstance } from '../src/server/http/app-types';
import { hashToken, newToken } from '../src/server/modules/delegates/tokens';
import type { SyncInput } from '../src/shared/schemas/checkin-sync';
import { type BenchDatabase, listenLocal, login, measureOnBothEngines, seededApp } from './lib/app';
import { type BenchResult, median, round } from './lib/results';

const ITEMS = 100;
const RUNS = 3;
const GOAL_MS = 2000;

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

/** 100 new delegates of the conference (copies of its first ones), with tokens; answers the tokens. */
async function freshDelegates(b: BenchDatabase, conferenceId: string, run: number): Promise<string[]> {
  const tokens = Array.from({ length: ITEMS }, () => newToken());
  const hashes = JSON.stringify(tokens.map(hashToken));
  const cols = (
    (await b.database.db.execute(sql`
      SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = 'delegates' AND is_generated = 'NEVER'
      ORDER BY ordinal_position`)) as unknown as { rows: { column_name: string }[] }
  ).rows.map((r) => r.column_name);
  const over: Record<string, string> = {
    id: 'gen_random_uuid()',
    full_name: `src.full_name || ' (lượt ${run})'`,
    nomination_id: 'NULL',
    token_hash: 'h.hash',
    token_sealed: 'NULL',
    token_issued_at: 'now()',
  };
  const exprs = cols.map((c) => over[c] ?? `src.${c}`).join(', ');
  await b.database.db.execute(
    sql.raw(`INSERT INTO delegates (${cols.join(', ')})
      SELECT ${exprs} FROM jsonb_array_elements_text('${hashes}'::jsonb) WITH ORDINALITY AS h(hash, k)
      JOIN (SELECT * FROM delegates WHERE conference_id = '${conferenceId}' ORDER BY id LIMIT 1) src ON true`),
  );
  return tokens;
}

async function measure(b: BenchDatabase): Promise<Record<string, BenchResult>> {
  const { app, demo } = await seededApp(b);
  const engine = b.database.engine;
  try {
    const secretary = await login(app, 'thuky');
    await setConferenceDayToday(app, secretary, demo.conferenceId);
    const phone = await login(app, 'letan');
    const address = await listenLocal(app);
    const url = `${address}/api/conferences/${demo.conferenceId}/checkins/sync`;
    const times: number[] = [];
    const failures: string[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const tokens = await freshDelegates(b, demo.conferenceId, run);
      const queuedFrom = Date.now() - 20 * 60_000;
      const body: SyncInput = {
        items: tokens.map((token, i) => ({
          clientId: randomUUID(),
          kind: 'checkin' as const,
          token,
          deviceAt: new Date(queuedFrom + i * 10_000).toISOString(),
        })),
      };
      const started = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { cookie: phone, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      const ms = performance.now() - started;
      if (res.status !== 200) {
        failures.push(`run ${run}: ${res.status} ${text.slice(0, 200)}`);
        console.log(`[${engine}] lần ${run}: POST …/checkins/sync trả ${res.status} (${text.slice(0, 160)})`);
        continue;
      }
      const results = (JSON.parse(text) as { results: { status: string }[] }).results;
      const ok = results.filter((r) => r.status === 'checked_in').length;
      const ids = body.items.map((x) => x.clientId);
      const stored = Number(
        (
          (await b.database.db.execute(
            sql`SELECT count(*) AS n FROM delegate_checkins WHERE client_id::text IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)) AND device_at IS NOT NULL`,
          )) as unknown as { rows: { n: string }[] }
        ).rows[0]!.n,
      );
      if (ok !== ITEMS || stored !== ITEMS) {
        failures.push(`run ${run}: ${ok} checked_in answers, ${stored} rows with the client ids`);
      }
      times.push(ms);
      console.log(
        `[${engine}] lần ${run}: ${ITEMS} lượt đón ngoại tuyến đồng bộ trong ${round(ms)} ms; ${ok} checked_in, ${stored} dòng lưu`,
      );
    }
    const value = failures.length ? 10_000 : round(median(times));
    return {
      [`offline_sync_100_ms${b.suffix}`]: {
        value,
        unit: 'ms',
        goal: GOAL_MS,
        better: 'lower',
        engine,
        note:
          `${ITEMS} queued offline check-ins (QR tokens of ${ITEMS} fresh delegates, device times 10 s apart) in one ` +
          `POST …/checkins/sync as letan over HTTP on 127.0.0.1, send → last byte; median of ${RUNS} ` +
          `(${times.map((t) => round(t)).join('/')} ms)` +
          (failures.length
            ? `; FAILED (value 10,000): ${failures.join('; ')}`
            : '; every item checked_in and stored with its client id and device time'),
      },
    };
  } finally {
    app.server.closeAllConnections();
    await app.close();
  }
}

await measureOnBothEngines('vd-bench-offline-sync-', measure);
