// Reads of the media library, albums and articles for the staff screens (the public pages read
// through public-data.ts, which filters on publication).
import { and, asc, count, desc, eq, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowOf } from '../../db/rows';
import {
  albumItems,
  albums,
  articles,
  boardEntries,
  conferences,
  mediaAssets,
  movements,
} from '../../db/schema/index';

export type MediaAssetRow = typeof mediaAssets.$inferSelect;
export type AlbumRow = typeof albums.$inferSelect;
export type ArticleRow = typeof articles.$inferSelect;

export const getAsset = (db: Db, organizationId: string, id: string) =>
  rowOf(db, mediaAssets, mediaAssets.organizationId, organizationId, id);
export const getAlbum = (db: Db, organizationId: string, id: string) =>
  rowOf(db, albums, albums.organizationId, organizationId, id);
export const getArticle = (db: Db, organizationId: string, id: string) =>
  rowOf(db, articles, articles.organizationId, organizationId, id);
export const getConferenceOf = (db: Db, organizationId: string, id: string) =>
  rowOf(db, conferences, conferences.organizationId, organizationId, id);
export const getMovementOf = (db: Db, organizationId: string, id: string) =>
  rowOf(db, movements, movements.organizationId, organizationId, id);

/** A page of the library, newest first. */
export async function listAssets(
  db: Db,
  organizationId: string,
  filter: { conferenceId?: string; movementId?: string; limit: number; offset: number },
) {
  const conditions: SQL[] = [eq(mediaAssets.organizationId, organizationId)];
  if (filter.conferenceId) conditions.push(eq(mediaAssets.conferenceId, filter.conferenceId));
  if (filter.movementId) conditions.push(eq(mediaAssets.movementId, filter.movementId));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(mediaAssets)
      .where(where)
      .orderBy(desc(mediaAssets.createdAt), desc(mediaAssets.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(mediaAssets).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The assets of this organizer among `ids`, by id. */
export async function assetsByIds(db: Db, organizationId: string, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map<string, MediaAssetRow>();
  const rows = await db
    .select()
    .from(mediaAssets)
    .where(and(eq(mediaAssets.organizationId, organizationId), inArray(mediaAssets.id, wanted)));
  return new Map(rows.map((r) => [r.id, r]));
}

export const listAlbums = (db: Db, organizationId: string) =>
  db
    .select()
    .from(albums)
    .where(eq(albums.organizationId, organizationId))
    .orderBy(desc(albums.createdAt), desc(albums.id));

/** Each album's asset ids in order. */
export async function albumAssetIds(db: Db, albumIds: readonly string[]) {
  const map = new Map<string, string[]>(albumIds.map((id) => [id, []]));
  if (albumIds.length === 0) return map;
  const rows = await db
    .select()
    .from(albumItems)
    .where(inArray(albumItems.albumId, [...albumIds]))
    .orderBy(asc(albumItems.albumId), asc(albumItems.position));
  for (const r of rows) map.get(r.albumId)?.push(r.assetId);
  return map;
}

export const listArticles = (db: Db, organizationId: string) =>
  db
    .select()
    .from(articles)
    .where(eq(articles.organizationId, organizationId))
    .orderBy(desc(articles.updatedAt), desc(articles.id));

/**
 * What published shows this asset: albums (item or cover), articles published or scheduled (the
 * cover), board entries published. Deleting it is refused while any does.
 */
export async function publishedUses(db: Db, assetId: string) {
  const [albumRows, articleRows, boardRows] = await Promise.all([
    db
      .selectDistinct({ title: albums.title })
      .from(albums)
      .leftJoin(albumItems, eq(albumItems.albumId, albums.id))
      .where(
        and(
          isNotNull(albums.publishedAt),
          or(eq(albums.coverAssetId, assetId), eq(albumItems.assetId, assetId)),
        ),
      ),
    db
      .select({ title: articles.title })
      .from(articles)
      .where(and(eq(articles.coverAssetId, assetId), eq(articles.status, 'published'))),
    db
      .select({ name: boardEntries.displayName })
      .from(boardEntries)
      .where(and(eq(boardEntries.photoAssetId, assetId), isNotNull(boardEntries.publishedAt))),
  ]);
  return {
    albums: albumRows.map((r) => r.title),
    articles: articleRows.map((r) => r.title),
    board: boardRows.map((r) => r.name),
  };
}

/** The asset rows of `ids` that are of this organizer (an album's items, a cover). */
export async function countOwnAssets(db: Db, organizationId: string, ids: readonly string[]) {
  if (ids.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mediaAssets)
    .where(and(eq(mediaAssets.organizationId, organizationId), inArray(mediaAssets.id, [...ids])));
  return row?.n ?? 0;
}
