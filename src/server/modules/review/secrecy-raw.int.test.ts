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
 * Secrecy against whoever holds the database files, the WAL, a backup or a standby (issue 14).
 * Members cast one at a time (each paper its own transaction); then the test reads what an
 * attacker with a superuser login or a copy of the data directory reads:
 * - every block of every user table with pageinspect, every item version (dead ones included)
 *   with its t_xmin, and the raw page bytes scanned for tuple headers left in pruned space;
 * - the WAL written while members voted (pg_walinspect), which relations each transaction wrote.
 * It fails if a transaction that inserted a voter row wrote any relation but ballot_voters (its
 * indexes and toast; row locks of its foreign keys carry no data and are allowed), if any row
 * version of another table carries a voter's transaction id as xmin, or if a relation that holds
 * choices (ballot_tallies, ballot_results) was written at all while the ballot was open.
 */
const VOTERS = ['chutich', 'phochutich', 'uyvien', 'uyvien2', 'uyvien3', 'uyvien4'];
const CHOICE_RELATIONS = ['ballot_tallies', 'ballot_results'];
const apps: TestApp[] = [];
afterAll(async () => {
  for (const a of apps) await a.close();
});

const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

type Rel = { oid: number; name: string; filenode: number; kind: string; blocks: number; heap: string };

async function relations(t: TestApp): Promise<Rel[]> {
  // every relation of the user schemas with the table it belongs to (indexes, toast and its index)
  return rowsOf<Rel>(
    await t.database.db.execute(sql`
      SELECT c.oid::int AS oid, c.relname AS name, pg_relation_filenode(c.oid)::int AS filenode,
        c.relkind AS kind,
        (pg_relation_size(c.oid) / current_setting('block_size')::int)::int AS blocks,
        COALESCE(t.relname, tt.relname, ti.relname, c.relname) AS heap
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_index i ON i.indexrelid = c.oid
      LEFT JOIN pg_class t ON t.oid = i.indrelid AND t.relkind = 'r'
      LEFT JOIN pg_class tt ON tt.reltoastrelid = c.oid
      LEFT JOIN pg_class ti ON ti.reltoastrelid = i.indrelid
      WHERE (n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_temp%')
        AND pg_relation_filenode(c.oid) IS NOT NULL
        AND (n.nspname <> 'pg_toast' OR tt.oid IS NOT NULL OR ti.oid IS NOT NULL)`),
  );
}

type Item = { lp: number; lp_flags: number; t_xmin: string | null };

/** Every item of every block of a heap, and the page bytes as hex (pruned space included). */
async function pagesOf(t: TestApp, rel: Rel) {
  const items: Item[] = [];
  const pages: string[] = [];
  for (let blk = 0; blk < rel.blocks; blk++) {
    items.push(
      ...rowsOf<Item>(
        await t.database.db.execute(
          sql`SELECT lp, lp_flags, t_xmin::text AS t_xmin FROM heap_page_items(get_raw_page(${rel.oid}::oid::regclass::text, ${blk}::int))`,
        ),
      ),
    );
    const [page] = rowsOf<{ hex: string }>(
      await t.database.db.execute(
        sql`SELECT encode(get_raw_page(${rel.oid}::oid::regclass::text, ${blk}::int), 'hex') AS hex`,
      ),
    );
    pages.push(page!.hex);
  }
  return { items, pages };
}

/**
 * Tuple headers anywhere in a page (also in space pruning has freed): 8-aligned, t_xmin in
 * `xids`, a plausible header length (t_hoff: 24..88, a multiple of 8) at byte 22.
 */
function headersWithXmin(hex: string, xids: Set<number>): number[] {
  const bytes = Buffer.from(hex, 'hex');
  const found: number[] = [];
  for (let off = 24; off + 24 <= bytes.length; off += 8) {
    const xmin = bytes.readUInt32LE(off);
    const hoff = bytes[off + 22]!;
    if (xids.has(xmin) && hoff >= 24 && hoff <= 88 && hoff % 8 === 0) found.push(xmin);
  }
  return found;
}

type WalRecord = { xid: string; resource_manager: string; record_type: string; block_ref: string | null };

async function walBetween(t: TestApp, from: string, to: string) {
  return rowsOf<WalRecord>(
    await t.database.db.execute(
      sql`SELECT xid::text AS xid, resource_manager, record_type, block_ref
          FROM pg_get_wal_records_info(${from}::pg_lsn, ${to}::pg_lsn)`,
    ),
  );
}

const lsnNow = async (t: TestApp) =>
  rowsOf<{ lsn: string }>(
    await t.database.db.execute(sql`SELECT pg_current_wal_insert_lsn()::text AS lsn`),
  )[0]!.lsn;

describe('secret ballot, raw pages and WAL', { timeout: 180_000 }, () => {
  it('leaves no stored byte or transaction id that ties a member to a choice', async () => {
    const t = await createTestApp({}, { inspect: true });
    apps.push(t);
    const db = t.database.db;
    const ids = await acceptedNominations(t, [
      { unit: 'Tổ dân phố 5', name: 'Nguyễn Thị Hường' },
      { unit: 'Tổ dân phố 2', name: 'Phan Văn Đức', gender: 'male' },
    ]);
    const m = await meetingWith(t, VOTERS);
    const { ballot: b, url } = await openElectronicBallot(t, m, ids);
    const cookies = new Map<string, string>();
    for (const u of VOTERS) cookies.set(u, await t.login(u));

    const before = await lsnNow(t);
    // one at a time: each paper alone in its batch, the case the old design gave away
    for (const [k, u] of VOTERS.entries()) {
      const res = await castAs(t.app.inject.bind(t.app), cookies.get(u)!, url, {
        [b.items[0]!.id]: k % 2 === 0 ? 'agree' : 'disagree',
        [b.items[1]!.id]: k < 4 ? 'agree' : 'disagree',
      });
      expect(res.statusCode).toBe(200);
    }
    const after = await lsnNow(t);
    const closed = (await t.send('POST', `${url}/close`, m.secretary)).json();
    expect(closed.items.map((i: { result: { agree: number } }) => i.result.agree)).toEqual([3, 4]);

    const rels = await relations(t);
    const byFilenode = new Map(rels.map((r) => [r.filenode, r]));
    const heaps = rels.filter((r) => r.kind === 'r' && r.name === r.heap);
    const voterHeap = heaps.find((r) => r.name === 'ballot_voters')!;
    const violations: string[] = [];

    // the transactions that inserted voter rows, as the voters table's own row versions say
    const voterXids = new Set<number>();
    for (const i of (await pagesOf(t, voterHeap)).items) if (i.t_xmin) voterXids.add(Number(i.t_xmin));
    expect(voterXids.size).toBe(VOTERS.length);

    // 1. raw pages: no version of another table's row (live, dead or pruned) carries a voter's xid
    for (const rel of heaps) {
      if (rel.name === 'ballot_voters') continue;
      const { items, pages } = await pagesOf(t, rel);
      const versions = items.filter((i) => i.t_xmin && voterXids.has(Number(i.t_xmin)));
      if (versions.length)
        violations.push(`page: ${versions.length} row version(s) of ${rel.name} by voters`);
      const raw = pages.flatMap((p) => headersWithXmin(p, voterXids));
      if (raw.length > versions.length)
        violations.push(`page bytes: ${raw.length} tuple header(s) of ${rel.name} with a voter's xmin`);
    }

    // 2. WAL written while members voted, this database's blocks only (others share the cluster)
    const [dbOid] = rowsOf<{ oid: number }>(
      await db.execute(sql`SELECT oid::int AS oid FROM pg_database WHERE datname = current_database()`),
    );
    const records = await walBetween(t, before, after);
    expect(records.length).toBeGreaterThan(0);
    const walVoterXids = new Set<string>();
    const touched = records.map((r) => {
      const rels: Rel[] = [];
      for (const m of (r.block_ref ?? '').matchAll(/rel (\d+)\/(\d+)\/(\d+)/g)) {
        if (Number(m[2]) !== dbOid!.oid) continue;
        const rel = byFilenode.get(Number(m[3]));
        if (rel) rels.push(rel);
      }
      if (rels.some((x) => x.name === 'ballot_voters')) walVoterXids.add(r.xid);
      return { r, rels };
    });
    expect(walVoterXids.size).toBe(VOTERS.length);
    const written = new Map<string, Set<string>>();
    for (const { r, rels } of touched) {
      for (const rel of rels) {
        if (CHOICE_RELATIONS.includes(rel.heap))
          violations.push(`wal: ${rel.name} written during voting (${r.resource_manager}/${r.record_type})`);
        // a voter's transaction may write its own rows; locking a referenced row writes no data
        if (!walVoterXids.has(r.xid) || rel.heap === 'ballot_voters' || /LOCK/.test(r.record_type)) continue;
        const set = written.get(rel.name) ?? new Set();
        set.add(r.xid);
        written.set(rel.name, set);
      }
    }
    for (const [name, xids] of written)
      violations.push(`wal: ${xids.size} voter transaction(s) also wrote ${name}`);

    expect([...new Set(violations)]).toEqual([]);
  });
});
