import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../tests/helpers/db-url';
import { tinyPng } from '../../../tests/helpers/files';
import { individual, multipartFile, setDeadline } from '../../../tests/helpers/nominations';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app';
import { buildApp } from '../app';
import { loadEnv } from '../env';
import type { AppInstance } from '../http/app-types';
import { createFileStore, openFileStore } from './files';

/**
 * Kho tệp dùng chung: what one instance stores, every other instance on the same database reads —
 * from the database on PostgreSQL, from FILE_STORE_DIR when set; PGlite (one instance) keeps
 * DATA_DIR/files. Files written before the shared store (DATA_DIR/files) are still read.
 */
let t: TestApp;
let other: AppInstance | null = null;
const dirs: string[] = [];
const tempDir = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `vd-${name}-`));
  dirs.push(d);
  return d;
};
const pathIn = (dir: string, sha: string) => join(dir, sha.slice(0, 2), sha);

beforeAll(async () => {
  t = await createTestApp({}, { history: true });
});
afterAll(async () => {
  await other?.close();
  await t?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe(`the shared file store (${testEngine()})`, () => {
  it('a file uploaded on one instance downloads on another with its own DATA_DIR', async () => {
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
    const png = Buffer.concat([tinyPng(), randomBytes(8)]);
    const body = multipartFile('ảnh chân dung.png', png, 'image/png');
    const up = await t.app.inject({
      method: 'POST',
      url: `${base}/nominations/${created.json().id}/attachments`,
      headers: { cookie: tdp5, ...body.headers },
      payload: body.payload,
    });
    expect(up.statusCode).toBe(201);
    // the answer is the nomination with its attachments
    const attachment = (up.json() as { attachments: { id: string; fileName: string }[] }).attachments.find(
      (a) => a.fileName === 'ảnh chân dung.png',
    )!;
    const onDisk = existsSync(join(t.app.deps.env.DATA_DIR, 'files'))
      ? (await import('node:fs')).readdirSync(join(t.app.deps.env.DATA_DIR, 'files')).length
      : 0;
    if (testEngine() === 'postgres') expect(onDisk).toBe(0);
    else expect(onDisk).toBeGreaterThan(0);
    if (testEngine() === 'pglite') return; // one instance only: nothing to share

    // instance B: same database, a DATA_DIR of its own
    const envB = loadEnv({ NODE_ENV: 'test', DATA_DIR: tempDir('b') });
    other = await buildApp({ db: t.database.db, env: envB, engine: t.database.engine });
    await other.ready();
    const res = await other.inject({
      method: 'GET',
      url: `${base}/nominations/${created.json().id}/attachments/${attachment.id}`,
      headers: { cookie: tdp5 },
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(Buffer.compare(res.rawPayload, png)).toBe(0);
  });

  it('keeps reading the files an instance wrote to DATA_DIR/files before', async () => {
    const dataDir = tempDir('old');
    const old = await createFileStore(dataDir).put(Buffer.from('biên bản cũ'));
    const shared = openFileStore({
      db: t.database.db,
      engine: t.database.engine,
      env: { DATA_DIR: dataDir },
    });
    expect((await shared.get(old)).toString()).toBe('biên bản cũ');
    const fresh = await shared.put(Buffer.from('biên bản mới'));
    // PostgreSQL: in the database, not in this instance's directory; PGlite: in the directory
    expect(existsSync(pathIn(join(dataDir, 'files'), fresh))).toBe(testEngine() === 'pglite');
    const elsewhere = openFileStore({
      db: t.database.db,
      engine: t.database.engine,
      env: { DATA_DIR: tempDir('elsewhere') },
    });
    if (testEngine() === 'postgres') expect((await elsewhere.get(fresh)).toString()).toBe('biên bản mới');
    else await expect(elsewhere.get(fresh)).rejects.toThrow();
  });

  it('with FILE_STORE_DIR, instances share that directory (on either engine)', async () => {
    const shared = tempDir('shared');
    const env = (name: string) => ({ DATA_DIR: tempDir(name), FILE_STORE_DIR: shared });
    const a = openFileStore({ db: t.database.db, engine: t.database.engine, env: env('a') });
    const b = openFileStore({ db: t.database.db, engine: t.database.engine, env: env('b') });
    const sha = await a.put(Buffer.from('giấy mời'));
    expect(existsSync(pathIn(shared, sha))).toBe(true);
    expect((await b.get(sha)).toString()).toBe('giấy mời');
    // the same bytes twice: one file
    expect(await b.put(Buffer.from('giấy mời'))).toBe(sha);
    await expect(b.get('0'.repeat(64))).rejects.toThrow();
  });
});
