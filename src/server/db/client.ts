import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Extensions, PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index';

export type Schema = typeof schema;
/** One type for both engines; a transaction is a Db too. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  db: Db;
  engine: 'pglite' | 'postgres';
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

/** The committed SQL migrations, found from the source tree or from the built bundle. */
export function migrationsFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    for (const candidate of [join(dir, 'migrations'), join(dir, 'src/server/db/migrations')]) {
      if (existsSync(join(candidate, 'meta/_journal.json'))) return candidate;
    }
    dir = dirname(dir);
  }
  throw new Error('Không tìm thấy thư mục migrations (src/server/db/migrations)');
}

/** Embedded PostgreSQL (PGlite). `dataDir` null = in memory. */
/**
 * PGlite's memory is the process's: PostgreSQL's default 128 MB of shared buffers became resident
 * memory that never shrinks (a WASM heap only grows). Measured on the demo server restarted on its
 * data: idle RSS 438 MB with 128 MB, 285 MB with 32 MB — but 32 MB tripled the p95 of a 20,000-
 * nomination list (278 ms against 82 ms), and 64 MB kept it (94 ms). An office's database is tens
 * of MB; the OS page cache keeps its files besides.
 */
const EMBEDDED_SETTINGS = ['shared_buffers=64MB'];

export async function openPglite(
  dataDir: string | null,
  from?: PGlite,
  extensions?: Extensions,
): Promise<Database & { client: PGlite }> {
  let client: PGlite;
  if (from) {
    client = (await from.clone()) as PGlite;
  } else if (dataDir) {
    const dir = resolve(dataDir);
    mkdirSync(dirname(dir), { recursive: true });
    client = await PGlite.create(dir, { extensions, postgresqlconf: EMBEDDED_SETTINGS });
  } else {
    client = await PGlite.create({ extensions });
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    client,
    engine: 'pglite',
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder: migrationsFolder() });
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

/** A PostgreSQL server. Fails with a one-line reason if it does not answer. */
export async function openPostgres(url: string, poolSize = 10): Promise<Database & { pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  pool.on('error', () => {
    // idle client errors (server restart) surface on the next query
  });
  try {
    const c = await pool.connect();
    c.release();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new Error(`Không kết nối được PostgreSQL (${redactUrl(url)}): ${(err as Error).message}`);
  }
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    pool,
    engine: 'postgres',
    migrate: async () => {
      await migratePg(db as never, { migrationsFolder: migrationsFolder() });
    },
    close: async () => {
      await pool.end();
    },
  };
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
