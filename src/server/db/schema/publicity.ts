// The public face (vinh danh công khai): the public notice of a conference's candidates and the
// comments sent on it, the honour board's entries, the media library (photos, video links) with
// its albums, and articles. Nothing here reaches a public page unless it is published; the public
// pages read only through the modules' *public-data.ts reads, which filter on publication.
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ImageVariant, PublicField } from '../../../shared/schemas/publicity';
import { id, versionedTimestamps } from './columns';
import { conferences, users } from './core';
import { honours } from './honours';
import { honourSubjects, movements } from './identities';
import { nominations } from './nominations';
import { conferenceRow, orgId } from './refs';

/**
 * Thông báo công khai — one per conference: the candidate list published for comments between
 * `opens_on` and `closes_on` (inclusive, Vietnam dates). `public_fields` names what of a candidate
 * the public page shows besides the name; `outcome` is how the comments were handled, as the
 * minutes and the TTr quote it.
 */
export const publicNotices = pgTable(
  'public_notices',
  {
    ...conferenceRow(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    publicFields: jsonb('public_fields').$type<PublicField[]>().notNull(),
    /** How to comment besides the form (address, phone of the office, box at the ward). */
    howToComment: text('how_to_comment').notNull().default(''),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    outcome: text('outcome').notNull().default(''),
    ...versionedTimestamps(),
  },
  (t) => [uniqueIndex('public_notices_conference_uq').on(t.conferenceId)],
);

/**
 * Ý kiến — a comment or objection sent from the public page, on one candidate (or the list as a
 * whole when `nomination_id` is null). `client_key` is a keyed hash of the sender's address (rate
 * limit); the address itself is not kept.
 */
export const publicComments = pgTable(
  'public_comments',
  {
    ...conferenceRow(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => publicNotices.id, { onDelete: 'cascade' }),
    nominationId: uuid('nomination_id').references(() => nominations.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull().default(''),
    authorContact: text('author_contact').notNull().default(''),
    body: text('body').notNull(),
    clientKey: text('client_key').notNull(),
    /** COMMENT_STATUSES: new | upheld | dismissed | noted */
    status: text('status').notNull().default('new'),
    handling: text('handling').notNull().default(''),
    handledBy: uuid('handled_by').references(() => users.id),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    ...versionedTimestamps(),
  },
  (t) => [
    index('public_comments_notice_idx').on(t.noticeId, t.createdAt),
    index('public_comments_nomination_idx').on(t.nominationId),
    index('public_comments_client_idx').on(t.clientKey, t.createdAt),
  ],
);

/**
 * Ảnh / video — a photo stored in several widths (webp, metadata stripped, `variants`), or a link
 * to a video hosted elsewhere (`video_url`). Of the organizer, optionally of a conference or a
 * movement. A photo is public only through something published that shows it (album, article
 * cover, board entry).
 */
export const mediaAssets = pgTable(
  'media_assets',
  {
    id: id(),
    organizationId: orgId(),
    conferenceId: uuid('conference_id').references(() => conferences.id, { onDelete: 'set null' }),
    movementId: uuid('movement_id').references(() => movements.id, { onDelete: 'set null' }),
    /** photo | video */
    kind: text('kind').notNull(),
    title: text('title').notNull().default(''),
    caption: text('caption').notNull().default(''),
    width: integer('width'),
    height: integer('height'),
    /** The stored sizes of a photo, smallest first (each a content address in the file store). */
    variants: jsonb('variants').$type<ImageVariant[]>().notNull().default(sql`'[]'::jsonb`),
    videoUrl: text('video_url'),
    createdBy: uuid('created_by').references(() => users.id),
    ...versionedTimestamps(),
  },
  (t) => [index('media_assets_org_idx').on(t.organizationId, t.createdAt)],
);

/** Album — the exhibition's groups of pictures ("Triển lãm ảnh"), published or not. */
export const albums = pgTable(
  'albums',
  {
    id: id(),
    organizationId: orgId(),
    conferenceId: uuid('conference_id').references(() => conferences.id, { onDelete: 'set null' }),
    movementId: uuid('movement_id').references(() => movements.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    coverAssetId: uuid('cover_asset_id').references(() => mediaAssets.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    ...versionedTimestamps(),
  },
  (t) => [index('albums_org_idx').on(t.organizationId)],
);

export const albumItems = pgTable(
  'album_items',
  {
    albumId: uuid('album_id')
      .notNull()
      .references(() => albums.id, { onDelete: 'cascade' }),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => mediaAssets.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.albumId, t.assetId] }), index('album_items_asset_idx').on(t.assetId)],
);

/**
 * Tin bài — an article of the organizer (optionally about a conference): sanitized rich text, a
 * cover photo; `status` draft | published, and a published article shows from `publish_at` (null:
 * at once), which is how one is scheduled.
 */
export const articles = pgTable(
  'articles',
  {
    id: id(),
    organizationId: orgId(),
    conferenceId: uuid('conference_id').references(() => conferences.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    bodyHtml: text('body_html').notNull().default(''),
    coverAssetId: uuid('cover_asset_id').references(() => mediaAssets.id, { onDelete: 'set null' }),
    status: text('status').notNull().default('draft'),
    publishAt: timestamp('publish_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    ...versionedTimestamps(),
  },
  (t) => [index('articles_org_idx').on(t.organizationId, t.status, t.publishAt)],
);

/**
 * Bảng vinh danh — one honouree as the public sees them: copied from the register (the honour and
 * its nomination) when the culture officer builds the board, then edited for the public (the
 * story, the photo, whether the birth year or position shows) and published. The public pages
 * read these rows only, never the nomination or the identity.
 */
export const boardEntries = pgTable(
  'board_entries',
  {
    id: id(),
    organizationId: orgId(),
    conferenceId: uuid('conference_id').references(() => conferences.id, { onDelete: 'set null' }),
    honourId: uuid('honour_id').references(() => honours.id, { onDelete: 'set null' }),
    nominationId: uuid('nomination_id').references(() => nominations.id, { onDelete: 'set null' }),
    subjectId: uuid('subject_id').references(() => honourSubjects.id, { onDelete: 'set null' }),
    /** individual | collective | household */
    kind: text('kind').notNull(),
    displayName: text('display_name').notNull(),
    unitName: text('unit_name').notNull().default(''),
    position: text('position').notNull().default(''),
    birthYear: integer('birth_year'),
    formName: text('form_name').notNull(),
    decisionNumber: text('decision_number').notNull().default(''),
    decisionDate: date('decision_date', { mode: 'string' }),
    /** The story, sanitized rich text (shared/rules/rich-text), edited for the public. */
    storyHtml: text('story_html').notNull().default(''),
    photoAssetId: uuid('photo_asset_id').references(() => mediaAssets.id, { onDelete: 'set null' }),
    /** What besides name, unit, form and decision the public sees: 'position' | 'birthYear'. */
    shownFields: jsonb('shown_fields').$type<PublicField[]>().notNull().default(sql`'[]'::jsonb`),
    /** The calling order in the hall (slideshow) and on the board. */
    sortOrder: integer('sort_order').notNull().default(0),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    ...versionedTimestamps(),
  },
  (t) => [
    index('board_entries_org_idx').on(t.organizationId, t.publishedAt),
    index('board_entries_conference_idx').on(t.conferenceId, t.sortOrder),
    uniqueIndex('board_entries_honour_uq').on(t.honourId),
  ],
);
