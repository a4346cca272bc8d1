import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import { type HonoreeEntry, honoreeEntry } from '../../../shared/rules/honorees';
import type { Db } from '../../db/client';
import { firstRow, rowOf } from '../../db/rows';
import {
  attachments,
  awardForms,
  ballotResults,
  ballots,
  delegationMembers,
  nominations,
  reviewMeetings,
  speeches,
  units,
} from '../../db/schema/index';

export type SpeechRow = typeof speeches.$inferSelect;
export type DelegationMemberRow = typeof delegationMembers.$inferSelect;

const honoreeColumns = {
  nominationId: nominations.id,
  name: nominations.name,
  kind: nominations.kind,
  gender: nominations.gender,
  sortKey: nominations.sortKey,
  collective: nominations.collective,
  individual: nominations.individual,
  unitId: units.id,
  unitName: units.name,
  unitType: units.type,
  awardFormId: awardForms.id,
  awardFormName: awardForms.name,
  appliesTo: awardForms.appliesTo,
  formSortOrder: awardForms.sortOrder,
  agree: ballotResults.agree,
  disagree: ballotResults.disagree,
  abstain: ballotResults.abstain,
  base: ballotResults.base,
  sharePercent: ballotResults.sharePercent,
  rank: ballotResults.rank,
  reason: ballotResults.reason,
  ballotId: ballots.id,
  meetingId: ballots.meetingId,
  meetingDate: reviewMeetings.meetingDate,
};
export type HonoreeRow = Awaited<ReturnType<typeof listHonorees>>[number];

/**
 * Người/tập thể được vinh danh: nominations selected in the results of a closed ballot (one row
 * per nomination, its latest selecting result), in Vietnamese name order.
 */
export async function listHonorees(
  db: Db,
  conferenceId: string,
  opts: { nominationIds?: string[]; meetingId?: string; exceptBallotId?: string } = {},
) {
  const where = [
    eq(ballotResults.conferenceId, conferenceId),
    eq(ballotResults.selected, true),
    eq(ballots.status, 'closed'),
  ];
  if (opts.nominationIds) {
    if (opts.nominationIds.length === 0) return [];
    where.push(inArray(ballotResults.nominationId, opts.nominationIds));
  }
  if (opts.meetingId) where.push(eq(ballots.meetingId, opts.meetingId));
  // the honorees as they were before that ballot closed
  if (opts.exceptBallotId) where.push(ne(ballots.id, opts.exceptBallotId));
  const rows = await db
    .select(honoreeColumns)
    .from(ballotResults)
    .innerJoin(ballots, eq(ballots.id, ballotResults.ballotId))
    .innerJoin(reviewMeetings, eq(reviewMeetings.id, ballots.meetingId))
    .innerJoin(nominations, eq(nominations.id, ballotResults.nominationId))
    .innerJoin(units, eq(units.id, nominations.unitId))
    .innerJoin(awardForms, eq(awardForms.id, nominations.awardFormId))
    .where(and(...where))
    .orderBy(asc(nominations.sortKey), asc(nominations.id), desc(ballots.createdAt));
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.nominationId) && seen.add(r.nominationId));
}

/**
 * The honorees as documents, the budget, the program and the dashboard list them: name, unit,
 * position, award form and the council's vote (group them with `groupByForm`, price them with
 * `prizeLines`).
 */
export async function listHonoreeEntries(
  db: Db,
  conferenceId: string,
  opts: { exceptBallotId?: string } = {},
): Promise<HonoreeEntry[]> {
  const rows = await listHonorees(db, conferenceId, opts);
  return rows.map((r) =>
    honoreeEntry(r, r.formSortOrder, { agree: r.agree, base: r.base, sharePercent: Number(r.sharePercent) }),
  );
}

export async function getHonoree(db: Db, conferenceId: string, nominationId: string) {
  const [row] = await listHonorees(db, conferenceId, { nominationIds: [nominationId] });
  return row ?? null;
}

const speechColumns = {
  speech: speeches,
  unitName: units.name,
  unitType: units.type,
  honoreeName: nominations.name,
  honoreeKind: nominations.kind,
};

export async function listSpeeches(db: Db, conferenceId: string) {
  return db
    .select(speechColumns)
    .from(speeches)
    .leftJoin(units, eq(units.id, speeches.unitId))
    .leftJoin(nominations, eq(nominations.id, speeches.nominationId))
    .where(eq(speeches.conferenceId, conferenceId))
    .orderBy(asc(speeches.sortOrder), asc(speeches.createdAt));
}

export async function getSpeech(db: Db, conferenceId: string, id: string): Promise<SpeechRow | null> {
  return rowOf(db, speeches, speeches.conferenceId, conferenceId, id);
}

/** The conference's row of `table` for one honoree (its speech, its place in the delegation), or null. */
function rowOfHonoree<T extends typeof speeches | typeof delegationMembers>(
  db: Db,
  table: T,
  conferenceId: string,
  nominationId: string,
): Promise<T['$inferSelect'] | null> {
  return firstRow(db, table, eq(table.conferenceId, conferenceId), eq(table.nominationId, nominationId));
}

export async function findSpeechOf(db: Db, conferenceId: string, nominationId: string) {
  return rowOfHonoree(db, speeches, conferenceId, nominationId);
}

/** The delegation's members with their nomination, unit and form, in the delegation's order. */
function delegationRows(db: Db, conferenceId: string) {
  return db
    .select({
      member: delegationMembers,
      nomination: nominations,
      unitName: units.name,
      unitType: units.type,
      awardFormName: awardForms.name,
      awardFormAppliesTo: awardForms.appliesTo,
    })
    .from(delegationMembers)
    .innerJoin(nominations, eq(nominations.id, delegationMembers.nominationId))
    .innerJoin(units, eq(units.id, nominations.unitId))
    .innerJoin(awardForms, eq(awardForms.id, nominations.awardFormId))
    .where(eq(delegationMembers.conferenceId, conferenceId))
    .orderBy(asc(nominations.kind), asc(nominations.sortKey), asc(nominations.id));
}

/**
 * Đoàn đi dự hội nghị cấp trên, its honorees (guests are listed with the delegates): collectives
 * first, then Vietnamese name order.
 */
export async function listDelegation(db: Db, conferenceId: string) {
  return (await delegationRows(db, conferenceId)).map((r) => ({
    member: r.member,
    nominationId: r.nomination.id,
    name: r.nomination.name,
    kind: r.nomination.kind,
    gender: r.nomination.gender,
    unitName: r.unitName,
    unitType: r.unitType,
    awardFormName: r.awardFormName,
  }));
}

export async function getDelegationMember(db: Db, conferenceId: string, id: string) {
  return rowOf(db, delegationMembers, delegationMembers.conferenceId, conferenceId, id);
}

export async function findDelegationMemberOf(db: Db, conferenceId: string, nominationId: string) {
  return rowOfHonoree(db, delegationMembers, conferenceId, nominationId);
}

/** Everything the dossier carries of each delegation member: the full nomination and its files. */
export async function listDossierMembers(db: Db, conferenceId: string) {
  const rows = await delegationRows(db, conferenceId);
  const ids = rows.map((r) => r.nomination.id);
  const files = ids.length
    ? await db
        .select()
        .from(attachments)
        .where(inArray(attachments.nominationId, ids))
        .orderBy(asc(attachments.createdAt), asc(attachments.id))
    : [];
  const results = new Map(
    (await listHonorees(db, conferenceId, { nominationIds: ids })).map((h) => [h.nominationId, h]),
  );
  return rows.map((r) => ({
    ...r,
    attachments: files.filter((f) => f.nominationId === r.nomination.id),
    result: results.get(r.nomination.id) ?? null,
  }));
}
