// Cross-instance caches: two apps on one PostgreSQL database (as two instances are). A logout or
// an edit through one is seen through the other at once, with no TTL to wait out. On PGlite one
// process holds the database (nobody else to tell): the test runs on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../tests/helpers/db-url';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app';
import { buildApp } from '../app';
import type { AppInstance } from '../http/app-types';

describe.skipIf(testEngine() !== 'postgres')('read caches across instances (cache signals)', () => {
  let t: TestApp;
  let other: AppInstance;
  beforeAll(async () => {
    t = await createTestApp();
    other = await buildApp({ db: t.database.db, env: t.app.deps.env, engine: t.database.engine });
    await other.ready();
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });
  const onOther = (url: string, cookie: string) => other.inject({ method: 'GET', url, headers: { cookie } });

  it('a logout on one instance refuses the session on the other at once', async () => {
    const cookie = await t.login('letan');
    expect((await onOther('/api/conferences', cookie)).statusCode).toBe(200);
    expect((await onOther('/api/conferences', cookie)).statusCode).toBe(200); // cached there now
    expect((await t.send('POST', '/api/auth/logout', cookie, {})).statusCode).toBeLessThan(300);
    expect((await onOther('/api/conferences', cookie)).statusCode).toBe(401);
    expect((await onOther('/api/auth/me', cookie)).statusCode).toBe(401);
  });

  it("an edit on one instance is read fresh on the other (the conference overview's cache)", async () => {
    const secretary = await t.login('thuky');
    const url = `/api/conferences/${t.demo.conferenceId}`;
    type Milestone = { id: string; kind: string; startDate: string; version: number };
    const day = async () =>
      ((await onOther(url, secretary)).json().milestones as Milestone[]).find(
        (m) => m.kind === 'conference_day',
      )!;
    const before = await day();
    const moved = await t.send('PUT', `${url}/milestones/${before.id}`, secretary, {
      ...before,
      startDate: '2020-04-02',
      endDate: null,
    });
    expect(moved.statusCode).toBe(200);
    expect((await day()).startDate).toBe('2020-04-02');
  });
});
