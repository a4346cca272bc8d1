import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, versionedTimestamps } from './columns';
import { units, users } from './core';
import { nominationRef } from './nominations';
import { conferenceRow, orgId } from './refs';

// References within this schema (lazy: a table may name one declared further down).
const meetingRef = () =>
  uuid('meeting_id')
    .notNull()
    .references(() => reviewMeetings.id, { onDelete: 'cascade' });
const memberRef = () =>
  uuid('council_member_id')
    .notNull()
    .references(() => councilMembers.id);
const ballotRef = () =>
  uuid('ballot_id')
    .notNull()
    .references(() => ballots.id, { onDelete: 'cascade' });

/** Thành viên Hội đồng Thi đua – Khen thưởng, per organizer and term (nhiệm kỳ). */
export const councilMembers = pgTable(
  'council_members',
  {
    id: id(),
    organizationId: orgId(),
    term: text('term').notNull(),
    userId: uuid('user_id').references(() => users.id),
    fullName: text('full_name').notNull(),
    /** chair | vice_chair | standing | member | secretary */
    position: text('position').notNull(),
    /** The unit the member comes from (conflicts of interest). */
    unitId: uuid('unit_id').references(() => units.id),
    active: boolean('active').notNull().default(true),
    ...versionedTimestamps(),
  },
  (t) => [index('council_members_org_idx').on(t.organizationId, t.term)],
);

/** Phiên họp xét — a council review meeting. */
export const reviewMeetings = pgTable(
  'review_meetings',
  {
    ...conferenceRow(),
    term: text('term').notNull(),
    title: text('title').notNull(),
    meetingDate: date('meeting_date', { mode: 'string' }).notNull(),
    place: text('place').notNull().default(''),
    /** Quorum: present / all members ≥ numerator / denominator (e.g. 2/3). */
    quorumNumerator: integer('quorum_numerator').notNull().default(2),
    quorumDenominator: integer('quorum_denominator').notNull().default(3),
    /** planned | open (attendance) | closed */
    status: text('status').notNull().default('planned'),
    /** Ban kiểm phiếu (paper ballots). */
    tallyCommittee: jsonb('tally_committee').$type<string[]>().notNull().default([]),
    ...versionedTimestamps(),
  },
  (t) => [index('review_meetings_conf_idx').on(t.conferenceId)],
);

/** Điểm danh. */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    meetingId: meetingRef(),
    councilMemberId: memberRef(),
    present: boolean('present').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.councilMemberId] })],
);

/**
 * Phiếu — one ballot of a meeting over a batch of nominations, in one voting mode:
 * electronic (secret, members vote on their own devices), paper (the secretary enters the
 * tally committee's counts) or show_of_hands (biểu quyết; counts entered).
 */
export const ballots = pgTable(
  'ballots',
  {
    id: id(),
    organizationId: orgId(),
    meetingId: meetingRef(),
    title: text('title').notNull(),
    mode: text('mode').notNull(),
    allowAbstain: boolean('allow_abstain').notNull().default(false),
    /** draft | open | closed | void (an electronic ballot whose owning process was lost; reopened) */
    status: text('status').notNull().default('draft'),
    /**
     * Electronic: the process (instance id, new at every start) that holds the running totals in
     * memory while the ballot is open. Another process finding it open voids it (ARCHITECTURE.md
     * "Secret ballot").
     */
    ownerInstance: text('owner_instance'),
    /** Why a ballot is void: owner_lost | count_mismatch. */
    voidReason: text('void_reason'),
    /** Members present when the ballot opened — the electorate (cử tri) of this ballot. */
    electorate: jsonb('electorate').$type<string[]>().notNull().default([]),
    /** Paper: number of ballots handed out (số phiếu phát ra) and returned (thu về). */
    papersIssued: integer('papers_issued'),
    papersReturned: integer('papers_returned'),
    ...versionedTimestamps(),
  },
  (t) => [index('ballots_meeting_idx').on(t.meetingId)],
);

/** The nominations a ballot decides, and members excluded from one item (xung đột lợi ích). */
export const ballotItems = pgTable(
  'ballot_items',
  {
    id: id(),
    ballotId: ballotRef(),
    nominationId: nominationRef(),
    position: integer('position').notNull(),
    /** Council member ids excluded from this item's vote, with the declared reason. */
    excluded: jsonb('excluded').$type<{ councilMemberId: string; reason: string }[]>().notNull().default([]),
  },
  (t) => [uniqueIndex('ballot_items_uq').on(t.ballotId, t.nominationId)],
);

/**
 * Secret ballot, part 1: THAT a member voted. No time, no choice; the receipt is a random code
 * shown to the member once, stored hashed. The primary key makes a second vote impossible.
 */
export const ballotVoters = pgTable(
  'ballot_voters',
  {
    ballotId: ballotRef(),
    councilMemberId: memberRef(),
    receiptHash: text('receipt_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ballotId, t.councilMemberId] })],
);

/**
 * Secret ballot, part 2: WHAT was voted, only as totals — one row per ballot holding every item's
 * counters. Electronic ballots write it once, when they close (the running totals stay in the
 * owning process's memory, so no row version, WAL record or transaction id of a cast carries a
 * choice; see ARCHITECTURE.md "Secret ballot"); paper and show of hands hold the entered counts.
 */
export const ballotTallies = pgTable('ballot_tallies', {
  ballotId: uuid('ballot_id')
    .primaryKey()
    .references(() => ballots.id, { onDelete: 'cascade' }),
  /** itemId → { agree, disagree, abstain } */
  counts: jsonb('counts')
    .$type<Record<string, { agree: number; disagree: number; abstain: number }>>()
    .notNull(),
  ballotsCast: integer('ballots_cast').notNull().default(0),
});

/** Kết quả — computed when a ballot closes, per nomination: counts, share, passed, rank, why. */
export const ballotResults = pgTable(
  'ballot_results',
  {
    // Keyed by (ballot, nomination), no id of its own: one index fewer to fill for each of the
    // 300 rows a close writes.
    // Tenancy columns without foreign keys: a result belongs to its ballot (cascade), whose
    // meeting belongs to the conference; 300 results × 4 key checks was most of a close on PGlite.
    organizationId: uuid('organization_id').notNull(),
    conferenceId: uuid('conference_id').notNull(),
    ballotId: ballotRef(),
    // No key of its own: a result is written only for one of its ballot's items (storeResults),
    // and ballot_items' key already keeps the nomination from being deleted; one check fewer per
    // row halved the 300-row insert of a close on PGlite.
    nominationId: uuid('nomination_id').notNull(),
    agree: integer('agree').notNull(),
    disagree: integer('disagree').notNull(),
    abstain: integer('abstain').notNull(),
    base: integer('base').notNull(),
    sharePercent: numeric('share_percent', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    passed: boolean('passed').notNull(),
    /** Passed and within the form's limit after ranking: an honoree (người/tập thể được vinh danh). */
    selected: boolean('selected').notNull(),
    rank: integer('rank'),
    reason: text('reason').notNull(),
  },
  (t) => [
    primaryKey({ name: 'ballot_results_pk', columns: [t.ballotId, t.nominationId] }),
    index('ballot_results_conf_idx').on(t.conferenceId),
  ],
);
