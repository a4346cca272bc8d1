// The media library, albums and articles as the contract shows them to staff.
import { type Actor, can } from '../../../shared/rules/permissions';
import { publicPaths } from '../../../shared/rules/public-paths';
import { articleState } from '../../../shared/rules/publication';
import type {
  AlbumListView,
  AlbumView,
  ArticleListView,
  ArticleView,
  MediaAssetView,
} from '../../../shared/schemas/publicity';
import type { AlbumRow, ArticleRow, MediaAssetRow } from './data';

/** The staff address of one stored size (the public one is /anh/…, for published photos only). */
export const staffImageUrl = (organizationId: string, assetId: string, width: number) =>
  `/api/organizations/${organizationId}/media/${assetId}/${width}`;

export function presentAsset(row: MediaAssetRow): MediaAssetView {
  return {
    id: row.id,
    kind: row.kind as MediaAssetView['kind'],
    title: row.title,
    caption: row.caption,
    width: row.width,
    height: row.height,
    sizes: row.variants.map((v) => ({
      width: v.width,
      url: staffImageUrl(row.organizationId, row.id, v.width),
    })),
    videoUrl: row.videoUrl,
    conferenceId: row.conferenceId,
    movementId: row.movementId,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

const coverOf = (id: string | null, assets: ReadonlyMap<string, MediaAssetRow>) => {
  const row = id ? assets.get(id) : undefined;
  return row ? presentAsset(row) : null;
};

export function presentAlbum(
  row: AlbumRow,
  assetIds: readonly string[],
  assets: ReadonlyMap<string, MediaAssetRow>,
): AlbumView {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    conferenceId: row.conferenceId,
    movementId: row.movementId,
    coverAssetId: row.coverAssetId,
    assetIds: [...assetIds],
    itemCount: assetIds.length,
    cover: coverOf(row.coverAssetId, assets),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publicPath: row.publishedAt ? publicPaths.album(row.id) : null,
    version: row.version,
  };
}

export function presentAlbumList(
  rows: readonly AlbumRow[],
  items: ReadonlyMap<string, string[]>,
  assets: ReadonlyMap<string, MediaAssetRow>,
  actor: Actor,
  organizationId: string,
): AlbumListView {
  return {
    items: rows.map((r) => presentAlbum(r, items.get(r.id) ?? [], assets)),
    permissions: { canCreate: can(actor, 'publicity.manage', { organizationId }) },
  };
}

export function presentArticle(
  row: ArticleRow,
  assets: ReadonlyMap<string, MediaAssetRow>,
  now = new Date(),
): ArticleView {
  const state = articleState(row, now);
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    bodyHtml: row.bodyHtml,
    conferenceId: row.conferenceId,
    coverAssetId: row.coverAssetId,
    cover: coverOf(row.coverAssetId, assets),
    status: row.status as ArticleView['status'],
    state,
    publishAt: row.publishAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publicPath: state === 'published' ? publicPaths.article(row.id) : null,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function presentArticleList(
  rows: readonly ArticleRow[],
  assets: ReadonlyMap<string, MediaAssetRow>,
  actor: Actor,
  organizationId: string,
): ArticleListView {
  const now = new Date();
  return {
    items: rows.map((r) => presentArticle(r, assets, now)),
    permissions: { canCreate: can(actor, 'publicity.manage', { organizationId }) },
  };
}
