// The honours register at a province's scale (issue 17), on PostgreSQL and on PGlite:
// - honours_lookup_p95_ms: GET /api/organizations/:orgId/honours?q=<name without diacritics> (and
//   with unit / year / form filters) over 1,000,000 honours of 330,000 identities, as the secretary
//   through app.inject; p95 of 60 lookups after a warm-up. Goal on PostgreSQL; reported on PGlite.
// - statistics_year_ms: GET …/statistics?yearFrom=2024&yearTo=2024 — one year's forms over the
//   100,000 honours of 2024 (of the million); median of 5, the forms' totals checked against SQL.
// - eligibility_5000_ms: 5,000 nominations of a conference judged against the register (identities
//   found, their honours and the rules in force read, every rule judged); median of 5.
// The demo is seeded first (its QĐ, accounts); the million rows are generated inside the database
// (bench/lib/register.ts, not timed).
import { sql } from 'drizzle-orm';
import { units } from '../src/server/db/schema/index';
import { type BenchDatabase, login, onPglite, onPostgres, percentile, seededApp } from './lib/app';
import { BENCH_UNITS, benchSubjectName, generateRegister } from './lib/register';
import { measureEligibility } from './lib/register-eligibility';
import { type BenchResult, round, saveResults } from './lib/results';

const SUBJECTS = 330_000;
const TOTAL = 1_000_000;
const YEAR = 2024;
const YEAR_COUNT = 100_000;
const LOOKUPS = 60;

const median = (xs: number[]) => percentile(xs, 50);

async function measure(b: BenchDatabase): Promise<Record<string, BenchResult>> {
  const { app, demo } = await seededApp(b);
  try {
    const db = b.database.db;
    const org = demo.organizationId;
    const unitRows = await db
      .insert(units)
      .values(
        BENCH_UNITS.map((name, i) => ({
          organizationId: org,
          name,
          type: 'agency' as const,
          sortOrder: 100 + i,
        })),
      )
      .returning({ id: units.id });
    const t0 = performance.now();
    await generateRegister(db, org, {
      subjects: SUBJECTS,
      total: TOTAL,
      year: YEAR,
      yearCount: YEAR_COUNT,
      unitIds: unitRows.map((u) => u.id),
    });
    console.log(
      `[${b.database.engine}] sổ ${TOTAL} khen thưởng: ${round(performance.now() - t0, 0)} ms chuẩn bị`,
    );
    const cookie = await login(app, 'thuky');
    const base = `/api/organizations/${org}`;

    // ---- lookup ------------------------------------------------------------------------------
    const queries: string[] = [];
    for (let i = 0; i < LOOKUPS; i++) {
      const s = benchSubjectName((i * 104_729) % SUBJECTS);
      const words = s.folded.split(' ');
      if (i % 4 === 0) queries.push(`q=${encodeURIComponent(`${words[0]} ${words[2]}`)}`);
      else if (i % 4 === 1) queries.push(`q=${encodeURIComponent(s.folded)}&yearFrom=2015&yearTo=2020`);
      else if (i % 4 === 2)
        queries.push(`q=${encodeURIComponent(s.folded)}&unit=${encodeURIComponent(s.unitName)}`);
      else queries.push(`q=${encodeURIComponent(s.folded)}&formCode=LDTT`);
    }
    const lookup = async (query: string) => {
      const t = performance.now();
      const res = await app.inject({ url: `${base}/honours?${query}`, headers: { cookie } });
      const ms = performance.now() - t;
      if (res.statusCode !== 200)
        throw new Error(`lookup ${query}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      const body = res.json() as { items: { name: string }[]; total: number };
      if (body.items.length === 0 && !query.includes('formCode'))
        throw new Error(`lookup ${query}: no result`);
      return ms;
    };
    for (const q of queries.slice(0, 5)) await lookup(q);
    const times: number[] = [];
    for (const q of queries) times.push(await lookup(q));
    const lookupP95 = round(percentile(times, 95));

    // ---- statistics --------------------------------------------------------------------------
    const counted = (await db.execute(sql`
      SELECT count(*)::int AS n FROM honours h JOIN honour_forms f ON f.organization_id = h.organization_id AND f.code = h.form_code
      WHERE h.organization_id = ${org} AND h.revoked_at IS NULL AND f.stat_column IS NOT NULL
        AND h.decision_date BETWEEN ${`${YEAR - 1}-12-01`} AND ${`${YEAR}-11-30`}`)) as unknown as {
      rows: { n: number }[];
    };
    const expected = Number(counted.rows[0]!.n);
    const stats: number[] = [];
    for (let r = 0; r < 6; r++) {
      const t = performance.now();
      const res = await app.inject({
        url: `${base}/statistics?yearFrom=${YEAR}&yearTo=${YEAR}`,
        headers: { cookie },
      });
      const ms = performance.now() - t;
      if (res.statusCode !== 200) throw new Error(`statistics: ${res.statusCode} ${res.body.slice(0, 300)}`);
      const forms = res.json().forms as { code: string; rows: { values: (number | null)[] }[] }[];
      const total = forms
        .filter((f) => /^0(60|70)[23]\./.test(f.code))
        .reduce((s, f) => s + (f.rows[0]?.values[0] ?? 0), 0);
      if (total !== expected)
        throw new Error(`statistics: forms 0602+0603 total ${total}, SQL counts ${expected}`);
      if (r > 0) stats.push(ms); // the first read warms the caches
    }
    const statsMedian = round(median(stats));

    // ---- eligibility -------------------------------------------------------------------------
    const elig = await measureEligibility(
      db,
      demo,
      unitRows.map((u) => u.id),
      SUBJECTS,
    );

    console.log(
      `[${b.database.engine}] tra cứu p95 ${lookupP95} ms (trung vị ${round(median(times))}); thống kê năm ${statsMedian} ms (${expected} khen thưởng tính vào biểu); điều kiện 5.000 hồ sơ ${round(elig.ms)} ms (${elig.ineligible} chưa đủ)`,
    );
    const lookupNote = `GET …/honours as the secretary (app.inject) over ${TOTAL.toLocaleString('en')} honours of ${SUBJECTS.toLocaleString('en')} identities: ${LOOKUPS} lookups by a name typed without diacritics (a quarter two words only, the others the full name with a year range, a unit or a form), each answering ≥1 row; p95 after 5 warm-up lookups`;
    return {
      [`honours_lookup_p95_ms${b.suffix}`]: {
        value: lookupP95,
        unit: 'ms',
        goal: 50,
        better: 'lower',
        engine: b.database.engine,
        note: b.suffix ? lookupNote : `${lookupNote}; the goal is PostgreSQL's, reported here`,
      },
      [`statistics_year_ms${b.suffix}`]: {
        value: statsMedian,
        unit: 'ms',
        goal: 2000,
        better: 'lower',
        engine: b.database.engine,
        note: `GET …/statistics?yearFrom=${YEAR}&yearTo=${YEAR}: every form of the year over the ${YEAR_COUNT.toLocaleString('en')} honours of ${YEAR} in a register of ${TOTAL.toLocaleString('en')} (${expected} in a statistics column); forms 0602+0603 totals checked against SQL; median of 5 after one warm-up`,
      },
      [`eligibility_5000_ms${b.suffix}`]: {
        value: round(elig.ms),
        unit: 'ms',
        goal: 1000,
        better: 'lower',
        engine: b.database.engine,
        note: `judgeMany on 5,000 nominations of one conference against the register of ${TOTAL.toLocaleString('en')} honours (identities found by match key, their honours and the form's rules in force read, 4 rules judged each; ${elig.ineligible} not eligible); median of 5`,
      },
    };
  } finally {
    await app.close();
  }
}

const postgres = await onPostgres('vd-bench-register-', measure);
if (postgres) saveResults(postgres);
saveResults(await onPglite('vd-bench-register-', measure));
