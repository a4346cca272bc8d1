// The real app in-process for a benchmark, on either engine: PGlite in a temp dir, or a fresh
// PostgreSQL database vd_bench_<random> (skipped when the server does not answer), migrated, the
// Văn Yên demo seeded, the app built. Everything made here is removed afterwards.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp } from '../../src/server/app';
import { type Database, openPglite, openPostgres } from '../../src/server/db/client';
import { loadEnv } from '../../src/server/env';
import type { AppInstance } from '../../src/server/http/app-types';
import { seedDemo } from '../../src/server/seed/seed-demo';
import { DEMO_PASSWORD } from '../../src/server/seed/van-yen';
import { type BenchResult, round, saveResults } from './results';

/** A database for one bench run; `suffix` is '' on PGlite and '_postgres' on PostgreSQL (result names). */
export type BenchDatabase = {
  database: Database;
  suffix: '' | '_postgres';
  /** A temp dir for the app's DATA_DIR (attachments); removed afterwards. */
  dataDir: string;
};

/** Runs `fn` on a PGlite database kept on disk in a temp dir. */
export async function onPglite<T>(prefix: string, fn: (b: BenchDatabase) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const database = await openPglite(join(dir, 'pglite'));
  try {
    return await fn({ database, suffix: '', dataDir: join(dir, 'data') });
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `fn` on a fresh PostgreSQL database (TEST_DATABASE_URL or postgres@127.0.0.1:5432), dropped
 * afterwards; null, with a note, when the server does not answer.
 */
export async function onPostgres<T>(
  prefix: string,
  fn: (b: BenchDatabase) => Promise<T>,
  poolSize = 10,
): Promise<T | null> {
  const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (err) {
    console.log(
      `PostgreSQL không trả lời, bỏ qua phần PostgreSQL (not answering, skipped): ${(err as Error).message}`,
    );
    await admin.end().catch(() => {});
    return null;
  }
  const name = `vd_bench_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let database: Database | undefined;
  try {
    database = await openPostgres(u.toString(), poolSize);
    return await fn({ database, suffix: '_postgres', dataDir: join(dir, 'data') });
  } finally {
    await database?.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

export type Demo = Awaited<ReturnType<typeof seedDemo>>;

/** Migrates, seeds the demo and builds the app (production settings, no logging). Close the app. */
export async function seededApp(b: BenchDatabase): Promise<{ app: AppInstance; demo: Demo }> {
  await b.database.migrate();
  const demo = await seedDemo(b.database.db);
  const app = await buildApp({
    db: b.database.db,
    env: loadEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATA_DIR: b.dataDir }),
    engine: b.database.engine,
    logger: false,
  });
  await app.ready();
  return { app, demo };
}

/** Logs in through the app (in-process); returns the Cookie header value. */
export async function login(app: AppInstance, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'vd_session');
  if (!cookie) throw new Error('login gave no vd_session cookie');
  return `vd_session=${cookie.value}`;
}

/**
 * Moves the demo's submission deadline to a day relative to today, as the secretary would (PUT the
 * 'submission_deadline' milestone) — the same steps as tests/helpers/nominations.ts setDeadline.
 */
export async function setSubmissionDeadline(
  app: AppInstance,
  cookie: string,
  conferenceId: string,
  daysFromToday: number,
): Promise<string> {
  const url = `/api/conferences/${conferenceId}`;
  const c = (await app.inject({ url, headers: { cookie } })).json();
  const m = c.milestones.find((x: { kind: string }) => x.kind === 'submission_deadline');
  if (!m) throw new Error('the demo conference has no submission_deadline milestone');
  const day = new Date(Date.now() + 7 * 3600_000 + daysFromToday * 86_400_000).toISOString().slice(0, 10);
  const res = await app.inject({
    method: 'PUT',
    url: `${url}/milestones/${m.id}`,
    headers: { cookie },
    payload: { ...m, startDate: day, endDate: null, version: m.version },
  });
  if (res.statusCode !== 200) throw new Error(`set deadline: ${res.statusCode} ${res.body}`);
  return day;
}

/**
 * Drops the app's cached answers (src/server/http/response-cache.ts) as any write does, with an
 * untimed refused one (a plan edit without a body: 400), so the next read runs its queries.
 */
export async function dropReadCaches(address: string, cookie: string, conferenceId: string): Promise<void> {
  const res = await fetch(`${address}/api/conferences/${conferenceId}/plan`, {
    method: 'PUT',
    headers: { cookie, 'content-type': 'application/json' },
    body: '{}',
  });
  if (res.status !== 400) throw new Error(`PUT …/plan {} answered ${res.status}, want 400`);
}

/** p-th percentile, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Serves the app on a free port of 127.0.0.1; returns its base URL (http://127.0.0.1:port). */
export async function listenLocal(app: AppInstance): Promise<string> {
  return (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
}

/** p50, p95 and p99 of the times, rounded as the results are. */
export function latencies(times: number[]): { p50: number; p95: number; p99: number } {
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
  };
}

/** Runs `measure` on PGlite, then on PostgreSQL (when it answers), and saves both engines' results. */
export async function measureOnBothEngines(
  prefix: string,
  measure: (b: BenchDatabase) => Promise<Record<string, BenchResult>>,
): Promise<void> {
  const pglite = await onPglite(prefix, measure);
  const postgres = await onPostgres(prefix, measure);
  saveResults({ ...pglite, ...postgres });
}
