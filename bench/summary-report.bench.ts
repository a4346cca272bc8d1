// report_compile_ms (PostgreSQL, the goal's engine; _pglite reported): POST
// /api/conferences/:cid/summary-report/compile as the secretary — the statistics (sent nominations
// and honoured ones by form, kind, unit, gender, occupation group, movement, the previous
// conference's figures) and the eight sections' drafts quoted from the 17 units' reports, written
// in one transaction. report_docx_ms: GET …/documents/summary_report.docx (the BC laid out and
// rendered). Median of 10 after 2 warm-ups, in-process (app.inject).
//
// Data: the seeded demo; 20,000 nominations inserted by SQL over the 17 units, the forms, 6
// statuses, genders, occupation groups and kinds; every unit's report sent with ~1,500 characters
// per section; VACUUM ANALYZE. Each engine gets a fresh database, removed afterwards.
import { sql } from 'drizzle-orm';
import type { SummaryReportView } from '../src/shared/schemas/summary-report';
import { type BenchDatabase, login, measureOnBothEngines, seededApp } from './lib/app';
import { type BenchResult, median, round } from './lib/results';

const NOMINATIONS = 20_000;
const RUNS = 10;
const WARMUP = 2;

async function fill(b: BenchDatabase, demo: { organizationId: string; conferenceId: string }) {
  const db = b.database.db;
  const c = sql`${demo.conferenceId}::uuid`;
  const o = sql`${demo.organizationId}::uuid`;
  await db.execute(sql`
    WITH u AS (SELECT array_agg(id ORDER BY sort_order) AS ids FROM units WHERE organization_id = ${o}),
         f AS (SELECT array_agg(id ORDER BY sort_order) AS ids FROM award_forms WHERE conference_id = ${c})
    INSERT INTO nominations (organization_id, conference_id, unit_id, award_form_id, kind, name, search_name, sort_key,
                             gender, occupation_group, status)
    SELECT ${o}, ${c}, u.ids[1 + g % array_length(u.ids, 1)], f.ids[1 + g % array_length(f.ids, 1)],
           CASE WHEN g % 5 = 0 THEN 'collective' ELSE 'individual' END,
           'Người ' || g, 'nguoi ' || g, 'nguoi ' || g,
           CASE WHEN g % 5 = 0 THEN NULL WHEN g % 2 = 0 THEN 'female' ELSE 'male' END,
           CASE WHEN g % 5 = 0 THEN NULL
                ELSE (ARRAY['civil_servant','worker','farmer','direct_producer','entrepreneur','student','other'])[1 + g % 7] END,
           (ARRAY['draft','submitted','returned','resubmitted','accepted','rejected'])[1 + g % 6]
    FROM generate_series(1, ${NOMINATIONS}) AS g, u, f`);
  const text = 'Đơn vị tích cực hưởng ứng các phong trào thi đua, đạt nhiều kết quả nổi bật. '.repeat(20);
  const sections = JSON.stringify({
    movements: text,
    commendations: text,
    leadership: text,
    shortcomings: text,
    lessons: text,
    directions: text,
  });
  await db.execute(sql`
    INSERT INTO unit_reports (organization_id, conference_id, unit_id, sections, numbers, status)
    SELECT ${o}, ${c}, id, ${sections}::jsonb, '{"commendations":[],"directWorkerSharePercent":null}'::jsonb, 'submitted'
    FROM units WHERE organization_id = ${o}`);
  await db.execute(sql`VACUUM ANALYZE`);
}

async function measure(b: BenchDatabase): Promise<Record<string, BenchResult>> {
  const { app, demo } = await seededApp(b);
  const engine = b.database.engine;
  try {
    await fill(b, demo);
    const cookie = await login(app, 'thuky');
    const base = `/api/conferences/${demo.conferenceId}`;
    const [expected] = (
      (await b.database.db.execute(
        sql`SELECT count(*)::int AS sent FROM nominations WHERE conference_id = ${demo.conferenceId}::uuid AND status <> 'draft'`,
      )) as unknown as { rows: { sent: number }[] }
    ).rows;
    const compileTimes: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const t0 = performance.now();
      const res = await app.inject({
        method: 'POST',
        url: `${base}/summary-report/compile`,
        headers: { cookie },
      });
      const ms = performance.now() - t0;
      const body = res.json() as SummaryReportView;
      if (res.statusCode !== 200) throw new Error(`compile: ${res.statusCode} ${res.body.slice(0, 300)}`);
      if (
        body.statistics?.nominations !== expected!.sent ||
        body.statistics.unitReports.sent !== demo.unitIds.size
      )
        throw new Error(`compile counted ${body.statistics?.nominations}, the database ${expected!.sent}`);
      if (i >= WARMUP) compileTimes.push(ms);
    }
    const docxTimes: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const t0 = performance.now();
      const res = await app.inject({
        method: 'GET',
        url: `${base}/documents/summary_report.docx`,
        headers: { cookie },
      });
      const ms = performance.now() - t0;
      if (res.statusCode !== 200 || res.rawPayload.length < 5000)
        throw new Error(`docx: ${res.statusCode} ${res.body.slice(0, 300)}`);
      if (i >= WARMUP) docxTimes.push(ms);
    }
    const compile = round(median(compileTimes));
    const docx = round(median(docxTimes));
    console.log(
      `[${engine}] compile ${compile} ms, docx ${docx} ms (${expected!.sent} sent of ${NOMINATIONS})`,
    );
    const suffix = engine === 'postgres' ? '' : '_pglite';
    const note = `${NOMINATIONS} nominations by SQL over ${demo.unitIds.size} units (${expected!.sent} sent), every unit's report sent (6 × ~1,500 characters); median of ${RUNS} after ${WARMUP} warm-ups, in-process (inject)`;
    return {
      [`report_compile_ms${suffix}`]: {
        value: compile,
        unit: 'ms',
        goal: 1000,
        better: 'lower',
        engine,
        note: `POST …/summary-report/compile as thuky (statistics by SQL GROUPING SETS + 8 drafts, one transaction); ${note}`,
      },
      [`report_docx_ms${suffix}`]: {
        value: docx,
        unit: 'ms',
        goal: 1000,
        better: 'lower',
        engine,
        note: `GET …/documents/summary_report.docx (BC with the statistics tables and 17 units quoted per section); ${note}`,
      },
    };
  } finally {
    await app.close();
  }
}

await measureOnBothEngines('vd-bench-report-', measure);
