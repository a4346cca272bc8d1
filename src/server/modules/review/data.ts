import { and, count, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { firstRow, rowOf, rowsWhere } from '../../db/rows';
import {
  awardForms,
  ballotItems,
  ballotResults,
  ballots,
  ballotTallies,
  ballotVoters,
  councilMembers,
  meetingAttendance,
  nominations,
  reviewMeetings,
  units,
} from '../../db/schema/index';

export type CouncilMemberRow = typeof councilMembers.$inferSelect;
export type MeetingRow = typeof reviewMeetings.$inferSelect;
export type BallotRow = typeof ballots.$inferSelect;

export async function listCouncilMembers(db: Db, organizationId: string, term?: string) {
  const where = [eq(councilMembers.organizationId, organizationId)];
  if (term) where.push(eq(councilMembers.term, term));
  return rowsWhere(db, councilMembers, and(...where), [councilMembers.term, councilMembers.createdAt]);
}

export async function getCouncilMember(db: Db, organizationId: string, id: string) {
  return rowOf(db, councilMembers, councilMembers.organizationId, organizationId, id);
}

/** The council seat the signed-in user holds in this term, if any. */
export async function findMemberForUser(db: Db, organizationId: string, term: string, userId: string) {
  return firstRow(
    db,
    councilMembers,
    eq(councilMembers.organizationId, organizationId),
    eq(councilMembers.term, term),
    eq(councilMembers.userId, userId),
    eq(councilMembers.active, true),
  );
}

export async function listMeetings(db: Db, conferenceId: string) {
  return rowsWhere(db, reviewMeetings, eq(reviewMeetings.conferenceId, conferenceId), [
    reviewMeetings.meetingDate,
    reviewMeetings.createdAt,
  ]);
}

export async function getMeeting(db: Db, conferenceId: string, id: string): Promise<MeetingRow | null> {
  return rowOf(db, reviewMeetings, reviewMeetings.conferenceId, conferenceId, id);
}

/** A meeting by its id alone (its conference unknown to the caller). */
export async function getMeetingById(db: Db, id: string): Promise<MeetingRow | null> {
  const [row] = await db.select().from(reviewMeetings).where(eq(reviewMeetings.id, id));
  return row ?? null;
}

export async function listAttendance(db: Db, meetingId: string) {
  return db.select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId));
}

export async function listBallots(db: Db, meetingId: string) {
  return rowsWhere(db, ballots, eq(ballots.meetingId, meetingId), [ballots.createdAt]);
}

export async function getBallot(db: Db, meetingId: string, id: string): Promise<BallotRow | null> {
  return rowOf(db, ballots, ballots.meetingId, meetingId, id);
}

export async function listBallotItems(db: Db, ballotId: string) {
  return rowsWhere(db, ballotItems, eq(ballotItems.ballotId, ballotId), [ballotItems.position]);
}

export async function getTally(db: Db, ballotId: string) {
  return firstRow(db, ballotTallies, eq(ballotTallies.ballotId, ballotId));
}

/** Who has voted (never how). */
export async function listVoterIds(db: Db, ballotId: string): Promise<string[]> {
  const rows = await db
    .select({ id: ballotVoters.councilMemberId })
    .from(ballotVoters)
    .where(eq(ballotVoters.ballotId, ballotId));
  return rows.map((r) => r.id);
}

/** How many have voted (the current round). */
export async function countVoters(db: Db, ballotId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(ballotVoters).where(eq(ballotVoters.ballotId, ballotId));
  return row?.n ?? 0;
}

export async function listBallotResults(db: Db, ballotId: string) {
  return db.select().from(ballotResults).where(eq(ballotResults.ballotId, ballotId));
}

/** Honorees already selected in the conference by other ballots, per award form. */
export async function countSelectedByForm(db: Db, conferenceId: string, exceptBallotId: string) {
  const rows = await db
    .select({ awardFormId: nominations.awardFormId, n: count() })
    .from(ballotResults)
    .innerJoin(nominations, eq(nominations.id, ballotResults.nominationId))
    .where(
      and(
        eq(ballotResults.conferenceId, conferenceId),
        eq(ballotResults.selected, true),
        ne(ballotResults.ballotId, exceptBallotId),
      ),
    )
    .groupBy(nominations.awardFormId);
  return new Map(rows.map((r) => [r.awardFormId, r.n]));
}

const nameColumns = {
  id: nominations.id,
  name: nominations.name,
  kind: nominations.kind,
  gender: nominations.gender,
  unitId: nominations.unitId,
  unitName: units.name,
  unitType: units.type,
  awardFormId: nominations.awardFormId,
  awardFormName: awardForms.name,
};

/** What a ballot shows of each nominee (name, kind, unit, proposed award form), by nomination id. */
export async function listBallotNominationNames(db: Db, ballotId: string) {
  const rows = await db
    .select(nameColumns)
    .from(ballotItems)
    .innerJoin(nominations, eq(nominations.id, ballotItems.nominationId))
    .innerJoin(units, eq(units.id, nominations.unitId))
    .innerJoin(awardForms, eq(awardForms.id, nominations.awardFormId))
    .where(eq(ballotItems.ballotId, ballotId));
  return new Map(rows.map(({ id, ...r }) => [id, r]));
}
export type BallotNominationNames = Awaited<ReturnType<typeof listBallotNominationNames>>;

/**
 * What closing a ballot judges of each nominee and what the closed ballot then shows of it, in
 * one read (through the ballot's items), so the close does not read the 300 nominees twice.
 */
export async function listBallotNominees(db: Db, conferenceId: string, ballotId: string) {
  const rows = await db
    .select({ ...nameColumns, collective: nominations.collective })
    .from(ballotItems)
    .innerJoin(nominations, eq(nominations.id, ballotItems.nominationId))
    .innerJoin(units, eq(units.id, nominations.unitId))
    .innerJoin(awardForms, eq(awardForms.id, nominations.awardFormId))
    .where(and(eq(ballotItems.ballotId, ballotId), eq(nominations.conferenceId, conferenceId)));
  const names: BallotNominationNames = new Map(rows.map(({ id, collective: _c, ...r }) => [id, r]));
  return { nominees: rows, names };
}

/** A ballot's items never change after it is created: keep them while members vote. */
const itemsCache = new Map<string, ReturnType<typeof listBallotItems>>();
export function ballotItemsOf(db: Db, ballotId: string) {
  // the promise is kept, so the hundred casts arriving together share one read
  let items = itemsCache.get(ballotId);
  if (!items) {
    if (itemsCache.size > 500) itemsCache.clear();
    items = listBallotItems(db, ballotId);
    itemsCache.set(ballotId, items);
    items.then(
      (rows) => rows.length === 0 && itemsCache.delete(ballotId),
      () => itemsCache.delete(ballotId),
    );
  }
  return items;
}
