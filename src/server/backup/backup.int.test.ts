import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl, testEngine, withDatabase } from '../../../tests/helpers/db-url';
import { tinyPng } from '../../../tests/helpers/files';
import { individual, multipartFile, setDeadline } from '../../../tests/helpers/nominations';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app';
import { buildApp } from '../app';
import { type Database, openPglite } from '../db/client';
import { invitationKey } from '../modules/delegates/tokens';
import { type BackupResult, createBackup } from './create';
import { RestoreRefused, type RestoreResult, restoreBackup } from './restore';
import { BACKUP_TOKEN_HEADER } from './server-route';
import { listTar } from './tar';

// The demo (with its 2020 history and issued documents) plus an attachment uploaded through the
// app is backed up while the app runs, restored into a fresh directory / empty database, and
// every table and every file is compared with the original — by this test's own reading of the
// rows, not by the manifest's counts.

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/** Every table of public and drizzle: row count and sha256 of its rows as JSON, in primary-key order. */
async function snapshot(query: Query): Promise<Map<string, { rows: number; sha256: string }>> {
  const tables = await query(`
    SELECT t.table_schema AS schema, t.table_name AS name,
      (SELECT string_agg(quote_ident(k.column_name), ', ' ORDER BY k.ordinal_position)
         FROM information_schema.table_constraints c
         JOIN information_schema.key_column_usage k
           ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name
        WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY') AS key
    FROM information_schema.tables t
    WHERE t.table_schema IN ('public', 'drizzle') AND t.table_type = 'BASE TABLE'
    ORDER BY 1, 2`);
  const out = new Map<string, { rows: number; sha256: string }>();
  for (const t of tables) {
    const rows = await query(
      `SELECT to_jsonb(x)::text AS j FROM "${t.schema}"."${t.name}" x ORDER BY ${t.key ?? 'x::text'}`,
    );
    const hash = createHash('sha256');
    for (const r of rows) hash.update(`${r.j}\n`);
    out.set(`${t.schema}.${t.name}`, { rows: rows.length, sha256: hash.digest('hex') });
  }
  return out;
}

/** sha256 of every file below dir/files and dir/secrets, by relative path. */
function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, rel: string) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p, `${rel}/${e}`);
      else out.set(`${rel}/${e}`, createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(join(dir, 'files'), 'files');
  walk(join(dir, 'secrets'), 'secrets');
  return out;
}

let t: TestApp;
let dataDir: string;
let work: string;
let uploadedSha: string;
let backup: BackupResult;
const pgUrl = () => (t.database as unknown as { pool: pg.Pool }).pool.options.connectionString as string;

async function sourceQuery(sql: string) {
  if (t.database.engine === 'pglite') {
    return (await (t.database as Database & { client: PGlite }).client.query<Record<string, unknown>>(sql))
      .rows;
  }
  return (await (t.database as unknown as { pool: pg.Pool }).pool.query(sql)).rows;
}

const source = () =>
  t.database.engine === 'pglite'
    ? { engine: 'pglite' as const, client: (t.database as Database & { client: PGlite }).client }
    : { engine: 'postgres' as const, url: pgUrl() };

beforeAll(async () => {
  t = await createTestApp({}, { history: true });
  dataDir = t.app.deps.env.DATA_DIR;
  work = mkdtempSync(join(tmpdir(), 'vd-backup-'));
  const secretary = await t.login('thuky');
  const tdp5 = await t.login('tdp5');
  await setDeadline(t, secretary, 2);
  const base = `/api/conferences/${t.demo.conferenceId}`;
  const created = await t.send(
    'POST',
    `${base}/units/${t.demo.unitIds.get('Tổ dân phố 5')}/nominations`,
    tdp5,
    individual(t.demo.formIds.get('DHTT-CN')!, 'Nguyễn Thị Hường'),
  );
  expect(created.statusCode).toBe(201);
  const png = tinyPng();
  uploadedSha = createHash('sha256').update(png).digest('hex');
  const body = multipartFile('ảnh chân dung.png', png, 'image/png');
  const up = await t.app.inject({
    method: 'POST',
    url: `${base}/nominations/${created.json().id}/attachments`,
    headers: { cookie: tdp5, ...body.headers },
    payload: body.payload,
  });
  expect(up.statusCode).toBe(201);
  invitationKey({ DATA_DIR: dataDir }); // the secret the app makes on first use
  const started = performance.now();
  backup = await createBackup({ source: source(), dataDir, outDir: join(work, 'out') });
  console.log(`backup ${testEngine()}: ${Math.round(performance.now() - started)} ms, ${backup.bytes} bytes`);
}, 120_000);

afterAll(async () => {
  await t?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe(`backup and restore (${testEngine()})`, () => {
  it('restores every table and every file as they were', { timeout: 120_000 }, async () => {
    const before = await snapshot(sourceQuery);
    const totalRows = [...before.values()].reduce((s, x) => s + x.rows, 0);
    expect(totalRows).toBeGreaterThan(500);
    expect(before.get('public.attachments')?.rows).toBeGreaterThan(0);
    const filesBefore = filesOf(dataDir);
    expect([...filesBefore.keys()]).toContain('secrets/invitation.key');
    if (testEngine() === 'pglite') {
      expect([...filesBefore.keys()]).toContain(`files/${uploadedSha.slice(0, 2)}/${uploadedSha}`);
      expect(filesBefore.size).toBeGreaterThan(2); // the issued QĐ documents too
    } else {
      // PostgreSQL: the stored files are rows every instance shares, in the dump with the rest
      const [row] = await sourceQuery(
        `SELECT count(*)::int AS n FROM stored_files WHERE sha256 = '${uploadedSha}'`,
      );
      expect(row?.n).toBe(1);
      expect(before.get('public.stored_files')?.rows).toBeGreaterThan(1); // the issued QĐ documents too
    }

    const target = join(work, 'restored');
    let result: RestoreResult;
    let after: Map<string, { rows: number; sha256: string }>;
    const started = performance.now();
    if (testEngine() === 'pglite') {
      result = await restoreBackup({ archive: backup.path, dataDir: target });
      const restored = await openPglite(join(target, 'pglite'));
      try {
        after = await snapshot(
          async (sql) => (await restored.client.query<Record<string, unknown>>(sql)).rows,
        );
      } finally {
        await restored.close();
      }
    } else {
      const name = `${new URL(pgUrl()).pathname.slice(1)}_restored`;
      const admin = new pg.Client({ connectionString: testDatabaseUrl() });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0`);
      const url = withDatabase(testDatabaseUrl(), name);
      try {
        result = await restoreBackup({ archive: backup.path, dataDir: target, databaseUrl: url });
        // a client, not a pool: its end() waits for the connection to close, before the DROP … FORCE
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        after = await snapshot(async (sql) => (await client.query(sql)).rows);
        await client.end();
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    }
    console.log(`restore ${testEngine()}: ${Math.round(performance.now() - started)} ms`);
    expect(result.mismatches).toEqual([]);
    expect(after).toEqual(before);
    expect(filesOf(target)).toEqual(filesBefore);
    expect(statSync(join(target, 'secrets/invitation.key')).mode & 0o777).toBe(0o600);
    expect(Object.keys(result.manifest.tables).length).toBe(before.size);
  });

  it('refuses to restore over data unless forced', async () => {
    const target = join(work, 'occupied');
    if (testEngine() === 'pglite') {
      await restoreBackup({ archive: backup.path, dataDir: target }).catch(() => {});
      await expect(restoreBackup({ archive: backup.path, dataDir: target })).rejects.toThrow(RestoreRefused);
    } else {
      // the source database itself is not empty
      await expect(
        restoreBackup({ archive: backup.path, dataDir: target, databaseUrl: pgUrl() }),
      ).rejects.toThrow(/không trống/);
    }
  });

  it('refuses a damaged archive before writing anything', async () => {
    const damaged = join(work, 'damaged.tar');
    copyFileSync(backup.path, damaged);
    // PGlite: one byte of the uploaded photo; PostgreSQL (files in the database): of the key
    const photo =
      testEngine() === 'pglite'
        ? `files/${uploadedSha.slice(0, 2)}/${uploadedSha}`
        : 'secrets/invitation.key';
    const entry = (await listTar(damaged)).find((e) => e.name === photo)!;
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.from('X'), 0, 1, entry.offset + 20);
    closeSync(fd);
    const target = join(work, 'untouched');
    await expect(
      restoreBackup({
        archive: damaged,
        dataDir: target,
        databaseUrl: testEngine() === 'postgres' ? pgUrl() : undefined,
        force: true,
      }),
    ).rejects.toThrow(`(archive damaged, checksum mismatch): ${photo}`);
    expect(existsSync(target)).toBe(false);
  });

  it('takes the copy through the running app for the holder of the token only', async () => {
    const token = 'cd'.repeat(32);
    const app = await buildApp({
      db: t.database.db,
      env: t.app.deps.env,
      engine: t.database.engine,
      backup: { token, run: () => createBackup({ source: source(), dataDir, outDir: join(work, 'server') }) },
    });
    try {
      const post = (headers: Record<string, string>) =>
        app.inject({ method: 'POST', url: '/api/system/backup', headers });
      expect((await post({})).statusCode).toBe(403);
      expect((await post({ [BACKUP_TOKEN_HEADER]: 'ab'.repeat(32) })).statusCode).toBe(403);
      const res = await post({ [BACKUP_TOKEN_HEADER]: token });
      expect(res.statusCode).toBe(200);
      const body = res.json() as BackupResult;
      expect(existsSync(body.path)).toBe(true);
      // nothing changed since the first backup: the same rows, counted the same way
      expect(body.manifest.tables).toEqual(backup.manifest.tables);
      expect(body.manifest.files).toEqual(backup.manifest.files);
    } finally {
      await app.close();
    }
  });
});
