import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/helpers/test-db';
import { buildApp } from '../app';
import type { Database } from '../db/client';
import { loadEnv } from '../env';

let database: Database;
let dataDir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'vd-test-'));
});
afterAll(async () => {
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Two requests through an app logging at `level`; the JSON lines it wrote. */
async function linesAt(level: string): Promise<{ msg: string }[]> {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const env = loadEnv({ NODE_ENV: 'test', DATA_DIR: dataDir });
  const app = await buildApp({
    db: database.db,
    env,
    engine: database.engine,
    logger: { level, stream } as never,
  });
  await app.ready();
  await app.inject({ url: '/api/health' });
  await app.inject({ url: '/api/auth/me' });
  await app.close();
  return lines.map((l) => JSON.parse(l));
}

describe('request logging', () => {
  it('writes no line per ordinary request at info level (two lines each cost more than a cached read)', async () => {
    expect(await linesAt('info')).toEqual([]);
  });

  it('still logs every request at debug level', async () => {
    const msgs = (await linesAt('debug')).map((l) => l.msg);
    expect(msgs.filter((m) => m === 'incoming request')).toHaveLength(2);
    expect(msgs.filter((m) => m === 'request completed')).toHaveLength(2);
  });
});
