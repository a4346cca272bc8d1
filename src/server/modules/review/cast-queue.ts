import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { groupCommitPerDb, type Waiter } from '../../group-commit';
import { ballotLost, commitCasts, type PendingCast } from './cast-mutations';
import { addPapers } from './live-totals';
import { onPapersAdded } from './owner-link';

/**
 * Group commit for secret-ballot casts (bỏ phiếu kín), on the shared GroupCommit skeleton.
 *
 * Instead of one transaction per cast, the casts that arrive together insert their voter rows in
 * one (cast-mutations.ts); the transaction writes nothing else. Once it has committed, the papers
 * it accepted are added to the ballot's running totals, which live in this process's memory
 * until the ballot closes (live-totals.ts, ARCHITECTURE.md "Secret ballot"). A cast is answered
 * only after that. Nothing here logs or keeps a paper after the answer.
 */
const alreadyVoted = () => new AppError('CONFLICT', 'Bạn đã bỏ phiếu này rồi; không thể bỏ lại hay sửa');

const queueFor = groupCommitPerDb<Db, PendingCast, void>(
  (db) => async (batch: Waiter<PendingCast, void>[], ballotId: string) => {
    // The same member twice in one batch: only the first paper can count.
    const firsts = new Map<string, Waiter<PendingCast, void>>();
    for (const w of batch)
      if (!firsts.has(w.request.councilMemberId)) firsts.set(w.request.councilMemberId, w);
    const { counted, forwarded } = await commitCasts(
      db,
      ballotId,
      [...firsts.values()].map((w) => w.request),
    );
    // committed: only now do the accepted papers count (a duplicate never reaches the totals)
    const papers = [...firsts.values()].filter((w) => counted.has(w.request.councilMemberId));
    // cast on another instance than the owner: the papers went to it with the commit
    const added =
      forwarded ||
      addPapers(
        ballotId,
        papers.map((w) => w.request.choices),
      );
    if (added && !forwarded && papers.length > 0) onPapersAdded(db, ballotId);
    for (const w of batch) {
      if (!papers.includes(w)) w.reject(alreadyVoted());
      else if (added) w.resolve();
      // the totals vanished after the check (cannot happen in one process): closing will see the
      // voters outnumber the totals and void the ballot rather than count wrongly
      else w.reject(ballotLost());
    }
  },
);

/** Resolves when this paper is counted; rejects (409, 4xx) when it is not, changing nothing. */
export function enqueueCast(db: Db, ballotId: string, cast: PendingCast): Promise<void> {
  return queueFor(db).enqueue(ballotId, cast);
}
