import { integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, version, versionedTimestamps } from './columns';
import { units } from './core';
import { nominationRef, nominations } from './nominations';
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

/** Đoàn đi dự hội nghị cấp trên — honorees sent to the upper-level conference, within its quota. */
export const delegationMembers = pgTable(
  'delegation_members',
  {
    ...conferenceRow(),
    nominationId: nominationRef(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('delegation_members_conf_nomination_uq').on(t.conferenceId, t.nominationId)],
);
