import { uuidParam } from '../../../shared/schemas/primitives';
import {
  albumInputSchema,
  albumListView,
  albumPublishSchema,
  albumUpdateSchema,
  albumView,
  articleInputSchema,
  articleListView,
  articlePublishSchema,
  articleUpdateSchema,
  articleView,
  IMAGE_MAX_BYTES,
  MEDIA_PAGE_SIZE,
  mediaAssetView,
  mediaImageParams,
  mediaListQuerySchema,
  mediaListView,
  mediaUpdateSchema,
  mediaUploadQuerySchema,
  variantType,
  videoLinkInputSchema,
} from '../../../shared/schemas/publicity';
import type { Db } from '../../db/client';
import { notFound, orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { fileResponse } from '../../http/responses';
import { routeGroup } from '../../http/route';
import { readUpload } from '../../http/upload';
import { deleteRoute } from '../../http/writes';
import { albumViewOf, createAlbum, deleteAlbum, publishAlbum, updateAlbum } from './album-mutations';
import {
  articleViewOf,
  createArticle,
  deleteArticle,
  publishArticle,
  updateArticle,
} from './article-mutations';
import {
  albumAssetIds,
  assetsByIds,
  getAlbum,
  getArticle,
  getAsset,
  listAlbums,
  listArticles,
  listAssets,
} from './data';
import { createPhoto, createVideoLink, deleteAsset, updateAsset } from './mutations';
import { presentAlbumList, presentArticleList, presentAsset } from './presenters';

const tags = ['publicity'];
const policy = 'publicity.manage' as const;
const base = '/api/organizations/:orgId';
const assetParams = orgParams.extend({ assetId: uuidParam('Mã ảnh') });
const albumParams = orgParams.extend({ albumId: uuidParam('Mã album') });
const articleParams = orgParams.extend({ articleId: uuidParam('Mã tin bài') });
const imageParams = orgParams.extend(mediaImageParams.shape);

const assetView = async (db: Db, orgId: string, id: string) =>
  presentAsset(orNotFound(await getAsset(db, orgId, id), 'ảnh hoặc video'));
const albumOf = async (db: Db, orgId: string, id: string) =>
  albumViewOf(db, orNotFound(await getAlbum(db, orgId, id), 'album ảnh'));
const articleOf = async (db: Db, orgId: string, id: string) =>
  articleViewOf(db, orNotFound(await getArticle(db, orgId, id), 'tin bài'));

/**
 * Thư viện ảnh, album, tin bài: the culture officer's (and the secretary's) media library,
 * the exhibition's albums and the articles, all under 'publicity.manage'.
 */
export async function mediaRoutes(app: AppInstance) {
  const { db, files } = app.deps;
  const manage = routeGroup(app, { tags, policy });

  // ---- the library -------------------------------------------------------------------------
  manage.get(
    `${base}/media`,
    {
      summary: 'Thư viện ảnh, video (mới nhất trước, theo trang)',
      params: orgParams,
      querystring: mediaListQuerySchema,
      response: { 200: mediaListView },
    },
    async ({ req }) => {
      const { page, conferenceId, movementId } = req.query;
      const { rows, total } = await listAssets(db, req.params.orgId, {
        conferenceId,
        movementId,
        limit: MEDIA_PAGE_SIZE,
        offset: (page - 1) * MEDIA_PAGE_SIZE,
      });
      return {
        items: rows.map(presentAsset),
        total,
        page,
        pageSize: MEDIA_PAGE_SIZE,
        permissions: { canUpload: true },
      };
    },
  );

  manage.created(
    `${base}/media/photos`,
    {
      summary: 'Tải lên một ảnh (JPG, PNG, WebP; tối đa 10 MB; xóa thông tin vị trí)',
      params: orgParams,
      querystring: mediaUploadQuerySchema,
      consumes: ['multipart/form-data'],
      response: { 201: mediaAssetView },
    },
    async ({ req, actor }) => {
      const upload = await readUpload(req, IMAGE_MAX_BYTES);
      const row = await createPhoto(db, files, actor, {
        organizationId: req.params.orgId,
        fileName: upload.name,
        bytes: upload.bytes,
        title: upload.name.replace(/\.[^.]+$/, '').slice(0, 300),
        conferenceId: req.query.conferenceId ?? null,
        movementId: req.query.movementId ?? null,
      });
      return presentAsset(row);
    },
  );

  manage.created(
    `${base}/media/videos`,
    {
      summary: 'Thêm đường dẫn video (https)',
      params: orgParams,
      body: videoLinkInputSchema,
      response: { 201: mediaAssetView },
    },
    async ({ req, actor }) => presentAsset(await createVideoLink(db, actor, req.params.orgId, req.body)),
  );

  manage.put(
    `${base}/media/:assetId`,
    {
      summary: 'Sửa tiêu đề, chú thích ảnh/video',
      params: assetParams,
      body: mediaUpdateSchema,
      response: { 200: mediaAssetView },
    },
    async ({ req, actor }) => {
      const { orgId, assetId } = req.params;
      const { details, version } = req.body;
      await updateAsset({ db, actor, organizationId: orgId, id: assetId, details, version });
      return assetView(db, orgId, assetId);
    },
  );

  deleteRoute(
    app,
    `${base}/media/:assetId`,
    { policy, tags, summary: 'Xóa ảnh/video (không được khi đang hiển thị công khai)', params: assetParams },
    ({ req, actor }) =>
      deleteAsset({
        db,
        actor,
        organizationId: req.params.orgId,
        id: req.params.assetId,
        version: req.query.version,
      }),
  );

  manage.get(
    `${base}/media/:assetId/:width`,
    {
      summary: 'Một cỡ ảnh đã lưu (WebP; cỡ lớn nhất JPEG)',
      params: imageParams,
      response: { 200: fileResponse('Ảnh WebP hoặc JPEG', 'image/webp') },
    },
    async ({ req, reply }) => {
      const row = orNotFound(await getAsset(db, req.params.orgId, req.params.assetId), 'ảnh');
      const size = row.variants.find((v) => v.width === req.params.width);
      if (!size) throw notFound('cỡ ảnh này');
      return reply
        .header('content-type', variantType(size))
        .header('cache-control', 'private, max-age=86400')
        .header('x-content-type-options', 'nosniff')
        .send(await files.get(size.sha));
    },
  );

  // ---- albums ------------------------------------------------------------------------------
  manage.get(
    `${base}/albums`,
    { summary: 'Danh sách album ảnh', params: orgParams, response: { 200: albumListView } },
    async ({ req, actor }) => {
      const rows = await listAlbums(db, req.params.orgId);
      const items = await albumAssetIds(
        db,
        rows.map((r) => r.id),
      );
      const covers = await assetsByIds(
        db,
        req.params.orgId,
        rows.map((r) => r.coverAssetId),
      );
      return presentAlbumList(rows, items, covers, actor, req.params.orgId);
    },
  );
  manage.created(
    `${base}/albums`,
    { summary: 'Tạo album ảnh', params: orgParams, body: albumInputSchema, response: { 201: albumView } },
    async ({ req, actor }) => albumViewOf(db, await createAlbum(db, actor, req.params.orgId, req.body)),
  );
  manage.get(
    `${base}/albums/:albumId`,
    { summary: 'Xem album ảnh', params: albumParams, response: { 200: albumView } },
    ({ req }) => albumOf(db, req.params.orgId, req.params.albumId),
  );
  manage.put(
    `${base}/albums/:albumId`,
    { summary: 'Sửa album ảnh', params: albumParams, body: albumUpdateSchema, response: { 200: albumView } },
    async ({ req, actor }) => {
      const { orgId, albumId } = req.params;
      const { album, version } = req.body;
      await updateAlbum({ db, actor, organizationId: orgId, id: albumId, input: album, version });
      return albumOf(db, orgId, albumId);
    },
  );
  manage.post(
    `${base}/albums/:albumId/publish`,
    {
      summary: 'Đăng / thôi đăng album',
      params: albumParams,
      body: albumPublishSchema,
      response: { 200: albumView },
    },
    async ({ req, actor }) => {
      const { orgId, albumId } = req.params;
      await publishAlbum({ db, actor, organizationId: orgId, id: albumId, ...req.body });
      return albumOf(db, orgId, albumId);
    },
  );
  deleteRoute(
    app,
    `${base}/albums/:albumId`,
    { policy, tags, summary: 'Xóa album ảnh (ảnh vẫn còn trong thư viện)', params: albumParams },
    ({ req, actor }) =>
      deleteAlbum({
        db,
        actor,
        organizationId: req.params.orgId,
        id: req.params.albumId,
        version: req.query.version,
      }),
  );

  // ---- articles ----------------------------------------------------------------------------
  manage.get(
    `${base}/articles`,
    { summary: 'Danh sách tin bài', params: orgParams, response: { 200: articleListView } },
    async ({ req, actor }) => {
      const rows = await listArticles(db, req.params.orgId);
      const covers = await assetsByIds(
        db,
        req.params.orgId,
        rows.map((r) => r.coverAssetId),
      );
      return presentArticleList(rows, covers, actor, req.params.orgId);
    },
  );
  manage.created(
    `${base}/articles`,
    {
      summary: 'Viết tin bài (bản nháp)',
      params: orgParams,
      body: articleInputSchema,
      response: { 201: articleView },
    },
    async ({ req, actor }) => articleViewOf(db, await createArticle(db, actor, req.params.orgId, req.body)),
  );
  manage.get(
    `${base}/articles/:articleId`,
    { summary: 'Xem tin bài', params: articleParams, response: { 200: articleView } },
    ({ req }) => articleOf(db, req.params.orgId, req.params.articleId),
  );
  manage.put(
    `${base}/articles/:articleId`,
    {
      summary: 'Sửa tin bài',
      params: articleParams,
      body: articleUpdateSchema,
      response: { 200: articleView },
    },
    async ({ req, actor }) => {
      const { orgId, articleId } = req.params;
      const { article, version } = req.body;
      await updateArticle({ db, actor, organizationId: orgId, id: articleId, input: article, version });
      return articleOf(db, orgId, articleId);
    },
  );
  manage.post(
    `${base}/articles/:articleId/publish`,
    {
      summary: 'Đăng ngay, hẹn giờ đăng hoặc thôi đăng tin bài',
      params: articleParams,
      body: articlePublishSchema,
      response: { 200: articleView },
    },
    async ({ req, actor }) => {
      const { orgId, articleId } = req.params;
      await publishArticle({ db, actor, organizationId: orgId, id: articleId, ...req.body });
      return articleOf(db, orgId, articleId);
    },
  );
  deleteRoute(
    app,
    `${base}/articles/:articleId`,
    { policy, tags, summary: 'Xóa tin bài', params: articleParams },
    ({ req, actor }) =>
      deleteArticle({
        db,
        actor,
        organizationId: req.params.orgId,
        id: req.params.articleId,
        version: req.query.version,
      }),
  );
}
