// Chương trình hội nghị: the agenda with times, performances, MC script downloads and the run of
// show. Reads need program.view (chair, council, reception too); writes program.manage (the
// secretary and the culture officer). Another organizer's conference is not found.
import { z } from 'zod';
import type { Actor } from '../../../shared/rules/permissions';
import { uuidParam } from '../../../shared/schemas/primitives';
import {
  agendaItemInputSchema,
  agendaItemUpdateSchema,
  agendaReorderSchema,
  performanceInputSchema,
  performanceUpdateSchema,
  programFromPlanView,
  programSessionUpdateSchema,
  programView,
  programWithIdView,
  RUN_OF_SHOW_TOPIC,
  runActionSchema,
  runView,
} from '../../../shared/schemas/program';
import { versionQuerySchema } from '../../../shared/schemas/selection';
import { NO_STORE, sendDownload } from '../../documents/download';
import { buildMcScript } from '../../documents/mc-script';
import { documentFileName } from '../../documents/model';
import { renderDocx } from '../../documents/render-docx';
import { renderPdf } from '../../documents/render-pdf';
import type { AppInstance } from '../../http/app-types';
import { streamLive } from '../../http/event-stream';
import { confParams } from '../../http/params';
import { CONTENT_TYPES, eventStream, fileResponse } from '../../http/responses';
import { routeGroup } from '../../http/route';
import { answeredWrites } from '../../http/writes';
import type { ConferenceRow } from '../conferences/data';
import { loadProgram } from './data';
import { addItem, createFromPlan, removeItem, reorderItems, updateItem, updateSession } from './mutations';
import { addPerformance, removePerformance, updatePerformance } from './performance-mutations';
import { presentProgram, presentRun } from './presenters';
import { runAction } from './run-mutations';

const itemParams = confParams.extend({ itemId: uuidParam('Mã mục chương trình') });
const perfParams = confParams.extend({ performanceId: uuidParam('Mã tiết mục') });
const fileParams = confParams.extend({
  ext: z.enum(['docx', 'pdf'], { error: 'Định dạng phải là docx hoặc pdf' }),
});

export async function programRoutes(app: AppInstance) {
  const { db } = app.deps;
  const base = '/api/conferences/:conferenceId/program';
  const tags = ['program'];
  const view = { policy: 'program.view' as const, tags };
  const viewRoutes = routeGroup(app, view);
  // every write answers the whole program (times and numbers move with any change)
  const write = {
    policy: 'program.manage' as const,
    tags,
    config: { keepsActorCache: true },
  };
  const writes = routeGroup(app, write);
  const program = async (actor: Actor, conf: ConferenceRow) =>
    presentProgram(await loadProgram(db, conf), actor, conf);

  viewRoutes.get(
    base,
    {
      summary: 'Chương trình hội nghị (giờ từng mục, văn nghệ, kịch bản)',
      params: confParams,
      response: { 200: programView },
    },
    async ({ actor, conf }) => program(actor, conf),
  );

  writes.post(
    `${base}/from-plan`,
    {
      summary: 'Tạo chương trình từ kế hoạch (không tạo lại nếu đã có)',
      params: confParams,
      response: { 200: programFromPlanView },
    },
    async ({ actor, conf }) => {
      const { created } = await createFromPlan(db, actor, conf);
      return { created, ...(await program(actor, conf)) };
    },
  );

  /** A write answered with the whole program (times and numbers move with any change). */
  const programWrite = answeredWrites(app, { ...write, response: { 200: programView } }, ({ actor, conf }) =>
    program(actor, conf),
  );

  programWrite(
    'PUT',
    `${base}/session`,
    'Giờ bắt đầu và giờ kết thúc dự kiến',
    { params: confParams, body: programSessionUpdateSchema },
    ({ req, actor, conf }) => updateSession(db, actor, conf, req.body),
  );
  programWrite(
    'PUT',
    `${base}/items/:itemId`,
    'Sửa mục chương trình',
    { params: itemParams, body: agendaItemUpdateSchema },
    ({ req, actor, conf }) => updateItem({ db, actor, conf, id: req.params.itemId, input: req.body }),
  );
  programWrite(
    'DELETE',
    `${base}/items/:itemId`,
    'Bỏ mục chương trình',
    { params: itemParams, querystring: versionQuerySchema },
    ({ req, actor, conf }) => removeItem(db, actor, conf, req.params.itemId, req.query.version),
  );
  programWrite(
    'PUT',
    `${base}/order`,
    'Sắp xếp lại toàn bộ chương trình',
    { params: confParams, body: agendaReorderSchema },
    ({ req, actor, conf }) => reorderItems(db, actor, conf, req.body),
  );
  programWrite(
    'PUT',
    `${base}/performances/:performanceId`,
    'Sửa tiết mục văn nghệ',
    { params: perfParams, body: performanceUpdateSchema },
    ({ req, actor, conf }) => updatePerformance(db, actor, conf, req.params.performanceId, req.body),
  );
  programWrite(
    'DELETE',
    `${base}/performances/:performanceId`,
    'Bỏ tiết mục văn nghệ',
    { params: perfParams, querystring: versionQuerySchema },
    ({ req, actor, conf }) => removePerformance(db, actor, conf, req.params.performanceId, req.query.version),
  );

  writes.created(
    `${base}/items`,
    {
      summary: 'Thêm mục chương trình',
      params: confParams,
      body: agendaItemInputSchema,
      response: { 201: programWithIdView },
    },
    async ({ req, actor, conf }) => {
      const row = await addItem(db, actor, conf, req.body);
      return { id: row.id, ...(await program(actor, conf)) };
    },
  );

  writes.created(
    `${base}/performances`,
    {
      summary: 'Thêm tiết mục văn nghệ',
      params: confParams,
      body: performanceInputSchema,
      response: { 201: programWithIdView },
    },
    async ({ req, actor, conf }) => {
      const row = await addPerformance(db, actor, conf, req.body);
      return { id: row.id, ...(await program(actor, conf)) };
    },
  );

  viewRoutes.get(
    `${base}/mc-script.:ext`,
    {
      summary: 'Kịch bản dẫn chương trình (DOCX/PDF)',
      params: fileParams,
      response: { 200: fileResponse('Kịch bản dẫn chương trình', CONTENT_TYPES.docx, CONTENT_TYPES.pdf) },
    },
    async ({ req, reply, actor, conf }) => {
      const doc = await buildMcScript({ db, actor, conference: conf });
      const pdf = req.params.ext === 'pdf';
      return sendDownload(reply, {
        type: pdf ? 'pdf' : 'docx',
        name: documentFileName(doc, req.params.ext),
        bytes: pdf ? await renderPdf(doc) : await renderDocx(doc),
        headers: NO_STORE,
      });
    },
  );

  viewRoutes.get(
    `${base}/run`,
    {
      summary: 'Điều hành chương trình: mục đang diễn ra, mục tiếp theo',
      params: confParams,
      response: { 200: runView },
    },
    async ({ reply, actor, conf }) => {
      reply.header('cache-control', 'no-store');
      return presentRun(await loadProgram(db, conf), actor, conf);
    },
  );

  viewRoutes.get(
    `${base}/run/events`,
    {
      summary:
        'Điều hành chương trình trực tiếp (server-sent events): mỗi lần chuyển mục hay đổi chương trình',
      params: confParams,
      response: {
        200: eventStream(
          '`event: run_of_show` với RunOfShowEvent mỗi lần chương trình đang diễn ra thay đổi (đọc lại …/program/run); `id:` để nối lại (Last-Event-ID hoặc ?lastEventId=)',
        ),
      },
    },
    async ({ req, reply, conf }) =>
      streamLive(req, reply, app.live, conf.id, [RUN_OF_SHOW_TOPIC], { ready: 'ready' }),
  );

  writes.post(
    `${base}/run`,
    {
      summary: 'Bắt đầu / chuyển mục / quay lại / dừng',
      params: confParams,
      body: runActionSchema,
      response: { 200: runView },
    },
    async ({ req, actor, conf }) => {
      await runAction(db, actor, conf, req.body);
      return presentRun(await loadProgram(db, conf), actor, conf);
    },
  );
}
