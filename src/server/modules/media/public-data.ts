// The public pages' reads of the gallery and articles: published rows only, the conditions written
// once here in SQL (the same as shared/rules/publication.ts: an article shows when it is published
// and its publish_at is null or has come; an album when published_at is set).
import { and, asc, desc, eq, exists, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { firstRow } from '../../db/rows';
import {
  albumItems,
  albums,
  articles,
  boardEntries,
  mediaAssets,
  organizations,
} from '../../db/schema/index';

/** An article shows (publication.ts articleShows, in SQL). */
const articleShows = (now: Date): SQL =>
  and(eq(articles.status, 'published'), or(isNull(articles.publishAt), lte(articles.publishAt, now)))!;

const publicAsset = {
  id: mediaAssets.id,
  kind: mediaAssets.kind,
  title: mediaAssets.title,
  caption: mediaAssets.caption,
  variants: mediaAssets.variants,
  videoUrl: mediaAssets.videoUrl,
};
export type PublicAsset = {
  id: string;
  kind: string;
  title: string;
  caption: string;
  variants: { width: number; height: number; sha: string; bytes: number }[];
  videoUrl: string | null;
};

export async function publicOrganization(db: Db, id: string) {
  const row = await firstRow(db, organizations, eq(organizations.id, id));
  return row ? { id: row.id, name: row.name } : null;
}

/**
 * The stored size `width` of an asset that something published shows — an album's item or cover,
 * a showing article's cover, a published board entry's photo — or null.
 */
export async function publicImage(db: Db, assetId: string, width: number, now: Date) {
  const shown = or(
    exists(
      db
        .select({ one: sql`1` })
        .from(albumItems)
        .innerJoin(albums, eq(albums.id, albumItems.albumId))
        .where(and(eq(albumItems.assetId, mediaAssets.id), isNotNull(albums.publishedAt))),
    ),
    exists(
      db
        .select({ one: sql`1` })
        .from(albums)
        .where(and(eq(albums.coverAssetId, mediaAssets.id), isNotNull(albums.publishedAt))),
    ),
    exists(
      db
        .select({ one: sql`1` })
        .from(articles)
        .where(and(eq(articles.coverAssetId, mediaAssets.id), articleShows(now))),
    ),
    exists(
      db
        .select({ one: sql`1` })
        .from(boardEntries)
        .where(and(eq(boardEntries.photoAssetId, mediaAssets.id), isNotNull(boardEntries.publishedAt))),
    ),
  );
  const [row] = await db
    .select({ variants: mediaAssets.variants })
    .from(mediaAssets)
    .where(and(eq(mediaAssets.id, assetId), eq(mediaAssets.kind, 'photo'), shown))
    .limit(1);
  return row?.variants.find((v) => v.width === width) ?? null;
}

const articleColumns = {
  id: articles.id,
  organizationId: articles.organizationId,
  title: articles.title,
  summary: articles.summary,
  bodyHtml: articles.bodyHtml,
  publishAt: articles.publishAt,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  cover: publicAsset,
};

/** When an article shows from: its scheduled time, else when it was published. */
export const articleDate = (a: { publishAt: Date | null; publishedAt: Date | null; updatedAt: Date }) =>
  a.publishAt ?? a.publishedAt ?? a.updatedAt;

/** An organizer's showing articles, newest first. */
export async function publicArticles(db: Db, organizationId: string, now: Date, limit = 50) {
  const rows = await db
    .select(articleColumns)
    .from(articles)
    .leftJoin(mediaAssets, eq(mediaAssets.id, articles.coverAssetId))
    .where(and(eq(articles.organizationId, organizationId), articleShows(now)))
    .orderBy(desc(sql`coalesce(${articles.publishAt}, ${articles.publishedAt})`), desc(articles.id))
    .limit(limit);
  return rows.map(withCover);
}

export async function publicArticle(db: Db, id: string, now: Date) {
  const [row] = await db
    .select(articleColumns)
    .from(articles)
    .leftJoin(mediaAssets, eq(mediaAssets.id, articles.coverAssetId))
    .where(and(eq(articles.id, id), articleShows(now)))
    .limit(1);
  return row ? withCover(row) : null;
}

/** A left join's missing cover comes back as an object of nulls. */
function withCover<T extends { cover: Partial<PublicAsset> | null }>(row: T) {
  const cover = row.cover?.id ? (row.cover as PublicAsset) : null;
  return { ...row, cover: cover?.kind === 'photo' ? cover : null };
}

const albumColumns = {
  id: albums.id,
  organizationId: albums.organizationId,
  title: albums.title,
  description: albums.description,
  publishedAt: albums.publishedAt,
  cover: publicAsset,
};

/** An organizer's published albums, newest first, each with its cover (or its first photo). */
export async function publicAlbums(db: Db, organizationId: string) {
  const rows = await db
    .select(albumColumns)
    .from(albums)
    .leftJoin(mediaAssets, eq(mediaAssets.id, albums.coverAssetId))
    .where(and(eq(albums.organizationId, organizationId), isNotNull(albums.publishedAt)))
    .orderBy(desc(albums.publishedAt), desc(albums.id));
  const out = [];
  for (const r of rows) {
    const withIt = withCover(r);
    const cover = withIt.cover ?? (await publicAlbumItems(db, r.id)).find((a) => a.kind === 'photo') ?? null;
    out.push({ ...withIt, cover });
  }
  return out;
}

export async function publicAlbum(db: Db, id: string) {
  const [row] = await db
    .select(albumColumns)
    .from(albums)
    .leftJoin(mediaAssets, eq(mediaAssets.id, albums.coverAssetId))
    .where(and(eq(albums.id, id), isNotNull(albums.publishedAt)))
    .limit(1);
  return row ? withCover(row) : null;
}

/** A published album's photos and video links in order. */
export async function publicAlbumItems(db: Db, albumId: string): Promise<PublicAsset[]> {
  return db
    .select(publicAsset)
    .from(albumItems)
    .innerJoin(mediaAssets, eq(mediaAssets.id, albumItems.assetId))
    .where(eq(albumItems.albumId, albumId))
    .orderBy(asc(albumItems.position));
}
