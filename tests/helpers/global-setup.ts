import pg from 'pg';
import { openPostgres } from '../../src/server/db/client';
import { isDroppable, runPrefix, templateDb, testDatabaseUrl, testEngine, withDatabase } from './db-url';

/** On PostgreSQL: build one migrated template database; each test file copies it. */
export default async function setup() {
  if (testEngine() !== 'postgres') return;
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(
      `PostgreSQL for tests does not answer at ${testDatabaseUrl()}: ${(err as Error).message}`,
    );
  }
  // Leftovers of interrupted runs (never those of a run still going on this machine).
  const old = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'vd_test_%'");
  for (const r of old.rows as { datname: string }[]) {
    if (isDroppable(r.datname)) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
  }
  await admin.query(`CREATE DATABASE "${templateDb()}"`);
  const db = await openPostgres(withDatabase(testDatabaseUrl(), templateDb()), 1);
  await db.migrate();
  await db.close();
  await admin.end();
  return async () => {
    const c = new pg.Client({ connectionString: testDatabaseUrl() });
    await c.connect();
    const rows = await c.query('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [
      runPrefix(),
    ]);
    for (const r of rows.rows) await c.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    await c.end();
  };
}
