import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { conferences } from './core';
import { confId, orgId } from './refs';

/**
 * Sự kiện trực tiếp — the live events of a conference (a check-in, an undo, a ballot's state, the
 * run of show moving), in the order they were committed. Every app instance hears them through
 * PostgreSQL NOTIFY (live/bus.ts); an SSE client that reconnects — to the same instance or to
 * another one after a crash — asks for those after its Last-Event-ID and misses none. Kept a day.
 */
export const liveEvents = pgTable(
  'live_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    /** checkin | checkin_undone | ballot | tally | run_of_show … (the SSE event name) */
    topic: text('topic').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [
    index('live_events_conf_idx').on(t.conferenceId, t.id),
    index('live_events_at_idx').on(t.createdAt),
  ],
);

/**
 * Lượt đồng bộ — one queued offline action of a reception phone (a check-in or its undo), by the
 * id the phone gave it. A second sync of the same id answers what the first one did, whatever
 * happened since (the same check-in twice is one check-in; an undo replayed never undoes a later
 * check-in).
 */
export const checkinSyncItems = pgTable(
  'checkin_sync_items',
  {
    clientId: uuid('client_id').primaryKey(),
    organizationId: orgId(),
    conferenceId: confId(),
    delegateId: uuid('delegate_id'),
    /** checkin | undo */
    kind: text('kind').notNull(),
    /** the SyncItemResult's status (shared/schemas/checkin-sync.ts) */
    status: text('status').notNull(),
    message: text('message').notNull().default(''),
    /** The phone's clock when the volunteer acted, and the server's when the item arrived. */
    deviceAt: timestamp('device_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
  },
  (t) => [index('checkin_sync_items_conf_idx').on(t.conferenceId, t.receivedAt)],
);
