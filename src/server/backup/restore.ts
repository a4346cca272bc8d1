import { mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { acquireLock } from './lock';
import { type Manifest, manifestName, parseManifest } from './manifest';
import { pgTool, postgresTarget } from './pg-tools';
import { listTables, type RunQuery, type TableStats, tableStats } from './tables';
import { openTar, type TarEntry } from './tar';

const gunzipAsync = promisify(gunzip);

export type RestoreResult = {
  manifest: Manifest;
  /** What the restored database holds, counted the same way as at backup time. */
  tables: TableStats;
  /** Every difference from the manifest (empty: the restore is verified). */
  mismatches: string[];
  files: number;
  durationMs: number;
};

/** The target is not empty and --force was not given: nothing has been written. */
export class RestoreRefused extends Error {}

const SAFE_PATH = /^(files|secrets)(\/[A-Za-z0-9._-]+)+$/;

async function nonEmpty(dir: string): Promise<boolean> {
  return (await readdir(dir).catch(() => [])).length > 0;
}

/**
 * Restores an archive made by createBackup: the database into `dataDir`/pglite (PGlite) or into
 * the database at `databaseUrl` (PostgreSQL, pg_restore), the stored files and secrets into
 * `dataDir`. Refuses a target that already holds data unless `force`; then checks every
 * checksum and recounts every table against the manifest.
 */
export async function restoreBackup(opts: {
  archive: string;
  dataDir: string;
  databaseUrl?: string;
  force?: boolean;
}): Promise<RestoreResult> {
  const started = performance.now();
  const dataDir = resolve(opts.dataDir);
  const tar = await openTar(resolve(opts.archive));
  try {
    const byName = new Map(tar.entries.map((e) => [e.name, e]));
    const manifestEntry = byName.get(manifestName);
    if (!manifestEntry) throw new Error('Tệp không có manifest.json (not a Vinh Danh backup)');
    const manifest = parseManifest(await tar.read(manifestEntry));
    const entryOf = (path: string, size: number): TarEntry => {
      const e = byName.get(path);
      if (!e || e.size !== size)
        throw new Error(`Tệp sao lưu thiếu hoặc hỏng phần ${path} (missing or truncated entry)`);
      return e;
    };
    const dbEntry = entryOf(manifest.database.path, manifest.database.size);
    // Every checksum is checked before anything is written: a damaged archive changes nothing.
    const damaged: string[] = [];
    if ((await tar.hash(dbEntry)) !== manifest.database.sha256) damaged.push(dbEntry.name);
    for (const f of manifest.files) {
      if (!SAFE_PATH.test(f.path) || f.path.includes('..'))
        throw new Error(`Đường dẫn không hợp lệ trong tệp sao lưu: ${f.path}`);
      if ((await tar.hash(entryOf(f.path, f.size))) !== f.sha256) damaged.push(f.path);
    }
    if (damaged.length) {
      throw new Error(
        `Tệp sao lưu hỏng, sai mã sha256 (archive damaged, checksum mismatch): ${damaged.join(', ')}`,
      );
    }
    if (manifest.engine === 'postgres' && !opts.databaseUrl) {
      throw new Error(
        'Bản sao lưu PostgreSQL: cần --database-url <url> (a PostgreSQL backup restores into a PostgreSQL database)',
      );
    }
    if (manifest.engine === 'pglite' && opts.databaseUrl) {
      throw new Error(
        'Bản sao lưu PGlite chỉ khôi phục vào thư mục --data-dir (a PGlite backup restores into a data directory)',
      );
    }

    // Refuse before writing anything.
    const folders = manifest.engine === 'pglite' ? ['pglite', 'files', 'secrets'] : ['files', 'secrets'];
    const occupied: string[] = [];
    for (const f of folders) if (await nonEmpty(join(dataDir, f))) occupied.push(join(dataDir, f));
    if (manifest.engine === 'postgres' && (await countAppTables(opts.databaseUrl!)) > 0) {
      occupied.push('cơ sở dữ liệu đích đã có bảng (the target database already has tables)');
    }
    if (occupied.length && !opts.force) {
      throw new RestoreRefused(
        `Đích khôi phục không trống, thêm --force để ghi đè (target not empty, add --force to overwrite): ${occupied.join('; ')}`,
      );
    }

    const lock = manifest.engine === 'pglite' ? acquireLock(dataDir, 'restore') : null;
    try {
      for (const f of ['files', 'secrets', ...(lock ? ['pglite'] : [])]) {
        if (opts.force) await rm(join(dataDir, f), { recursive: true, force: true });
      }
      const mismatches: string[] = [];
      const scratch = await mkdtemp(join(tmpdir(), 'vd-restore-'));
      let tables: TableStats;
      try {
        const dumpFile = join(scratch, 'database');
        const sha = await tar.extract(dbEntry, dumpFile, 0o600);
        if (sha !== manifest.database.sha256)
          throw new Error(`Sai mã kiểm tra của ${dbEntry.name} (checksum mismatch)`);
        tables =
          manifest.engine === 'pglite'
            ? await loadPglite(dumpFile, dataDir, manifest.database.postgresVersion)
            : await loadPostgres(dumpFile, opts.databaseUrl!, Boolean(opts.force));
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
      for (const f of manifest.files) {
        const target = join(dataDir, f.path);
        await mkdir(dirname(target), {
          recursive: true,
          mode: f.path.startsWith('secrets/') ? 0o700 : 0o755,
        });
        const sha = await tar.extract(
          byName.get(f.path)!,
          target,
          f.path.startsWith('secrets/') ? 0o600 : 0o644,
        );
        if (sha !== f.sha256) mismatches.push(`${f.path}: sha256 ${sha} ≠ ${f.sha256}`);
      }
      mismatches.push(...compareTables(manifest.tables, tables));
      return {
        manifest,
        tables,
        mismatches,
        files: manifest.files.length,
        durationMs: Math.round(performance.now() - started),
      };
    } finally {
      lock?.release();
    }
  } finally {
    await tar.close();
  }
}

export function compareTables(expected: TableStats, actual: TableStats): string[] {
  const out: string[] = [];
  for (const name of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const e = expected[name];
    const a = actual[name];
    if (!e) out.push(`${name}: bảng thừa (extra table)`);
    else if (!a) out.push(`${name}: thiếu bảng (missing table)`);
    else if (e.rows !== a.rows) out.push(`${name}: ${a.rows} dòng, cần ${e.rows} (row count differs)`);
    else if (e.md5 !== a.md5) out.push(`${name}: nội dung khác (rows differ, md5 ${a.md5} ≠ ${e.md5})`);
  }
  return out;
}

/** Unpacks the data directory into <dataDir>/pglite (via a side folder, renamed once it opens) and recounts. */
async function loadPglite(dumpFile: string, dataDir: string, manifestVersion: string): Promise<TableStats> {
  const final = join(dataDir, 'pglite');
  const side = join(dataDir, 'pglite.restoring');
  await rm(side, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  // unpacked here (zlib's thread pool), PGlite gets the plain tar
  const blob = new Blob([await gunzipAsync(await readFile(dumpFile))], { type: 'application/x-tar' });
  const client = await PGlite.create(side, { loadDataDir: blob }).catch(async (err: Error) => {
    await rm(side, { recursive: true, force: true });
    throw new Error(
      `PGlite không mở được bản sao lưu (cannot open the copy; made by PostgreSQL ${manifestVersion}?): ${err.message}`,
    );
  });
  try {
    const tables = await statsOf(async (run) =>
      client.transaction((tx) => run(async (sql) => (await tx.query<Record<string, unknown>>(sql)).rows)),
    );
    return tables;
  } finally {
    await client.close();
    await rename(side, final);
  }
}

async function statsOf(
  within: (run: (query: RunQuery) => Promise<TableStats>) => Promise<TableStats>,
): Promise<TableStats> {
  return within(async (query) => {
    await query("SET LOCAL TimeZone = 'UTC'");
    return tableStats(query);
  });
}

async function withPg<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function countAppTables(url: string): Promise<number> {
  return withPg(url, async (c) => (await listTables(async (sql) => (await c.query(sql)).rows)).length);
}

async function loadPostgres(dumpFile: string, url: string, force: boolean): Promise<TableStats> {
  const target = postgresTarget(url);
  await pgTool(
    'pg_restore',
    [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      ...(force ? ['--clean', '--if-exists'] : []),
      `--dbname=${target.url}`,
      dumpFile,
    ],
    target.env,
  );
  return withPg(url, (c) =>
    statsOf(async (run) => {
      await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        return await run(async (sql) => (await c.query(sql)).rows);
      } finally {
        await c.query('COMMIT');
      }
    }),
  );
}
