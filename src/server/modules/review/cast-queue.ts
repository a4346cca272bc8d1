import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { groupCommitPerDb, type Waiter } from '../../group-commit';
import { commitCasts, type PendingCast } from './cast-mutations';

/**
 * Group commit for secret-ballot casts (bỏ phiếu kín), on the shared GroupCommit skeleton.
 *
 * Every cast of a ballot adds to the one totals row of that ballot (ballot_tallies), so casts
 * are serialized on that row by design (see ARCHITECTURE.md "Secret ballot"). Instead of one
 * transaction per cast, the casts that arrive together go in one (cast-mutations.ts). A cast is
 * answered only after the transaction holding it has committed.
 *
 * Secrecy is unchanged: the batch writes voters (no choice, no time) and totals (no voter); the
 * sum of several papers is even less attributable than one. Nothing here logs or keeps choices
 * after the answer.
 */
const alreadyVoted = () => new AppError('CONFLICT', 'Bạn đã bỏ phiếu này rồi; không thể bỏ lại hay sửa');

const queueFor = groupCommitPerDb<Db, PendingCast, void>(
  (db) => async (batch: Waiter<PendingCast, void>[], ballotId: string) => {
    // The same member twice in one batch: only the first paper can count.
    const firsts = new Map<string, Waiter<PendingCast, void>>();
    for (const w of batch)
      if (!firsts.has(w.request.councilMemberId)) firsts.set(w.request.councilMemberId, w);
    const counted = await commitCasts(
      db,
      ballotId,
      [...firsts.values()].map((w) => w.request),
    );
    for (const w of batch) {
      if (firsts.get(w.request.councilMemberId) === w && counted.has(w.request.councilMemberId)) w.resolve();
      else w.reject(alreadyVoted());
    }
  },
);

/** Resolves when this paper is counted; rejects (409, 4xx) when it is not, changing nothing. */
export function enqueueCast(db: Db, ballotId: string, cast: PendingCast): Promise<void> {
  return queueFor(db).enqueue(ballotId, cast);
}
