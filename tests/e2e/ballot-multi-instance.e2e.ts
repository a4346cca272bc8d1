import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Server, session, startServer, stopServer } from '../helpers/built-server';
import { withDatabase } from '../helpers/db-url';

// Bỏ phiếu kín trên nhiều máy chủ (issue 20): two built servers, as `npm start` runs them, on one
// PostgreSQL database. The open ballot's running totals live in the memory of its owner (A); the
// papers cast on B reach A with the commit of their voter rows (NOTIFY), the chair closes on B, and
// the totals are exactly the papers cast on both. A projection screen on B sees the progress and
// the results through the live bus.

type Item = { id: string; result: { agree: number; disagree: number; abstain: number } | null };
type Ballot = {
  id: string;
  title: string;
  status: string;
  ballotsCast: number | null;
  items: Item[];
  me: { excludedItemIds: string[] } | null;
};
type Meeting = { id: string; ballots: Ballot[] };

const ADMIN_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `vd_e2e_multi_${randomBytes(4).toString('hex')}`;
const databaseUrl = withDatabase(ADMIN_URL, dbName);
/** Who casts where, and what (one choice on every item they may vote on). */
const PAPERS: { member: string; on: 'A' | 'B'; choice: 'agree' | 'disagree' }[] = [
  { member: 'chutich', on: 'A', choice: 'agree' },
  { member: 'phochutich', on: 'B', choice: 'disagree' },
  { member: 'uyvien', on: 'B', choice: 'agree' },
  { member: 'uyvien2', on: 'A', choice: 'disagree' },
  { member: 'uyvien3', on: 'B', choice: 'agree' },
];

let dir: string;
let a: Server | null = null;
let b: Server | null = null;
const base = (on: 'A' | 'B') => (on === 'A' ? a : b)?.base ?? '';

async function get<T>(server: string, path: string, cookie: string): Promise<T> {
  const res = await fetch(`${server}${path}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The live meeting's open electronic ballot (or the one given), as `username` sees it on `server`. */
async function findBallot(server: string, username: string, ballotId?: string) {
  const { cookie } = await session(username, server);
  const conferences = await get<{ items: { id: string }[] }>(server, '/api/conferences', cookie);
  for (const { id: conferenceId } of conferences.items) {
    const list = await get<{ items: { id: string }[] }>(
      server,
      `/api/conferences/${conferenceId}/meetings`,
      cookie,
    );
    for (const { id } of list.items) {
      const meeting = await get<Meeting>(server, `/api/conferences/${conferenceId}/meetings/${id}`, cookie);
      const ballot = meeting.ballots.find((x) => (ballotId ? x.id === ballotId : x.status === 'open'));
      if (ballot) {
        const url = `/api/conferences/${conferenceId}/meetings/${meeting.id}/ballots/${ballot.id}`;
        return { cookie, ballot, url };
      }
    }
  }
  throw new Error('the live demo has no open ballot');
}

async function ownerOf(ballotId: string): Promise<string | null> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const r = await c.query('SELECT owner_instance FROM ballots WHERE id = $1', [ballotId]);
    return r.rows[0]?.owner_instance ?? null;
  } finally {
    await c.end();
  }
}

/** Reads the ballot's SSE stream on `server` until a closed ballot arrives (or 30 s). */
function watch(server: string, url: string, cookie: string) {
  const events: Ballot[] = [];
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 30_000);
  const done = (async () => {
    const res = await fetch(`${server}${url}/events`, { headers: { cookie }, signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      while (!events.some((e) => e.status === 'closed')) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
          const data = buffer
            .slice(0, cut)
            .split('\n')
            .find((line) => line.startsWith('data: '));
          buffer = buffer.slice(cut + 2);
          if (data) events.push(JSON.parse(data.slice(6)));
        }
      }
    } catch {
      // aborted: the events so far
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
    return events;
  })();
  return { events, done };
}

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}" TEMPLATE template0`);
  await admin.end();
  dir = mkdtempSync(join(tmpdir(), 'vd-multi-'));
  // A first: it migrates and seeds the demo; B finds both done
  a = await startServer({ DATA_DIR: join(dir, 'a'), DATABASE_URL: databaseUrl });
  b = await startServer({ DATA_DIR: join(dir, 'b'), DATABASE_URL: databaseUrl });
}, 240_000);

afterAll(async () => {
  for (const s of [a, b]) if (s) await stopServer(s);
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a secret ballot with members on two instances of one PostgreSQL', () => {
  it('counts every paper cast on either instance when the chair closes on the one that does not own it', async () => {
    const first = await findBallot(base('A'), 'thuky');
    const projection = watch(base('B'), first.url, first.cookie);
    await new Promise((r) => setTimeout(r, 300));

    const excluded: Record<string, Set<string>> = {};
    let owner: string | null = null;
    for (const p of PAPERS) {
      const { cookie, ballot, url } = await findBallot(base(p.on), p.member, first.ballot.id);
      excluded[p.member] = new Set(ballot.me?.excludedItemIds ?? []);
      const choices = Object.fromEntries(
        ballot.items.filter((i) => !excluded[p.member]?.has(i.id)).map((i) => [i.id, p.choice]),
      );
      const res = await fetch(`${base(p.on)}${url}/cast`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', origin: base(p.on) },
        body: JSON.stringify({ choices }),
      });
      expect(res.status, `${p.member} on ${p.on}: ${await res.clone().text()}`).toBe(200);
      // the first paper (on A) makes A the owner; papers cast on B never move it
      owner ??= await ownerOf(first.ballot.id);
      expect(await ownerOf(first.ballot.id)).toBe(owner);
    }
    expect(owner).toBeTruthy();

    // both instances show the same progress (how many voted, never what)
    for (const on of ['A', 'B'] as const) {
      const { ballot } = await findBallot(base(on), 'thuky', first.ballot.id);
      expect(ballot.status, on).toBe('open');
      expect(ballot.ballotsCast, on).toBe(PAPERS.length);
    }

    // the chair closes on B, which does not hold the totals
    const close = await fetch(`${base('B')}${first.url}/close`, {
      method: 'POST',
      headers: { cookie: first.cookie, origin: base('B') },
    });
    expect(close.status, await close.clone().text()).toBe(200);
    const closed = (await close.json()) as Ballot;
    expect(closed.status).toBe('closed');
    expect(closed.ballotsCast).toBe(PAPERS.length);
    for (const item of closed.items) {
      const voting = PAPERS.filter((p) => !excluded[p.member]?.has(item.id));
      expect(item.result, item.id).toMatchObject({
        agree: voting.filter((p) => p.choice === 'agree').length,
        disagree: voting.filter((p) => p.choice === 'disagree').length,
        abstain: 0,
      });
    }
    // A reads the same results
    const onA = await findBallot(base('A'), 'thuky', first.ballot.id);
    expect(onA.ballot.items.map((i) => i.result)).toEqual(closed.items.map((i) => i.result));

    // the projection on B saw the votes come in and the results, through the live bus
    const seen = await projection.done;
    expect(seen[0]?.status).toBe('open');
    expect(Math.max(...seen.map((e) => e.ballotsCast ?? 0))).toBe(PAPERS.length);
    const last = seen.at(-1)!;
    expect(last.status).toBe('closed');
    expect(last.items.map((i) => i.result)).toEqual(closed.items.map((i) => i.result));
  }, 180_000);
});
