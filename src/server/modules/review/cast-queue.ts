import { eq, sql } from 'drizzle-orm';
import type { Choice } from '../../../shared/schemas/review';
import type { Db } from '../../db/client';
import { ballots, ballotTallies } from '../../db/schema/index';
import { AppError } from '../../errors';

/**
 * Group commit for secret-ballot casts (bỏ phiếu kín).
 *
 * Every cast of a ballot adds to the one totals row of that ballot (ballot_tallies), so casts
 * are serialized on that row by design (see ARCHITECTURE.md "Secret ballot"). Instead of one
 * transaction per cast, the casts that arrive while a transaction is running wait and then go
 * together in the next one: one INSERT of their voter rows (ON CONFLICT DO NOTHING decides who
 * had already voted), then the totals row is read under a row lock, the accepted papers are
 * added to it and it is written back. A cast
 * is answered only after the transaction holding it has committed.
 *
 * Secrecy is unchanged: the batch writes voters (no choice, no time) and totals (no voter); the
 * sum of several papers is even less attributable than one. Nothing here logs or keeps choices
 * after the answer.
 */
export type PendingCast = {
  councilMemberId: string;
  receiptHash: string;
  /** itemId → this paper's choice (checked against the ballot's items before it is queued) */
  choices: Record<string, Choice>;
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
  if (!queue.running) {
    // Start on the next turn of the event loop, after the requests already received in this
    // one have joined the batch (PGlite answers in microtasks: without this each batch is one).
    queue.running = true;
    setImmediate(() => void drain(db, ballotId, queue, byBallot));
  }
  return done;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function drain(db: Db, ballotId: string, queue: Queue, byBallot: Map<string, Queue>) {
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
      await nextTurn();
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
    // the voter rows as one JSON parameter: cheaper to build and bind than a 100-row VALUES list
    const voters = JSON.stringify(candidates.map((w) => [w.councilMemberId, w.receiptHash]));
    const inserted = (await tx.execute(sql`
      INSERT INTO ballot_voters (ballot_id, council_member_id, receipt_hash)
      SELECT ${ballotId}::uuid, (v ->> 0)::uuid, v ->> 1 FROM jsonb_array_elements(${voters}::jsonb) AS v
      ON CONFLICT DO NOTHING
      RETURNING council_member_id AS id`)) as unknown as { rows: { id: string }[] };
    const counted = new Set(inserted.rows.map((r) => r.id));
    const accepted = new Set(candidates.filter((w) => counted.has(w.councilMemberId)));
    if (accepted.size === 0) return accepted;
    // the totals row, locked; the batch's papers are added to it and it is written back whole
    const [tally] = await tx
      .select({ counts: ballotTallies.counts, ballotsCast: ballotTallies.ballotsCast })
      .from(ballotTallies)
      .where(eq(ballotTallies.ballotId, ballotId))
      .for('update');
    if (!tally) throw new Error(`ballot ${ballotId} is open without a totals row`);
    const counts = tally.counts;
    for (const w of accepted) {
      for (const [itemId, choice] of Object.entries(w.choices)) {
        const total = counts[itemId];
        if (!total) throw new Error(`item ${itemId} is not on ballot ${ballotId}`);
        total[choice] += 1;
      }
    }
    await tx
      .update(ballotTallies)
      .set({ counts, ballotsCast: tally.ballotsCast + accepted.size })
      .where(eq(ballotTallies.ballotId, ballotId));
    return accepted;
  });
}
