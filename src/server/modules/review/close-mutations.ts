import type { Actor } from '../../../shared/rules/permissions';
import type { ItemCounts } from '../../../shared/rules/tally';
import type { VoidReason } from '../../../shared/schemas/review';
import type { Db } from '../../db/client';
import { ballots, ballotTallies } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError } from '../../errors';
import { instanceId } from '../../instance';
import { type LiveBus, publishLive } from '../../live/bus';
import { writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { ballotLost } from './cast-mutations';
import { type BallotRow, countVoters, getBallot, getTally, type MeetingRow } from './data';
import { dropTotals, totalsOf } from './live-totals';
import {
  askOwnerTotals,
  BALLOT_TOPIC,
  type BallotLiveEvent,
  CLOSED_SIGNAL,
  settledTotals,
} from './owner-link';
import { storeResults } from './results-mutations';
import { adoptOrVoid, TotalsLost, voidBallot } from './round-mutations';

// Đóng phiếu: closing a ballot (kept apart from ballot-mutations.ts: its electronic path asks the
// owner instance for the totals, owner-link.ts).

/**
 * Closes a ballot for good and stores its results (the honorees). An electronic ballot's totals
 * come from its owner's memory — this process's, or another instance's asked through the live
 * bus (owner-link.ts) — and are written to ballot_tallies now, once; if they are lost (owner
 * gone) or do not account for every voter row, the ballot is voided instead.
 */
export async function closeBallot(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  meeting: MeetingRow,
  ballot: BallotRow,
  live?: LiveBus,
) {
  if (ballot.status === 'void') throw ballotLost((ballot.voidReason as VoidReason | null) ?? undefined);
  if (ballot.status !== 'open') {
    throw new AppError('INVALID_STATE', ballot.status === 'closed' ? 'Phiếu đã đóng' : 'Phiếu chưa mở');
  }
  const electronic = ballot.mode === 'electronic';
  ballot = await adoptOrVoid(db, ballot, () => ballotLost());
  if (!electronic) {
    const tally = await getTally(db, ballot.id);
    if (!tally || tally.ballotsCast === 0) {
      throw new AppError('INVALID_STATE', 'Chưa nhập kết quả kiểm phiếu / biểu quyết, chưa đóng phiếu được');
    }
  }
  const closed = await db
    .transaction(async (tx) => {
      // the row lock waits for a batch of casts being written (FOR SHARE) and keeps new ones out
      const after = await updateVersioned(tx, ballots, ballot.id, ballot.version, { status: 'closed' }, () =>
        getBallot(tx, meeting.id, ballot.id),
      );
      let counts: Record<string, ItemCounts> | undefined;
      if (electronic) {
        const voters = await countVoters(tx, ballot.id);
        const owned = totalsOf(ballot.id) !== null;
        // owned here but without totals (cannot happen): never wait for an answer nobody sends
        if (!owned && ballot.ownerInstance === instanceId()) throw new TotalsLost('count_mismatch');
        if (!owned && !live) throw new TotalsLost('owner_lost');
        const totals = owned
          ? await settledTotals(ballot.id, voters)
          : await askOwnerTotals(live as LiveBus, ballot.id, voters);
        if (!totals) throw new TotalsLost(owned ? 'count_mismatch' : 'owner_lost');
        counts = totals.counts;
        await tx
          .insert(ballotTallies)
          .values({ ballotId: ballot.id, counts: totals.counts, ballotsCast: totals.ballotsCast })
          .onConflictDoUpdate({
            target: ballotTallies.ballotId,
            set: { counts: totals.counts, ballotsCast: totals.ballotsCast },
          });
      }
      const { results, names } = await storeResults(tx, conference, meeting, after, counts);
      const closedEvent: BallotLiveEvent = {
        ballotId: ballot.id,
        status: 'closed',
        ballotsCast: electronic ? await countVoters(tx, ballot.id) : null,
      };
      await publishLive(tx, [{ conferenceId: conference.id, topic: BALLOT_TOPIC, payload: closedEvent }]);
      await writeConferenceAudit(tx, actor, conference, {
        action: 'ballot.closed',
        entityType: 'ballot',
        entityId: ballot.id,
        after: {
          results: results.map((r) => ({
            nominationId: r.nominationId,
            agree: r.agree,
            disagree: r.disagree,
            passed: r.passed,
          })),
        },
      });
      return { ballot: after, results, names };
    })
    .catch(async (err) => {
      if (!(err instanceof TotalsLost)) throw err;
      // the rolled-back close left the ballot open: void it rather than publish a wrong total
      await voidBallot(db, ballot, err.reason);
      throw ballotLost(err.reason);
    });
  if (electronic) {
    dropTotals(ballot.id);
    // the owner (another instance) forgets them too
    if (live) await live.signal(CLOSED_SIGNAL, { ballotId: ballot.id }).catch(() => {});
  }
  return closed;
}
