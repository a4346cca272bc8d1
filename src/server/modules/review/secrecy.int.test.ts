import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import {
  acceptedNominations,
  castAs,
  meetingWith,
  openElectronicBallot,
} from '../../../../tests/helpers/review';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';

/**
 * Secrecy you can prove. The same meeting is run in fresh databases where two members swap
 * their choices. If the whole raw database — every table, including the audit log, in physical
 * row order — is the same in both (after naming random ids and times neutrally), nothing in it
 * can tell who chose what. A third run where one choice really differs shows the dump does
 * capture choices (the test can fail).
 */
const VOTERS = ['chutich', 'phochutich', 'uyvien', 'uyvien2', 'uyvien3', 'uyvien4'];
const apps: TestApp[] = [];
afterAll(async () => {
  for (const a of apps) await a.close();
});

async function runBallot(choicesOf: (username: string) => ['agree' | 'disagree', 'agree' | 'disagree']) {
  const t = await createTestApp();
  apps.push(t);
  const ids = await acceptedNominations(t, [
    { unit: 'Tổ dân phố 5', name: 'Nguyễn Thị Hường' },
    { unit: 'Tổ dân phố 2', name: 'Phan Văn Đức', gender: 'male' },
  ]);
  const m = await meetingWith(t, VOTERS);
  const { ballot: b, url } = await openElectronicBallot(t, m, ids);
  for (const u of VOTERS) {
    const [a, c] = choicesOf(u);
    const res = await castAs(t.app.inject.bind(t.app), await t.login(u), url, {
      [b.items[0]!.id]: a,
      [b.items[1]!.id]: c,
    });
    expect(res.statusCode).toBe(200);
  }
  const closed = (await t.send('POST', `${url}/close`, m.secretary)).json();
  return { t, results: closed.items.map((i: { result: { agree: number } }) => i.result.agree) };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)?/g;

/** Every table of the database in physical order, random ids named by where they are defined. */
const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

/**
 * The live screens' "N members have voted" events (owner-link.ts) say how many, never what; they
 * are sent at most every 100 ms, so how many of them a run leaves depends on the machine's speed.
 */
const isProgressEvent = (row: unknown) => {
  const r = row as { topic?: string; payload?: { status?: string; ballotsCast?: number } };
  return r.topic === 'ballot' && r.payload?.status === 'open' && (r.payload.ballotsCast ?? 0) > 0;
};

async function dump(t: TestApp): Promise<string> {
  const db = t.database.db;
  const tables = rowsOf<{ s: string; n: string }>(
    await db.execute(
      sql`SELECT table_schema AS s, table_name AS n FROM information_schema.tables
          WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
          ORDER BY 1, 2`,
    ),
  );
  const data: Record<string, unknown[]> = {};
  for (const { s, n } of tables) {
    // no ORDER BY: the physical order is exactly what could leak insertion order
    const rows = rowsOf<{ r: unknown }>(
      await db.execute(sql`SELECT to_jsonb(t) AS r FROM ${sql.identifier(s)}.${sql.identifier(n)} t`),
    );
    const kept = rows
      .map((x) => (typeof x.r === 'string' ? JSON.parse(x.r) : x.r))
      .filter((r) => !isProgressEvent(r));
    // the progress events left out also took ids from the sequence: number what is kept
    data[`${s}.${n}`] = n === 'live_events' ? kept.map((r, i) => ({ ...r, id: i + 1 })) : kept;
  }
  const label = new Map<string, string>();
  for (const [table, rows] of Object.entries(data)) {
    rows.forEach((row, i) => {
      const id = (row as { id?: unknown }).id;
      if (typeof id === 'string' && UUID.test(id)) label.set(id, `${table}#${i}`);
      UUID.lastIndex = 0;
    });
  }
  const neutral = (v: unknown): unknown => {
    if (typeof v === 'string') {
      return v
        .replace(UUID, (u) => label.get(u) ?? 'uuid?')
        .replace(TIME, 'TIME')
        .replace(/^[0-9a-f]{64}$/, 'HASH')
        .replace(/^scrypt\$.*$/, 'SCRYPT');
    }
    if (Array.isArray(v)) return v.map(neutral);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .map(([k, x]) => [neutral(k) as string, neutral(x)] as const)
          .sort(([a], [b]) => a.localeCompare(b)),
      );
    }
    return v;
  };
  return JSON.stringify(neutral(data), null, 1);
}

describe('secret ballot', { timeout: 120_000 }, () => {
  it('leaves nothing in the database that tells who chose what', async () => {
    // Run A: uyvien agrees and uyvien4 disagrees on the first nominee; run B: the other way round.
    const a = await runBallot((u) => [
      u === 'uyvien4' ? 'disagree' : 'agree',
      u === 'chutich' ? 'disagree' : 'agree',
    ]);
    const b = await runBallot((u) => [
      u === 'uyvien' ? 'disagree' : 'agree',
      u === 'chutich' ? 'disagree' : 'agree',
    ]);
    expect(a.results).toEqual([5, 5]);
    expect(b.results).toEqual([5, 5]);
    const dumpA = await dump(a.t);
    const dumpB = await dump(b.t);
    expect(dumpA.length).toBeGreaterThan(10_000);
    expect(dumpA).toContain('"public.ballot_voters"');
    expect(dumpA).toContain('"public.live_events"');
    expect(dumpB).toBe(dumpA);

    // Run C: a really different vote shows up in the dump, so the comparison above can fail.
    const c = await runBallot((u) => [
      u === 'uyvien4' || u === 'uyvien' ? 'disagree' : 'agree',
      u === 'chutich' ? 'disagree' : 'agree',
    ]);
    expect(c.results).toEqual([4, 5]);
    expect(await dump(c.t)).not.toBe(dumpA);
  });

  it('keeps choices out of the audit log and out of the voters table', async () => {
    const t = apps[0]!;
    const audit = rowsOf<{ action: string }>(
      await t.database.db.execute(sql`SELECT action FROM audit_log WHERE entity_type = 'ballot' ORDER BY id`),
    );
    expect(audit.map((r) => r.action)).toEqual(['ballot.created', 'ballot.opened', 'ballot.closed']);
    const columns = rowsOf<{ column_name: string }>(
      await t.database.db.execute(
        sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'ballot_voters' ORDER BY ordinal_position`,
      ),
    );
    expect(columns.map((r) => r.column_name)).toEqual(['ballot_id', 'council_member_id', 'receipt_hash']);
  });
});
