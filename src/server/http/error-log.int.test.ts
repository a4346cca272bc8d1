import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/helpers/test-db';
import { buildApp } from '../app';
import type { Database } from '../db/client';
import { loadEnv } from '../env';
import type { AppDeps, AppInstance } from './app-types';

let database: Database;
let app: AppInstance;
let dataDir: string;
const lines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'vd-log-'));
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = { level: 'error', stream } as unknown as AppDeps['logger'];
  app = await buildApp({
    db: database.db,
    env: loadEnv({ NODE_ENV: 'test', DATA_DIR: dataDir }),
    engine: database.engine,
    logger,
  });
  // a query that fails in the database with a personal value among its parameters
  app.get('/api/test/failing-query', { config: { policy: 'public' } }, async () => {
    await database.db.execute(sql`select ${'Nguyễn Văn A 0912345678'}::uuid`);
    return {};
  });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the 500 log', () => {
  it('names the error class and SQLSTATE without the request’s values', async () => {
    const res = await app.inject({ url: '/api/test/failing-query' });
    expect(res.statusCode).toBe(500);
    const log = lines.join('');
    expect(log).toContain('unhandled error');
    expect(log).toContain('22P02');
    expect(log).not.toContain('Nguyễn Văn A');
    expect(log).not.toContain('0912345678');
  });
});
