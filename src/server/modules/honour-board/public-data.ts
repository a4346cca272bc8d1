// Reads of the public pages: published board entries only, and of each only what the public sees
// (name, unit, form, decision, photo, story; position and birth year only when chosen). What leaves
// this file is already filtered: a public page cannot show a field it never receives. Also the
// open public notices and the showing articles linked from the home, and the verification lookup.
import { and, desc, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { ImageVariant, PublicField } from '../../../shared/schemas/publicity';
import type { Db } from '../../db/client';
import {
  articles,
  boardEntries,
  conferences,
  honourSubjects,
  honours,
  mediaAssets,
  organizations,
  publicNotices,
} from '../../db/schema/index';

export type PublicPhoto = { assetId: string; variants: ImageVariant[] };
export type PublicEntry = {
  id: string;
  organizationId: string;
  conferenceId: string | null;
  kind: string;
  displayName: string;
  unitName: string;
  formName: string;
  decisionNumber: string;
  decisionDate: string | null;
  photo: PublicPhoto | null;
  /** Only when the culture officer chose to show it. */
  position: string | null;
  birthYear: number | null;
  sortOrder: number;
};
export type PublicOrganization = { id: string; name: string };

const columns = {
  id: boardEntries.id,
  organizationId: boardEntries.organizationId,
  conferenceId: boardEntries.conferenceId,
  kind: boardEntries.kind,
  displayName: boardEntries.displayName,
  unitName: boardEntries.unitName,
  formName: boardEntries.formName,
  decisionNumber: boardEntries.decisionNumber,
  decisionDate: boardEntries.decisionDate,
  position: boardEntries.position,
  birthYear: boardEntries.birthYear,
  shownFields: boardEntries.shownFields,
  sortOrder: boardEntries.sortOrder,
  photoId: mediaAssets.id,
  variants: mediaAssets.variants,
};
type Selected = {
  [K in keyof typeof columns]: (typeof columns)[K]['_']['notNull'] extends true
    ? (typeof columns)[K]['_']['data']
    : (typeof columns)[K]['_']['data'] | null;
};

function toPublic(r: Selected): PublicEntry {
  const shown = new Set<PublicField>(r.shownFields ?? []);
  return {
    id: r.id,
    organizationId: r.organizationId,
    conferenceId: r.conferenceId,
    kind: r.kind,
    displayName: r.displayName,
    unitName: r.unitName,
    formName: r.formName,
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    photo:
      r.photoId && r.variants && r.variants.length > 0 ? { assetId: r.photoId, variants: r.variants } : null,
    position: shown.has('position') && r.position ? r.position : null,
    birthYear: shown.has('birthYear') ? r.birthYear : null,
    sortOrder: r.sortOrder,
  };
}

const published = isNotNull(boardEntries.publishedAt);

async function selectEntries(db: Db, where: ReturnType<typeof and>) {
  const rows = await db
    .select(columns)
    .from(boardEntries)
    .leftJoin(mediaAssets, eq(mediaAssets.id, boardEntries.photoAssetId))
    .where(and(published, where))
    .orderBy(desc(boardEntries.decisionDate), boardEntries.sortOrder, boardEntries.displayName);
  return rows.map((r) => toPublic(r as Selected));
}

export async function getPublicOrganization(db: Db, id: string): Promise<PublicOrganization | null> {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row ?? null;
}

/** Every published entry of an organizer, newest decision first, calling order inside. */
export const listPublishedOfOrganization = (db: Db, organizationId: string) =>
  selectEntries(db, eq(boardEntries.organizationId, organizationId));

/** One conference's published entries in calling order, with its name and organizer (null: none published). */
export async function getPublishedConferenceBoard(db: Db, conferenceId: string) {
  const entries = await selectEntries(db, eq(boardEntries.conferenceId, conferenceId));
  if (entries.length === 0) return null;
  const [conf] = await db
    .select({
      name: sql<string>`${conferences.plan}->>'name'`,
      orgId: organizations.id,
      orgName: organizations.name,
    })
    .from(conferences)
    .innerJoin(organizations, eq(organizations.id, conferences.organizationId))
    .where(eq(conferences.id, conferenceId));
  if (!conf) return null;
  return { name: conf.name, organization: { id: conf.orgId, name: conf.orgName }, entries };
}

/** One published entry with its story, or null. */
export async function getPublishedEntry(db: Db, entryId: string) {
  const [row] = await db
    .select({ ...columns, storyHtml: boardEntries.storyHtml, orgName: organizations.name })
    .from(boardEntries)
    .innerJoin(organizations, eq(organizations.id, boardEntries.organizationId))
    .leftJoin(mediaAssets, eq(mediaAssets.id, boardEntries.photoAssetId))
    .where(and(published, eq(boardEntries.id, entryId)));
  if (!row) return null;
  return {
    entry: toPublic(row as Selected),
    storyHtml: row.storyHtml,
    organization: { id: row.organizationId, name: row.orgName },
  };
}

/**
 * The public home: each organizer with published entries and its newest such conference (the
 * latest decision), with that conference's published entries in calling order.
 */
export async function listHomeBoards(db: Db) {
  const newest = await db
    .selectDistinctOn([boardEntries.organizationId], {
      organizationId: boardEntries.organizationId,
      conferenceId: boardEntries.conferenceId,
      orgName: organizations.name,
    })
    .from(boardEntries)
    .innerJoin(organizations, eq(organizations.id, boardEntries.organizationId))
    .where(and(published, isNotNull(boardEntries.conferenceId)))
    .orderBy(boardEntries.organizationId, desc(boardEntries.decisionDate));
  const boards = await Promise.all(
    newest.map(async (n) => ({
      organization: { id: n.organizationId, name: n.orgName },
      conferenceId: n.conferenceId!,
      board: await getPublishedConferenceBoard(db, n.conferenceId!),
    })),
  );
  return boards
    .filter((b) => b.board !== null)
    .sort((a, b) => a.organization.name.localeCompare(b.organization.name, 'vi'));
}

/** Thông báo công khai open today (published, not withdrawn, today within the period). */
export async function listOpenNotices(db: Db, organizationIds: string[], today: string) {
  if (organizationIds.length === 0) return [];
  return db
    .select({
      conferenceId: publicNotices.conferenceId,
      organizationId: publicNotices.organizationId,
      name: sql<string>`${conferences.plan}->>'name'`,
      closesOn: publicNotices.closesOn,
    })
    .from(publicNotices)
    .innerJoin(conferences, eq(conferences.id, publicNotices.conferenceId))
    .where(
      and(
        isNotNull(publicNotices.publishedAt),
        isNull(publicNotices.withdrawnAt),
        lte(publicNotices.opensOn, today),
        gte(publicNotices.closesOn, today),
        inArray(publicNotices.organizationId, organizationIds),
      ),
    );
}

/** The latest showing articles of an organizer (published, their time come), newest first. */
export async function listShowingArticles(db: Db, organizationId: string, now: Date, limit = 3) {
  return db
    .select({ id: articles.id, title: articles.title, summary: articles.summary })
    .from(articles)
    .where(
      and(
        eq(articles.organizationId, organizationId),
        eq(articles.status, 'published'),
        or(isNull(articles.publishAt), lte(articles.publishAt, now)),
      ),
    )
    .orderBy(desc(sql`coalesce(${articles.publishAt}, ${articles.publishedAt}, ${articles.createdAt})`))
    .limit(limit);
}

/** Xác minh: the honour with this code — only what the verification page shows. */
export async function findHonourByCode(db: Db, code: string) {
  const [row] = await db
    .select({
      name: honourSubjects.name,
      formName: honours.formName,
      decisionNumber: honours.decisionNumber,
      decisionDate: honours.decisionDate,
      organizer: organizations.name,
      revoked: sql<boolean>`${honours.revokedAt} is not null`,
    })
    .from(honours)
    .innerJoin(honourSubjects, eq(honourSubjects.id, honours.subjectId))
    .innerJoin(organizations, eq(organizations.id, honours.organizationId))
    .where(eq(honours.verifyCode, code));
  return row ?? null;
}
