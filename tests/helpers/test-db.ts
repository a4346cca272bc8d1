import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { pageinspect } from '@electric-sql/pglite/contrib/pageinspect';
import { pg_walinspect } from '@electric-sql/pglite/contrib/pg_walinspect';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../../src/server/db/client';
import { runPrefix, templateDb, testDatabaseUrl, testEngine, withDatabase } from './db-url';

let pgliteTemplate: Promise<PGlite> | null = null;

/**
 * A fresh, migrated, empty database on the engine under test. Close it when done.
 * `inspect`: with pageinspect and pg_walinspect, for tests that read raw pages and the WAL.
 */
export async function createTestDatabase(opts: { inspect?: boolean } = {}): Promise<Database> {
  if (testEngine() === 'pglite' && opts.inspect) {
    const t = await openPglite(null, undefined, { pageinspect, pg_walinspect });
    await t.migrate();
    await t.client.exec(
      'CREATE EXTENSION IF NOT EXISTS pageinspect; CREATE EXTENSION IF NOT EXISTS pg_walinspect',
    );
    return t;
  }
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
  if (opts.inspect) {
    await database.pool.query('CREATE EXTENSION IF NOT EXISTS pageinspect');
    await database.pool.query('CREATE EXTENSION IF NOT EXISTS pg_walinspect');
  }
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
