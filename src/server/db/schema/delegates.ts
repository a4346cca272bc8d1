import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { updatedAt, version, versionedTimestamps } from './columns';
import { conferences, units, users } from './core';
import { nominations } from './nominations';
import { conferenceRow, confId, orgId } from './refs';

/**
 * Đại biểu — one person on a conference's delegate list. `category` is a key of the plan's
 * delegate categories. The invitation token is never stored: only its SHA-256 (lookup) and the
 * token sealed with the server's invitation key (AES-256-GCM), so the invitation PDF can be
 * printed again with the same QR code (see modules/delegates/tokens.ts).
 */
export const delegates = pgTable(
  'delegates',
  {
    ...conferenceRow(),
    category: text('category').notNull(),
    subgroup: text('subgroup').notNull().default(''),
    /** individual | collective_representative */
    kind: text('kind').notNull().default('individual'),
    fullName: text('full_name').notNull(),
    /** Lower-case name without diacritics, for search ("nguyen van" finds "Nguyễn Văn An"). */
    searchName: text('search_name').notNull(),
    /** male | female | null */
    gender: text('gender'),
    attributes: jsonb('attributes').$type<string[]>().notNull().default([]),
    title: text('title').notNull().default(''),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    unitName: text('unit_name').notNull().default(''),
    seatGroup: text('seat_group').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    note: text('note').notNull().default(''),
    /** The honoree (selected in the review results) this delegate comes from. */
    nominationId: uuid('nomination_id').references(() => nominations.id),
    /** manual | honoree | import | walk_in */
    source: text('source').notNull().default('manual'),
    /** not_sent | sent | attending | declined | substitute */
    rsvpStatus: text('rsvp_status').notNull().default('not_sent'),
    substituteName: text('substitute_name').notNull().default(''),
    /** SHA-256 (hex) of the invitation token; unique across all conferences. */
    tokenHash: text('token_hash'),
    /** The token sealed with the invitation key: base64url(iv ‖ tag ‖ ciphertext). */
    tokenSealed: text('token_sealed'),
    tokenIssuedAt: timestamp('token_issued_at', { withTimezone: true }),
    ...versionedTimestamps(),
  },
  (t) => [
    index('delegates_conf_idx').on(t.conferenceId, t.category),
    index('delegates_conf_search_idx').on(t.conferenceId, t.searchName),
    uniqueIndex('delegates_token_uq').on(t.tokenHash),
    uniqueIndex('delegates_conf_nomination_uq')
      .on(t.conferenceId, t.nominationId)
      .where(sql`${t.nominationId} IS NOT NULL`),
  ],
);

/**
 * Đón tiếp — one row per delegate who has arrived. The primary key on delegate_id is what makes
 * two phones checking in the same person at the same instant produce exactly one row: the second
 * insert does nothing (ON CONFLICT DO NOTHING) and reads the first.
 */
export const delegateCheckins = pgTable(
  'delegate_checkins',
  {
    delegateId: uuid('delegate_id')
      .primaryKey()
      .references(() => delegates.id, { onDelete: 'cascade' }),
    organizationId: orgId(),
    conferenceId: confId(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
    checkedInBy: uuid('checked_in_by').references(() => users.id, { onDelete: 'set null' }),
    checkedInByName: text('checked_in_by_name').notNull().default(''),
    /** qr | search | walk_in */
    method: text('method').notNull(),
    /**
     * Offline check-ins (a reception phone that lost the network): the id the phone gave the
     * check-in, the phone's clock when the volunteer tapped, and when the server received it.
     * `checkedInAt` is the phone's time when the two agree within CHECKIN_CLOCK_SKEW_S, else the
     * server's; both are kept. Online check-ins: no client id, received = checked in.
     */
    clientId: uuid('client_id'),
    deviceAt: timestamp('device_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [
    index('delegate_checkins_conf_idx').on(t.conferenceId, t.checkedInAt),
    uniqueIndex('delegate_checkins_client_uq').on(t.clientId),
  ],
);

/**
 * Danh sách đại biểu of a conference as a whole: its version (bumped by every change of the list,
 * so finalizing checks the list the gauge showed) and its finalization (chốt danh sách).
 */
export const delegateLists = pgTable('delegate_lists', {
  conferenceId: uuid('conference_id')
    .primaryKey()
    .references(() => conferences.id, { onDelete: 'cascade' }),
  organizationId: orgId(),
  listVersion: integer('list_version').notNull().default(0),
  finalizedAt: timestamp('finalized_at', { withTimezone: true }),
  finalizedBy: uuid('finalized_by').references(() => users.id, { onDelete: 'set null' }),
  finalizedByName: text('finalized_by_name'),
  /** The chair's written reason when the list was finalized although a rule was broken. */
  overrideReason: text('override_reason'),
  /** The composition check at finalization (what the chair saw). */
  composition: jsonb('composition'),
  version: version(),
  updatedAt: updatedAt(),
});
