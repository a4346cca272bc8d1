// import_5000_ms / import_5000_ms_postgres: POST /api/conferences/:cid/units/:unitId/nominations/import
// of a 5,000-row nominee list, validated and stored, on the real app in-process (app.inject), logged
// in as the secretary after the submission deadline is moved to the future. The file is the unit's
// real template (GET …/template.xlsx) filled with varied valid rows. Median of 3 runs, each into a
// different unit of the same database, after a small warm-up import into a fourth unit. Each run
// checks 201, created === 5000 and that the conference's nominations count rose by 5,000.
// PGlite always; PostgreSQL too when it answers (fresh database vd_bench_<random>, dropped after).
import { listAwardForms } from '../src/server/modules/award-forms/data';
import type { AwardFormOption } from '../src/server/modules/nominations/xlsx';
import { parseNominationSheet } from '../src/server/modules/nominations/xlsx-import';
import { type BenchDatabase, login, onPglite, onPostgres, seededApp, setSubmissionDeadline } from './lib/app';
import { filledTemplate, importOrThrow, importRequest, nominationTotal, nomineeRows } from './lib/nominees';
import { type BenchResult, median, round, saveResults } from './lib/results';

const ROWS = 5000;
const RUNS = 3;
const WARMUP_ROWS = 50;
const USERNAME = 'thuky';
// Three units that are not the unit head's own (tdp5), plus one for the warm-up.
const UNITS = ['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 3'];
const WARMUP_UNIT = 'Tổ dân phố 4';

async function measure(b: BenchDatabase): Promise<Record<string, BenchResult>> {
  const { app, demo } = await seededApp(b);
  try {
    const cookie = await login(app, USERNAME);
    const conferenceId = demo.conferenceId;
    await setSubmissionDeadline(app, cookie, conferenceId, 30);
    const unitId = (name: string) => {
      const id = demo.unitIds.get(name);
      if (!id) throw new Error(`the demo has no unit '${name}'`);
      return id;
    };

    // Every file is built before anything is timed; each run gets its own rows.
    const fillStarted = performance.now();
    const rows = UNITS.map((_, i) => nomineeRows(ROWS, 100 + i));
    const files = await Promise.all(
      UNITS.map((name, i) => filledTemplate(app, cookie, conferenceId, unitId(name), rows[i]!)),
    );
    const warmup = await filledTemplate(
      app,
      cookie,
      conferenceId,
      unitId(WARMUP_UNIT),
      nomineeRows(WARMUP_ROWS, 99),
    );
    const kb = round(median(files.map((f) => f.length)) / 1024);
    const collectives = rows[0]!.filter((r) => r.kind === 'Tập thể').length;
    console.log(
      `[${b.database.engine}] ${RUNS} tệp × ${ROWS} dòng (~${kb} KB; ${ROWS - collectives} cá nhân, ${collectives} tập thể) trong ${round(performance.now() - fillStarted, 0)} ms`,
    );

    await importOrThrow(app, importRequest(conferenceId, unitId(WARMUP_UNIT), cookie, warmup), WARMUP_ROWS);

    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const request = importRequest(conferenceId, unitId(UNITS[i]!), cookie, files[i]!);
      const before = await nominationTotal(app, cookie, conferenceId);
      const started = performance.now();
      const res = await app.inject(request);
      const ms = performance.now() - started;
      if (res.statusCode !== 201 || res.json().created !== ROWS) {
        throw new Error(`import run ${i + 1}: ${res.statusCode} ${res.body.slice(0, 500)}`);
      }
      const after = await nominationTotal(app, cookie, conferenceId);
      if (after - before !== ROWS) throw new Error(`import run ${i + 1}: count rose by ${after - before}`);
      times.push(ms);
      console.log(`[${b.database.engine}] lần ${i + 1}: ${round(ms)} ms (${before} → ${after} đề nghị)`);
    }

    // Where the time goes: the same parse + validate the route runs, alone (no database).
    const forms: AwardFormOption[] = (await listAwardForms(b.database.db, conferenceId)).map((f) => ({
      id: f.id,
      code: f.code,
      name: f.name,
      appliesTo: f.appliesTo as AwardFormOption['appliesTo'],
    }));
    const parseTimes: number[] = [];
    for (const file of files) {
      const started = performance.now();
      const parsed = await parseNominationSheet(file, { awardForms: forms });
      parseTimes.push(performance.now() - started);
      if (!parsed.ok || parsed.rows.length !== ROWS)
        throw new Error('parse-only run gave a different result');
    }
    const value = round(median(times));
    const parse = round(median(parseTimes));
    console.log(
      `[${b.database.engine}] import ${times.map((t) => round(t)).join('/')} ms; parse + validate alone ${parseTimes.map((t) => round(t)).join('/')} ms`,
    );
    return {
      [`import_5000_ms${b.suffix}`]: {
        value,
        unit: 'ms',
        goal: 2000,
        better: 'lower',
        engine: b.database.engine,
        note:
          `POST …/units/:unitId/nominations/import via app.inject as ${USERNAME}: ${ROWS}-row XLSX (~${kb} KB, ` +
          `${ROWS - collectives} individuals + ${collectives} collectives/households, demo award forms) filled ` +
          `into the unit's GET template.xlsx; validated + stored (201, created ${ROWS}, count +${ROWS} checked); ` +
          `median of ${RUNS} runs into 3 units of one database (${times.map((t) => round(t, 0)).join('/')} ms) ` +
          `after a ${WARMUP_ROWS}-row warm-up import; parse + validate alone ${parse} ms, so storing ≈ ${round(value - parse, 0)} ms`,
      },
    };
  } finally {
    await app.close();
  }
}

const results = await onPglite('vd-bench-import-', measure);
const postgres = await onPostgres('vd-bench-import-', measure);
saveResults({ ...results, ...postgres });
