// Bảng vinh danh (staff). B = /api/conferences/:conferenceId/board
//
// method  path                       policy            answer
// GET     B                          publicity.manage  BoardEntryList (calling order)
// POST    B/build                    publicity.manage  { created, board }: entries for the QĐ's honours (idempotent)
// PUT     B/:entryId                 publicity.manage  body { entry, version } → BoardEntry (409 stale)
// POST    B/:entryId/photo           publicity.manage  multipart photo (JPEG/PNG/WebP ≤ 10 MB) → BoardEntry
// POST    B/:entryId/publish         publicity.manage  { version } → BoardEntry
// POST    B/:entryId/unpublish       publicity.manage  { version } → BoardEntry
// POST    B/publish-all              publicity.manage  → BoardEntryList
// GET     B/slideshow                program.view      Slideshow (album photos, honour groups)
// GET     B/images/:assetId/:width   program.view      a stored size (WebP) of a photo of this board or its albums
import { z } from 'zod';
import type { Actor } from '../../../shared/rules/permissions';
import { uuidParam, versionField } from '../../../shared/schemas/primitives';
import {
  boardBuildView,
  boardEntryInputSchema,
  boardEntryListView,
  boardEntryView,
  boardPublishSchema,
  IMAGE_MAX_BYTES,
  slideshowView,
} from '../../../shared/schemas/publicity';
import type { Db } from '../../db/client';
import { notFound, orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { fileResponse } from '../../http/responses';
import { routeGroup } from '../../http/route';
import { readUpload } from '../../http/upload';
import type { ConferenceRow } from '../conferences/data';
import {
  conferenceName,
  conferencePhoto,
  getBoardEntry,
  listBoardEntries,
  listSlideshowPhotos,
} from './data';
import {
  buildBoard,
  publishWholeBoard,
  setBoardEntryPhoto,
  setBoardEntryPublished,
  updateBoardEntry,
} from './mutations';
import { presentBoard, presentBoardEntry, presentSlideshow } from './presenters';

const tags = ['publicity'];
const base = '/api/conferences/:conferenceId/board';
const entryParams = confParams.extend({ entryId: uuidParam('Mã mục bảng vinh danh') });
const imageParams = confParams.extend({
  assetId: uuidParam('Mã ảnh'),
  width: z.coerce.number().int().min(1).max(4000),
});
const entryUpdate = z.object({ entry: boardEntryInputSchema, version: versionField });

async function entryView(db: Db, conf: ConferenceRow, entryId: string) {
  return presentBoardEntry(
    conf.id,
    orNotFound(await getBoardEntry(db, conf.id, entryId), 'mục bảng vinh danh'),
  );
}

async function boardView(db: Db, conf: ConferenceRow, actor: Actor) {
  return presentBoard(conf, await listBoardEntries(db, conf.id), actor);
}

export async function honourBoardRoutes(app: AppInstance) {
  const { db, files } = app.deps;
  const manage = routeGroup(app, { tags, policy: 'publicity.manage' });
  const view = routeGroup(app, { tags, policy: 'program.view' });

  manage.get(
    base,
    { summary: 'Bảng vinh danh của hội nghị', params: confParams, response: { 200: boardEntryListView } },
    ({ actor, conf }) => boardView(db, conf, actor),
  );

  manage.post(
    `${base}/build`,
    {
      summary: 'Lập bảng vinh danh từ Quyết định khen thưởng',
      params: confParams,
      response: { 200: boardBuildView },
    },
    async ({ actor, conf }) => {
      const created = await buildBoard(db, actor, conf);
      return { created, board: await boardView(db, conf, actor) };
    },
  );

  manage.post(
    `${base}/publish-all`,
    { summary: 'Công khai cả bảng vinh danh', params: confParams, response: { 200: boardEntryListView } },
    async ({ actor, conf }) => {
      await publishWholeBoard(db, actor, conf);
      return boardView(db, conf, actor);
    },
  );

  manage.put(
    `${base}/:entryId`,
    {
      summary: 'Sửa mục bảng vinh danh',
      params: entryParams,
      body: entryUpdate,
      response: { 200: boardEntryView },
    },
    async ({ req, actor, conf }) => {
      const { entryId } = req.params;
      await updateBoardEntry({ db, actor, conf, entryId, input: req.body.entry, version: req.body.version });
      return entryView(db, conf, entryId);
    },
  );

  manage.post(
    `${base}/:entryId/photo`,
    {
      summary: 'Tải lên ảnh cho mục bảng vinh danh (JPG, PNG, WebP; tối đa 10 MB)',
      params: entryParams,
      consumes: ['multipart/form-data'],
      response: { 200: boardEntryView },
    },
    async ({ req, actor, conf }) => {
      const upload = await readUpload(req, IMAGE_MAX_BYTES);
      const { entryId } = req.params;
      await setBoardEntryPhoto({ db, actor, conf, entryId, files, upload });
      return entryView(db, conf, entryId);
    },
  );

  for (const [action, publish] of [
    ['publish', true],
    ['unpublish', false],
  ] as const) {
    manage.post(
      `${base}/:entryId/${action}`,
      {
        summary: publish ? 'Công khai mục bảng vinh danh' : 'Gỡ công khai mục bảng vinh danh',
        params: entryParams,
        body: boardPublishSchema,
        response: { 200: boardEntryView },
      },
      async ({ req, actor, conf }) => {
        const { entryId } = req.params;
        await setBoardEntryPublished({ db, actor, conf, entryId, publish, version: req.body.version });
        return entryView(db, conf, entryId);
      },
    );
  }

  view.get(
    `${base}/slideshow`,
    {
      summary: 'Trình chiếu: ảnh phong trào và các nhóm vinh danh',
      params: confParams,
      response: { 200: slideshowView },
    },
    async ({ reply, conf }) => {
      reply.header('cache-control', 'no-store');
      const [name, photos, rows] = await Promise.all([
        conferenceName(db, conf.id),
        listSlideshowPhotos(db, conf.id),
        listBoardEntries(db, conf.id),
      ]);
      return presentSlideshow(conf.id, name, photos, rows);
    },
  );

  view.get(
    `${base}/images/:assetId/:width`,
    {
      summary: 'Ảnh của bảng vinh danh hoặc album của hội nghị (WebP)',
      params: imageParams,
      response: { 200: fileResponse('Ảnh WebP', 'image/webp') },
    },
    async ({ req, reply, conf }) => {
      const asset = await conferencePhoto(db, conf.id, req.params.assetId);
      const size = asset?.variants.find((v) => v.width === req.params.width);
      if (!size) throw notFound('ảnh');
      return reply
        .header('content-type', 'image/webp')
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, max-age=86400, immutable')
        .send(await files.get(size.sha));
    },
  );
}
