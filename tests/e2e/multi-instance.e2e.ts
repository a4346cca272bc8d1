import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Server, session, startServer, stopServer } from '../helpers/built-server';
import { runPrefix, testDatabaseUrl, withDatabase } from '../helpers/db-url';
import { openEvents } from '../helpers/delegates';

// Several instances on one PostgreSQL (issue 20): two built servers, as `npm start` runs them, on
// one fresh database. What one instance writes, the other's clients see at once: check-ins and the
// run of show on their live streams, a logout, an edit of a cached conference. One instance killed
// with SIGKILL: its stream's client reconnects to the other with Last-Event-ID and misses nothing.

const dbName = `${runPrefix()}multi`;
let admin: pg.Client;
let dir: string;
let a: Server | null = null;
let b: Server | null = null;
type Session = { cookie: string; conferenceId: string };
let secretaryA: Session, secretaryB: Session, receptionA: Session, receptionB: Session;
let targets: { id: string; fullName: string }[];

const call = async (s: Server, method: string, path: string, cookie: string, body?: unknown) => {
  const res = await fetch(`${s.base}${path}`, {
    method,
    headers: {
      cookie,
      origin: s.base,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: () => JSON.parse(text), text };
};
const conf = (s: Session) => `/api/conferences/${s.conferenceId}`;
const checkIn = async (s: Server, who: Session, n: number) => {
  const res = await call(s, 'POST', `${conf(who)}/checkins`, who.cookie, { delegateId: targets[n]!.id });
  expect(res.status, res.text).toBe(201);
};
type Milestone = { id: string; kind: string; startDate: string; version: number };
const conferenceDay = async (s: Server) => {
  const res = await call(s, 'GET', conf(secretaryA), secretaryA.cookie);
  expect(res.status, res.text).toBe(200);
  return (res.json().milestones as Milestone[]).find((m) => m.kind === 'conference_day')!;
};
const moveConferenceDay = async (s: Server, day: string) => {
  const m = await conferenceDay(s);
  const res = await call(s, 'PUT', `${conf(secretaryA)}/milestones/${m.id}`, secretaryA.cookie, {
    ...m,
    startDate: day,
    endDate: null,
  });
  expect(res.status, res.text).toBe(200);
};
const vietnamDay = (offsetDays: number) =>
  new Date(Date.now() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${dbName}"`);
  dir = mkdtempSync(join(tmpdir(), 'vd-multi-'));
  // one data directory for both (the invitation key and files: what instances must share)
  const env = {
    DATABASE_URL: withDatabase(testDatabaseUrl(), dbName),
    DATA_DIR: join(dir, 'data'),
    SEED_DEMO: 'true',
  };
  // A migrates and seeds the demo first; B then finds it there
  a = await startServer(env);
  b = await startServer(env);
  secretaryA = await session('thuky', a.base);
  secretaryB = await session('thuky', b.base);
  receptionA = await session('letan', a.base);
  receptionB = await session('letan', b.base);
  // reception opens around the conference day: today
  await moveConferenceDay(a, vietnamDay(0));
  const list = await call(b, 'GET', `${conf(receptionB)}/checkin/not-arrived`, receptionB.cookie);
  expect(list.status, list.text).toBe(200);
  targets = list.json().items;
  expect(targets.length).toBeGreaterThanOrEqual(3);
}, 300_000);

afterAll(async () => {
  for (const s of [a, b]) if (s) await stopServer(s);
  await admin?.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {});
  await admin?.end();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('two instances on one PostgreSQL', () => {
  it('a check-in on A reaches a reception phone on B within a second', async () => {
    const phone = await openEvents(`${b!.base}${conf(receptionB)}/checkin/events`, receptionB.cookie);
    await phone.ready();
    const started = performance.now();
    await checkIn(a!, receptionA, 0);
    await phone.next(1, 'checkin', 1000);
    const took = performance.now() - started;
    phone.close();
    expect(phone.events.find((e) => e.event === 'checkin')?.data).toMatchObject({
      delegateId: targets[0]!.id,
      fullName: targets[0]!.fullName,
    });
    expect(took).toBeLessThan(1000);
  });

  it('a run-of-show change on B shows on the screens of A', async () => {
    const screen = await openEvents(`${a!.base}${conf(secretaryA)}/program/run/events`, secretaryA.cookie);
    await screen.ready();
    const moved = await call(b!, 'POST', `${conf(secretaryB)}/program/run`, secretaryB.cookie, {
      action: 'show_photos',
    });
    expect(moved.status, moved.text).toBe(200);
    await screen.next(1, 'run_of_show', 1000);
    screen.close();
    expect(screen.events.find((e) => e.event === 'run_of_show')?.data).toEqual({ action: 'show_photos' });
    const run = await call(a!, 'GET', `${conf(secretaryA)}/program/run`, secretaryA.cookie);
    expect(run.json().hall.mode).toBe('photos');
  });

  it('a write on A is read fresh on B at once (the conference overview cache)', async () => {
    expect((await conferenceDay(b!)).startDate).toBe(vietnamDay(0)); // cached on B now
    await moveConferenceDay(a!, vietnamDay(1));
    expect((await conferenceDay(b!)).startDate).toBe(vietnamDay(1));
    await moveConferenceDay(a!, vietnamDay(0));
    expect((await conferenceDay(b!)).startDate).toBe(vietnamDay(0));
  });

  it('a logout on A refuses the session on B at once', async () => {
    const phone = await session('letan', a!.base);
    // B has the session in its cache
    expect((await call(b!, 'GET', '/api/conferences', phone.cookie)).status).toBe(200);
    expect((await call(b!, 'GET', '/api/conferences', phone.cookie)).status).toBe(200);
    const out = await call(a!, 'POST', '/api/auth/logout', phone.cookie, {});
    expect(out.status, out.text).toBeLessThan(300);
    expect((await call(b!, 'GET', '/api/conferences', phone.cookie)).status).toBe(401);
    expect((await call(a!, 'GET', '/api/conferences', phone.cookie)).status).toBe(401);
  });

  it('A killed mid-stream: the phone reconnects to B with Last-Event-ID and gets what was committed meanwhile', async () => {
    const phone = await openEvents(`${a!.base}${conf(receptionA)}/checkin/events`, receptionA.cookie);
    await phone.ready();
    await checkIn(a!, receptionA, 1);
    await phone.next(1, 'checkin', 2000);
    const lastId = phone.events.find((e) => e.event === 'checkin')!.id!;

    const killed = a as Server;
    const exited = new Promise((r) => killed.child.once('exit', r));
    killed.child.kill('SIGKILL');
    await exited;
    a = null;
    phone.close();

    // meanwhile on B: a check-in and an undo of the first test's check-in
    await checkIn(b!, receptionB, 2);
    const undo = await call(
      b!,
      'DELETE',
      `${conf(receptionB)}/checkins/${targets[0]!.id}`,
      receptionB.cookie,
    );
    expect(undo.status, undo.text).toBe(200);
    const back = await openEvents(`${b!.base}${conf(receptionB)}/checkin/events`, receptionB.cookie, {
      lastEventId: lastId,
    });
    await back.ready();
    back.close();
    expect(
      back.events
        .filter((e) => e.event !== 'ready')
        .map((e) => `${e.event} ${(e.data as { delegateId: string }).delegateId}`),
    ).toEqual([`checkin ${targets[2]!.id}`, `checkin_undone ${targets[0]!.id}`]);
    // and every acknowledged check-in is there
    const list = await call(b!, 'GET', `${conf(receptionB)}/checkin/not-arrived`, receptionB.cookie);
    const notArrived = new Set((list.json().items as { id: string }[]).map((d) => d.id));
    expect([0, 1, 2].map((n) => notArrived.has(targets[n]!.id))).toEqual([true, false, false]);
  });
});
