import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, version, versionedTimestamps } from './columns';
import { units } from './core';
import { delegates } from './delegates';
import { nominations } from './nominations';
import { conferenceRow } from './refs';

/**
 * Tham luận — a speech at the conference, given by an honoree. A collective's speech counts
 * as its unit's type (TDP, đoàn thể, cơ quan…) in the speech composition rule; an
 * individual's counts as "cá nhân".
 */
export const speeches = pgTable(
  'speeches',
  {
    ...conferenceRow(),
    nominationId: uuid('nomination_id').references(() => nominations.id),
    unitId: uuid('unit_id').references(() => units.id),
    speakerName: text('speaker_name').notNull(),
    title: text('title').notNull(),
    /** unit_type | individual */
    kind: text('kind').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    ...versionedTimestamps(),
  },
  (t) => [uniqueIndex('speeches_conf_nomination_uq').on(t.conferenceId, t.nominationId)],
);

/**
 * Đoàn đi dự hội nghị cấp trên — the members sent to the upper-level conference, within its quota:
 * an honoree (nomination_id) or one of the conference's delegates who is not an honoree, such as a
 * guest (delegate_id); exactly one of the two. A delegate who is an honoree joins as the honoree.
 */
export const delegationMembers = pgTable(
  'delegation_members',
  {
    ...conferenceRow(),
    nominationId: uuid('nomination_id').references(() => nominations.id),
    delegateId: uuid('delegate_id').references(() => delegates.id),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('delegation_members_conf_nomination_uq').on(t.conferenceId, t.nominationId),
    uniqueIndex('delegation_members_conf_delegate_uq').on(t.conferenceId, t.delegateId),
    check('delegation_members_one_person_ck', sql`num_nonnulls(${t.nominationId}, ${t.delegateId}) = 1`),
  ],
);
