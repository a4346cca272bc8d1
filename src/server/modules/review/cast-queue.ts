import { eq, sql } from 'drizzle-orm';
import type { ItemCounts } from '../../../shared/rules/tally';
import type { Db } from '../../db/client';
import { ballots, ballotVoters } from '../../db/schema/index';
import { AppError } from '../../errors';

/**
 * Group commit for secret-ballot casts (bỏ phiếu kín).
 *
 * Every cast of a ballot adds to the one totals row of that ballot (ballot_tallies), so casts
 * are serialized on that row by design (see ARCHITECTURE.md "Secret ballot"). Instead of one
 * transaction per cast, the casts that arrive while a transaction is running wait and then go
 * together in the next one: one INSERT of their voter rows (ON CONFLICT DO NOTHING decides who
 * had already voted) and one UPDATE adding the sum of the accepted papers to the totals. A cast
 * is answered only after the transaction holding it has committed.
 *
 * Secrecy is unchanged: the batch writes voters (no choice, no time) and totals (no voter); the
 * sum of several papers is even less attributable than one. Nothing here logs or keeps choices
 * after the answer.
 */
export type PendingCast = {
  councilMemberId: string;
  receiptHash: string;
  /** itemId → this paper's choices as 0/1 counts */
  delta: Record<string, ItemCounts>;
};

type Waiting = PendingCast & { resolve: () => void; reject: (err: unknown) => void };
type Queue = { waiting: Waiting[]; running: boolean };

/** At most this many papers in one transaction (bounds its size; the rest go in the next). */
const MAX_BATCH = 500;

const queues = new WeakMap<Db, Map<string, Queue>>();

export const alreadyVoted = () =>
  new AppError('CONFLICT', 'Bạn đã bỏ phiếu này rồi; không thể bỏ lại hay sửa');

/** Resolves when this paper is counted; rejects (409, 4xx) when it is not, changing nothing. */
export function enqueueCast(db: Db, ballotId: string, cast: PendingCast): Promise<void> {
  let byBallot = queues.get(db);
  if (!byBallot) {
    byBallot = new Map();
    queues.set(db, byBallot);
  }
  let queue = byBallot.get(ballotId);
  if (!queue) {
    queue = { waiting: [], running: false };
    byBallot.set(ballotId, queue);
  }
  const done = new Promise<void>((resolve, reject) => queue.waiting.push({ ...cast, resolve, reject }));
  if (!queue.running) void drain(db, ballotId, queue, byBallot);
  return done;
}

async function drain(db: Db, ballotId: string, queue: Queue, byBallot: Map<string, Queue>) {
  queue.running = true;
  try {
    while (queue.waiting.length > 0) {
      const batch = queue.waiting.splice(0, MAX_BATCH);
      try {
        const accepted = await commitBatch(db, ballotId, batch);
        for (const w of batch) {
          if (accepted.has(w)) w.resolve();
          else w.reject(alreadyVoted());
        }
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
  } finally {
    queue.running = false;
    byBallot.delete(ballotId);
  }
}

/** One transaction for the batch; returns the casts that were counted. */
async function commitBatch(db: Db, ballotId: string, batch: Waiting[]): Promise<Set<Waiting>> {
  // The same member twice in one batch: only the first paper can count.
  const firsts = new Map<string, Waiting>();
  for (const w of batch) if (!firsts.has(w.councilMemberId)) firsts.set(w.councilMemberId, w);
  const candidates = [...firsts.values()];
  return db.transaction(async (tx) => {
    // FOR SHARE: closing (which updates the ballot row) waits for the batch, and vice versa
    const [ballot] = await tx
      .select({ status: ballots.status })
      .from(ballots)
      .where(eq(ballots.id, ballotId))
      .for('share');
    if (ballot?.status !== 'open') throw new AppError('INVALID_STATE', 'Phiếu đã đóng');
    const inserted = await tx
      .insert(ballotVoters)
      .values(
        candidates.map((w) => ({ ballotId, councilMemberId: w.councilMemberId, receiptHash: w.receiptHash })),
      )
      .onConflictDoNothing()
      .returning({ id: ballotVoters.councilMemberId });
    const counted = new Set(inserted.map((r) => r.id));
    const accepted = new Set(candidates.filter((w) => counted.has(w.councilMemberId)));
    if (accepted.size === 0) return accepted;
    const sum: Record<string, ItemCounts> = {};
    for (const w of accepted) {
      for (const [itemId, c] of Object.entries(w.delta)) {
        const s = sum[itemId] ?? { agree: 0, disagree: 0, abstain: 0 };
        sum[itemId] = s;
        s.agree += c.agree;
        s.disagree += c.disagree;
        s.abstain += c.abstain;
      }
    }
    // one statement adds the batch's papers to the totals; nothing per paper is stored
    await tx.execute(sql`
      UPDATE ballot_tallies t SET ballots_cast = t.ballots_cast + ${accepted.size}, counts = (
        SELECT jsonb_object_agg(e.key, jsonb_build_object(
          'agree', (e.value->>'agree')::int + coalesce((d.v -> e.key ->> 'agree')::int, 0),
          'disagree', (e.value->>'disagree')::int + coalesce((d.v -> e.key ->> 'disagree')::int, 0),
          'abstain', (e.value->>'abstain')::int + coalesce((d.v -> e.key ->> 'abstain')::int, 0)))
        FROM jsonb_each(t.counts) e, (SELECT ${JSON.stringify(sum)}::jsonb AS v) d)
      WHERE t.ballot_id = ${ballotId}`);
    return accepted;
  });
}
