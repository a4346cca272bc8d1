import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { conferences, organizations, units, users } from './core';
import { nominations } from './nominations';
import { conferenceRow } from './refs';

/** The council's result of a member at the lower level, as it travelled with the delegation. */
export type CouncilResult = {
  agree: number;
  disagree: number;
  abstain: number;
  base: number;
  sharePercent: number;
  reason: string;
};

/**
 * Đoàn gửi lên cấp trên — one arrival in the upper conference's inbox: a send on this deployment
 * (channel `send`, with the source ids) or a dossier ZIP import from another one (`import`, names
 * only). organization_id / conference_id are the receiving (upper) side.
 */
export const upwardSends = pgTable(
  'upward_sends',
  {
    ...conferenceRow(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** send | import */
    channel: text('channel').notNull(),
    sourceOrganizationId: uuid('source_organization_id').references(() => organizations.id),
    sourceConferenceId: uuid('source_conference_id').references(() => conferences.id),
    sourceOrganizationName: text('source_organization_name').notNull(),
    sourceConferenceName: text('source_conference_name').notNull(),
    /** Số, ngày QĐ khen thưởng của cấp dưới, as text ("12/QĐ-UBND ngày 05/06/2020"); null: none. */
    decisionRef: text('decision_ref'),
    memberCount: integer('member_count').notNull(),
    attachmentCount: integer('attachment_count').notNull(),
    sentBy: uuid('sent_by').references(() => users.id),
    sentByName: text('sent_by_name').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('upward_sends_conf_idx').on(t.conferenceId, t.sentAt),
    index('upward_sends_source_idx').on(t.sourceConferenceId),
  ],
);

/**
 * Nguồn gốc của một đề nghị — where an upper-level nomination came from: the arrival, the lower
 * nomination (null for a ZIP import), its council result and the lower level's QĐ. A re-send finds
 * the upper nomination again through (conference_id, source_nomination_id).
 */
export const nominationOrigins = pgTable(
  'nomination_origins',
  {
    nominationId: uuid('nomination_id')
      .primaryKey()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    sendId: uuid('send_id')
      .notNull()
      .references(() => upwardSends.id, { onDelete: 'cascade' }),
    sourceNominationId: uuid('source_nomination_id').references(() => nominations.id),
    councilResult: jsonb('council_result').$type<CouncilResult | null>(),
  },
  (t) => [
    index('nomination_origins_send_idx').on(t.sendId),
    uniqueIndex('nomination_origins_source_uq').on(t.conferenceId, t.sourceNominationId),
    index('nomination_origins_source_idx').on(t.sourceNominationId),
  ],
);
