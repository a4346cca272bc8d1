// The office's channel with its units and everybody's notifications: a unit's thread (phản ánh,
// kiến nghị) with its messages and files; a notification in a user's inbox; its deliveries through
// a transport (email today; Zalo OA or SMS later) written in the same transaction as the action
// that caused it and sent after commit (the outbox); each user's preferences.
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, versionedTimestamps } from './columns';
import { conferences, units, users } from './core';
import { nominations, unitReports } from './nominations';
import { conferenceTasks } from './preparation';
import { orgId } from './refs';

/**
 * Phản ánh, kiến nghị — a unit raises a problem with the office (Văn phòng). Optionally about a
 * conference, a nomination or the unit's report; the office assigns it to a staff member, answers
 * it and sets its status (new | in_progress | answered | closed); it may become a task.
 */
export const threads = pgTable(
  'threads',
  {
    id: id(),
    organizationId: orgId(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    conferenceId: uuid('conference_id').references(() => conferences.id, { onDelete: 'set null' }),
    nominationId: uuid('nomination_id').references(() => nominations.id, { onDelete: 'set null' }),
    unitReportId: uuid('unit_report_id').references(() => unitReports.id, { onDelete: 'set null' }),
    topic: text('topic').notNull(),
    /** new | in_progress | answered | closed (rules/threads.ts) */
    status: text('status').notNull().default('new'),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    /** The task this thread became (chuyển thành công việc). */
    taskId: uuid('task_id').references(() => conferenceTasks.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    ...versionedTimestamps(),
  },
  (t) => [
    index('threads_org_status_idx').on(t.organizationId, t.status, t.lastMessageAt),
    index('threads_unit_idx').on(t.unitId, t.lastMessageAt),
  ],
);

/** A message of a thread: from the unit or from the office; sanitized HTML (summary allow-list). */
export const threadMessages = pgTable(
  'thread_messages',
  {
    id: id(),
    organizationId: orgId(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    /** unit | office */
    side: text('side').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** The author's name at the time. */
    authorName: text('author_name').notNull(),
    bodyHtml: text('body_html').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('thread_messages_thread_idx').on(t.threadId, t.createdAt)],
);

/** A file sent with a message (content-addressed, as the nominations' attachments). */
export const threadAttachments = pgTable(
  'thread_attachments',
  {
    id: id(),
    organizationId: orgId(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id')
      .notNull()
      .references(() => threadMessages.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('thread_attachments_thread_idx').on(t.threadId)],
);

/**
 * Thông báo — one line of a user's inbox (the bell). Title and body are written in Vietnamese when
 * the event happens (the text stays what the user was told); `link` is the page to open.
 * `dedupe_key` makes a scheduled reminder once per user ("deadline:<quota>:3d").
 */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    organizationId: uuid('organization_id'),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** A NOTIFICATION_KINDS value (shared/schemas/notifications.ts). */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    /** An app path: "/conferences/…/nominations/…". */
    link: text('link').notNull().default(''),
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** When a daily digest carried it (users who chose the digest). */
    digestedAt: timestamp('digested_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} IS NULL`),
    uniqueIndex('notifications_dedupe_uq').on(t.userId, t.dedupeKey).where(sql`${t.dedupeKey} IS NOT NULL`),
  ],
);

/**
 * The outbox: one message to send through one transport. Written in the transaction of the action
 * (so it exists exactly when the action does), sent after commit by the delivery worker:
 * pending → sending (claimed) → sent | pending again with `next_attempt_at` (backoff) | failed
 * (attempts exhausted; `last_error` says why). `message_id` is fixed at insert, so a message sent
 * twice after a crash carries the same Message-ID.
 */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: id(),
    /** null for a digest (it carries several notifications). */
    notificationId: uuid('notification_id').references(() => notifications.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** email (later: zalo, sms) */
    transport: text('transport').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    messageId: text('message_id').notNull(),
    /** pending | sending | sent | failed */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('notification_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('notification_deliveries_notification_idx').on(t.notificationId),
  ],
);

/**
 * Cài đặt thông báo of a user: email on or off, immediate or one daily digest, kinds they do not
 * want by email (the inbox always has everything). No row = the defaults.
 */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  emailEnabled: boolean('email_enabled').notNull().default(true),
  /** immediate | daily */
  emailMode: text('email_mode').notNull().default('immediate'),
  mutedKinds: jsonb('muted_kinds').$type<string[]>().notNull().default([]),
  ...versionedTimestamps(),
});
