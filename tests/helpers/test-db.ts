import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../../src/server/db/client';
import { runPrefix, templateDb, testDatabaseUrl, testEngine, withDatabase } from './db-url';

let pgliteTemplate: Promise<PGlite> | null = null;

/** A fresh, migrated, empty database on the engine under test. Close it when done. */
export async function createTestDatabase(): Promise<Database> {
  if (testEngine() === 'pglite') {
    pgliteTemplate ??= (async () => {
      const t = await openPglite(null);
      await t.migrate();
      return t.client;
    })();
    return openPglite(null, await pgliteTemplate);
  }
  const name = `${runPrefix()}${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDb()}"`);
  await admin.end();
  const database = await openPostgres(withDatabase(testDatabaseUrl(), name), 5);
  return {
    ...database,
    close: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: testDatabaseUrl() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
