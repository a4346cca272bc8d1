import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app';
import type { Database } from '../../src/server/db/client';
import { loadEnv } from '../../src/server/env';
import type { AppInstance } from '../../src/server/http/app-types';
import { seedDemo, seedDemoStory } from '../../src/server/seed/seed-demo';
import { DEMO_PASSWORD } from '../../src/server/seed/van-yen';
import { seedDemoLive } from '../../src/server/seed/van-yen-live';
import { openFileStore } from '../../src/server/storage/files';
import { createTestDatabase } from './test-db';

export type TestApp = {
  app: AppInstance;
  database: Database;
  demo: Awaited<ReturnType<typeof seedDemo>>;
  /** Logs in and returns the Cookie header value. */
  login: (username: string, password?: string) => Promise<string>;
  /** One request as the holder of `cookie` (none: anonymous), with an optional JSON body. */
  send: (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    cookie?: string,
    payload?: object,
  ) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
};

/**
 * The app in-process on a fresh database with the Văn Yên demo seeded (`history`: the 2020
 * conference as it concluded, or `history: 'draft'` stopped while its QĐ was a draft; `live`: also the live conference of the next period, dated today).
 */
export async function createTestApp(
  envOverrides: Record<string, string> = {},
  opts: { history?: boolean | 'draft'; live?: boolean; inspect?: boolean } = {},
): Promise<TestApp> {
  const database = await createTestDatabase({ inspect: opts.inspect });
  const dataDir = mkdtempSync(join(tmpdir(), 'vd-test-'));
  const env = loadEnv({ NODE_ENV: 'test', DATA_DIR: dataDir, ...envOverrides });
  const files = openFileStore({ db: database.db, engine: database.engine, env });
  const demo = opts.history
    ? await seedDemoStory(database.db, files, { conclude: opts.history !== 'draft' })
    : await seedDemo(database.db);
  if (opts.live) await seedDemoLive(database.db, demo);
  const app = await buildApp({ db: database.db, env, engine: database.engine });
  await app.ready();
  return {
    app,
    database,
    demo,
    login: async (username, password = DEMO_PASSWORD) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'vd_session');
      if (!cookie) throw new Error('no session cookie');
      return `vd_session=${cookie.value}`;
    },
    send: (method, url, cookie, payload) =>
      app.inject({ method, url, headers: cookie ? { cookie } : {}, payload }),
    close: async () => {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The demo app, `base` = /api/conferences/<demo conference><path>, and the secretary's cookie
 * (history: with the 2020 history seeded).
 */
export async function openDemo(path = '', opts: { history?: boolean | 'draft'; live?: boolean } = {}) {
  const t = await createTestApp({}, opts);
  return { t, base: `/api/conferences/${t.demo.conferenceId}${path}`, secretary: await t.login('thuky') };
}

/** The demo app, `orgUrl` = /api/organizations/<demo ward>, and the secretary's cookie. */
export async function openDemoOrganization() {
  const t = await createTestApp();
  return { t, orgUrl: `/api/organizations/${t.demo.organizationId}`, secretary: await t.login('thuky') };
}

export type AuditEntry = { action: string; actorName: string } & Record<string, unknown>;

/** The audit entries about one object (or the ward itself) of the demo ward, newest first, as `cookie` reads them. */
export async function auditOf(t: TestApp, entityId: string, cookie: string): Promise<AuditEntry[]> {
  const res = await t.send(
    'GET',
    `/api/organizations/${t.demo.organizationId}/audit?entityId=${entityId}`,
    cookie,
  );
  return res.json().items;
}

/** The same entries as "<action> <actor>" lines. */
export const auditTrail = async (t: TestApp, entityId: string, cookie: string) =>
  (await auditOf(t, entityId, cookie)).map((a) => `${a.action} ${a.actorName}`);
