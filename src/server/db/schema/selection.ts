import { integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './columns';
import { units } from './core';
import { nominations } from './nominations';
import { confId, orgId } from './refs';

/**
 * Tham luận — a speech at the conference, given by an honoree. A collective's speech counts
 * as its unit's type (TDP, đoàn thể, cơ quan…) in the speech composition rule; an
 * individual's counts as "cá nhân".
 */
export const speeches = pgTable(
  'speeches',
  {
    id: id(),
    organizationId: orgId(),
    conferenceId: confId(),
    nominationId: uuid('nomination_id').references(() => nominations.id),
    unitId: uuid('unit_id').references(() => units.id),
    speakerName: text('speaker_name').notNull(),
    title: text('title').notNull(),
    /** unit_type | individual */
    kind: text('kind').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('speeches_conf_nomination_uq').on(t.conferenceId, t.nominationId)],
);

/** Đoàn đi dự hội nghị cấp trên — honorees sent to the upper-level conference, within its quota. */
export const delegationMembers = pgTable(
  'delegation_members',
  {
    id: id(),
    organizationId: orgId(),
    conferenceId: confId(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('delegation_members_conf_nomination_uq').on(t.conferenceId, t.nominationId)],
);
