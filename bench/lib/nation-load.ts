// The nationwide bench's arrivals and their accounting: which delegate arrives when, at which
// instance, and what the answers and the database say afterwards.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { percentile } from './app';
import { type Nation, nationToken } from './nation';
import type { PostResult, ScheduledPost } from './open-loop';
import { round } from './results';

/** Hands out delegates who have not arrived yet, of random conferences (each delegate once). */
export class Arrivals {
  private next: number[];
  constructor(
    private nation: Nation,
    private rand: () => number,
  ) {
    this.next = nation.conferences.map(() => 1);
  }

  /** One arrival: conference n (0-based) and its delegate d (1-based). */
  private pick(only?: number[]): { n: number; d: number } {
    for (;;) {
      const pool = only ?? this.next;
      const i = Math.floor(this.rand() * pool.length);
      const n = only ? only[i]! : i;
      if (this.next[n]! <= this.nation.perConference) return { n, d: this.next[n]!++ };
    }
  }

  /**
   * A fixed arrival schedule: `rate` per second for `seconds`, starting at `from` ms, evenly spaced,
   * spread over random conferences (or `only` these) and over `targets` instances at random.
   */
  schedule(rate: number, seconds: number, targets: number[], from = 0, only?: number[]): Arrival[] {
    const count = Math.round(rate * seconds);
    return Array.from({ length: count }, (_, k) => {
      const { n, d } = this.pick(only);
      const token = nationToken(this.nation.salt, n + 1, d);
      return {
        n,
        token,
        t: from + (k * 1000) / rate,
        target: targets[Math.floor(this.rand() * targets.length)]!,
        path: `/api/conferences/${this.nation.conferences[n]}/checkins`,
        cookie: this.nation.cookies[n]!,
        body: JSON.stringify({ token }),
      };
    });
  }
}
export type Arrival = ScheduledPost & { n: number; token: string };

export const acked = (r: PostResult) => r.status === 201 || r.status === 200;

export function stats(results: PostResult[]) {
  const ms = results.map((r) => r.ms);
  const bad = results.filter((r) => !acked(r));
  return {
    count: results.length,
    p50: round(percentile(ms, 50)),
    p99: round(percentile(ms, 99)),
    max: round(Math.max(...ms)),
    lagP99: round(
      percentile(
        results.map((r) => r.lag),
        99,
      ),
    ),
    errors: bad.length,
    errorSample: bad
      .slice(0, 3)
      .map((r) => r.err ?? `${r.status} ${r.body.slice(0, 120)}`)
      .join(' | '),
    created: results.filter((r) => r.status === 201).length,
    repeated: results.filter((r) => r.status === 200).length,
  };
}
export const describe = (s: ReturnType<typeof stats>) =>
  `${s.count} check-ins, p50 ${s.p50} ms, p99 ${s.p99} ms, max ${s.max} ms, ${s.errors} errors` +
  `${s.errors ? ` (${s.errorSample})` : ''}, generator lag p99 ${s.lagP99} ms`;

const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * What the database holds for the sent arrivals: how many acknowledged ones have a
 * delegate_checkins row (the rest are lost), and how many rows there are for arrivals that were
 * not acknowledged (`unacked`: on a killed instance that may have committed before dying).
 */
export async function reconcile(client: pg.Client, sent: Arrival[], results: PostResult[]) {
  const hashes = sent.map((a) => tokenHash(a.token));
  const ack = results.map(acked);
  const r = await client.query(
    `SELECT x.k FROM unnest($1::text[]) WITH ORDINALITY AS x(h, k)
     JOIN delegates d ON d.token_hash = x.h JOIN delegate_checkins c ON c.delegate_id = d.id`,
    [hashes],
  );
  const present = new Set(r.rows.map((row) => Number(row.k) - 1));
  let lost = 0;
  let unacked = 0;
  ack.forEach((a, i) => {
    if (a && !present.has(i)) lost++;
    if (!a && present.has(i)) unacked++;
  });
  return { rows: present.size, acked: ack.filter(Boolean).length, lost, unacked };
}

/** A small seeded random generator (mulberry32), so runs spread the same way. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
