import { and, eq, isNull, sql } from 'drizzle-orm';
import type { VoidReason } from '../../../shared/schemas/review';
import type { Db } from '../../db/client';
import { ballots, ballotTallies, ballotVoters } from '../../db/schema/index';
import type { AppError } from '../../errors';
import { instanceId } from '../../instance';
import { publishLive } from '../../live/bus';
import { writeAudit } from '../audit/mutations';
import { type BallotRow, countVoters, getMeetingById, listBallotItems } from './data';
import { dropTotals, isOrphaned, startTotals } from './live-totals';
import { BALLOT_TOPIC, type BallotLiveEvent } from './owner-link';

/**
 * Rounds of an electronic ballot. Its running totals live only in the memory of the process that
 * opened it (live-totals.ts); when that process is gone the ballot is void, and opening it again
 * starts a new round (ARCHITECTURE.md "Secret ballot").
 */

/** Closing found the in-memory totals missing or short of the voter rows (rolls the close back). */
export class TotalsLost extends Error {
  constructor(readonly reason: VoidReason = 'count_mismatch') {
    super(reason);
  }
}

/** The ballot row, still open under the owner this request saw (two requests at once: one writes). */
const stillOpenUnder = (ballot: BallotRow) =>
  and(
    eq(ballots.id, ballot.id),
    eq(ballots.status, 'open'),
    ballot.ownerInstance === null
      ? isNull(ballots.ownerInstance)
      : eq(ballots.ownerInstance, ballot.ownerInstance),
  );

/**
 * Voids an open electronic ballot whose owning process is gone (or whose totals do not match
 * its voters): the papers cast count for nothing, the chair sees why and opens it again. Only a
 * ballot still open under the same owner is voided (two requests noticing it at once: one writes).
 */
export async function voidBallot(db: Db, ballot: BallotRow, reason: VoidReason) {
  await db.transaction(async (tx) => {
    const voided = await tx
      .update(ballots)
      .set({ status: 'void', voidReason: reason, version: sql`${ballots.version} + 1` })
      .where(stillOpenUnder(ballot))
      .returning({ id: ballots.id });
    if (voided.length === 0) return;
    const meeting = await getMeetingById(tx, ballot.meetingId);
    const voters = await countVoters(tx, ballot.id);
    if (meeting) {
      const payload: BallotLiveEvent = { ballotId: ballot.id, status: 'void', ballotsCast: null };
      await publishLive(tx, [{ conferenceId: meeting.conferenceId, topic: BALLOT_TOPIC, payload }]);
    }
    // by the system: naming whoever noticed would say that this member was voting at that time
    await writeAudit(tx, null, {
      organizationId: ballot.organizationId,
      conferenceId: meeting?.conferenceId ?? null,
      action: 'ballot.voided',
      entityType: 'ballot',
      entityId: ballot.id,
      after: { voidReason: reason, votersDiscarded: voters },
    });
  });
  dropTotals(ballot.id);
}

/**
 * An open electronic ballot whose owner is gone loses nothing when nobody has voted yet (e.g. the
 * server restarted between opening and the first paper): this process adopts it — records itself
 * as the owner, in the same statement that checks there is still no voter row, and starts empty
 * totals. Otherwise its papers are lost: it is voided and the caller gets `lost` (409).
 */
export async function adoptOrVoid(db: Db, ballot: BallotRow, lost: () => AppError): Promise<BallotRow> {
  if (!(await isOrphaned(db, ballot))) return ballot;
  const [adopted] = await db
    .update(ballots)
    .set({ ownerInstance: instanceId() })
    .where(
      and(
        stillOpenUnder(ballot),
        sql`NOT EXISTS (SELECT 1 FROM ballot_voters v WHERE v.ballot_id = ${ballots.id})`,
      ),
    )
    .returning();
  if (adopted) {
    const meeting = await getMeetingById(db, adopted.meetingId);
    startTotals(
      adopted.id,
      meeting?.conferenceId ?? '',
      (await listBallotItems(db, adopted.id)).map((i) => i.id),
    );
    return adopted;
  }
  await voidBallot(db, ballot, 'owner_lost');
  throw lost();
}

/** The void round's voter rows (and any totals row an old version wrote) go: members vote again. */
export async function discardRound(tx: Db, ballotId: string) {
  const removed = await tx
    .delete(ballotVoters)
    .where(eq(ballotVoters.ballotId, ballotId))
    .returning({ id: ballotVoters.councilMemberId });
  await tx.delete(ballotTallies).where(eq(ballotTallies.ballotId, ballotId));
  return removed.length;
}
