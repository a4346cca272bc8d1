import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { projectRoot } from '../paths';
import { type Manifest, manifestName, type StoredFile } from './manifest';
import { pgTool, postgresTarget } from './pg-tools';
import { type RunQuery, type TableStats, tableStats } from './tables';
import { createTarWriter, type TarWriter } from './tar';

const gzipAsync = promisify(gzip);

/** Where the database is read from: the open PGlite instance, or a PostgreSQL server. */
export type BackupSource = { engine: 'pglite'; client: PGlite } | { engine: 'postgres'; url: string };

export type BackupResult = {
  path: string;
  manifest: Manifest;
  bytes: number;
  /** PGlite: how long the app's queries waited for the copy (ms); PostgreSQL: 0, nothing waits. */
  pausedMs: number;
};

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

function appVersion(): string {
  try {
    return JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/**
 * One archive (tar) holding the database, the stored files and the secrets of DATA_DIR, and a
 * manifest (manifest.json) with counts and checksums. The database copy comes first, from one
 * snapshot; the files are copied after it, so every file a copied row names is already there
 * (files are written before the rows that point at them, and never changed: content-addressed).
 */
export async function createBackup(opts: {
  source: BackupSource;
  dataDir: string;
  outDir: string;
  /** FILE_STORE_DIR, when the stored files live in a shared directory (storage/files.ts). */
  fileStoreDir?: string;
  now?: Date;
}): Promise<BackupResult> {
  const started = performance.now();
  const createdAt = opts.now ?? new Date();
  const outDir = resolve(opts.outDir);
  await mkdir(outDir, { recursive: true });
  const name = `vinh-danh-${stamp(createdAt)}-${opts.source.engine}.tar`;
  const partial = join(outDir, `.${name}.partial`);
  const tar = await createTarWriter(partial);
  try {
    const database =
      opts.source.engine === 'pglite'
        ? await dumpPglite(opts.source.client, tar)
        : await dumpPostgres(opts.source.url, tar, partial);
    // PostgreSQL's stored_files table is in the dump; a shared directory's files are copied here
    const files = await addDataDirFiles(
      tar,
      resolve(opts.dataDir),
      opts.fileStoreDir ? resolve(opts.fileStoreDir) : undefined,
    );
    const manifest: Manifest = {
      format: 'vinh-danh-backup',
      formatVersion: 1,
      appVersion: appVersion(),
      engine: opts.source.engine,
      createdAt: createdAt.toISOString(),
      database: database.file,
      tables: database.tables,
      files,
      durationMs: Math.round(performance.now() - started),
    };
    await tar.addBuffer(manifestName, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    await tar.close();
    const path = join(outDir, name);
    await rename(partial, path);
    const { size } = await stat(path);
    return { path, manifest, bytes: size, pausedMs: database.pausedMs };
  } catch (err) {
    await tar.abort().catch(() => {});
    await rm(partial, { force: true });
    throw err;
  }
}

/**
 * PGlite: inside one transaction (which holds PGlite's transaction lock, so no other query of
 * the app runs meanwhile) count the tables, then copy the data directory (dumpDataDir takes the
 * query lock: no statement is half-way). What the copy holds is exactly what was counted. The
 * copy is taken uncompressed (~0.5 s on the demo instead of ~2 s with PGlite's gzip) and
 * compressed afterwards off the event loop (zlib's thread pool), when the app runs again.
 */
async function dumpPglite(client: PGlite, tar: TarWriter) {
  let tables: TableStats = {};
  let raw = Buffer.alloc(0);
  const started = performance.now();
  await client.transaction(async (tx) => {
    await tx.exec("SET LOCAL TimeZone = 'UTC'");
    const query: RunQuery = async (sql) => (await tx.query<Record<string, unknown>>(sql)).rows;
    tables = await tableStats(query);
    raw = Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
  });
  const pausedMs = Math.round(performance.now() - started);
  const bytes = await gzipAsync(raw);
  const path = 'database/pglite-datadir.tar.gz';
  const sha256 = await tar.addBuffer(path, bytes);
  const file: StoredFile & { postgresVersion: string } = {
    path,
    sha256,
    size: bytes.length,
    postgresVersion: await serverVersion(
      async (sql) => (await client.query<Record<string, unknown>>(sql)).rows,
    ),
  };
  return { file, tables, pausedMs };
}

/**
 * PostgreSQL: a repeatable-read transaction exports its snapshot; the tables are counted in it
 * and pg_dump (custom format) reads the very same snapshot while it stays open.
 */
async function dumpPostgres(url: string, tar: TarWriter, partial: string) {
  const target = postgresTarget(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const dumpFile = `${partial}.dump`;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query("SET LOCAL TimeZone = 'UTC'");
    const { rows } = await client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot');
    const query: RunQuery = async (sql) => (await client.query(sql)).rows;
    const tables = await tableStats(query);
    const postgresVersion = await serverVersion(query);
    await pgTool(
      'pg_dump',
      ['--format=custom', `--snapshot=${rows[0]!.snapshot}`, `--file=${dumpFile}`, `--dbname=${target.url}`],
      target.env,
    );
    await client.query('COMMIT');
    const path = 'database/postgres.dump';
    const { sha256, size } = await tar.addFile(path, dumpFile);
    return { file: { path, sha256, size, postgresVersion }, tables, pausedMs: 0 };
  } finally {
    await client.end().catch(() => {});
    await rm(dumpFile, { force: true });
  }
}

async function serverVersion(query: RunQuery): Promise<string> {
  const [row] = await query('SHOW server_version');
  return String(row?.server_version ?? '');
}

/**
 * DATA_DIR/files (the file store), the shared FILE_STORE_DIR's files (under files/ too: they
 * restore into DATA_DIR/files, which the store reads as its fallback) and DATA_DIR/secrets;
 * temporary files of a write in progress are skipped.
 */
async function addDataDirFiles(
  tar: TarWriter,
  dataDir: string,
  fileStoreDir?: string,
): Promise<StoredFile[]> {
  const out: StoredFile[] = [];
  const seen = new Set<string>();
  for (const [folder, dir, mode] of [
    ['files', fileStoreDir, 0o644],
    ['files', join(dataDir, 'files'), 0o644],
    ['secrets', join(dataDir, 'secrets'), 0o600],
  ] as const) {
    if (!dir) continue;
    for (const rel of await walk(dir)) {
      const path = `${folder}/${rel}`;
      if (rel.endsWith('.tmp') || seen.has(path)) continue;
      seen.add(path);
      const { sha256, size } = await tar.addFile(path, join(dir, rel), mode);
      out.push({ path, sha256, size });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Regular files below `dir`, relative, '/'-separated, sorted; none if it does not exist. */
async function walk(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await walk(join(dir, e.name), rel)));
    else if (e.isFile()) out.push(rel);
  }
  return out;
}
