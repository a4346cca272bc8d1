// Chương trình hội nghị: the agenda with times, performances, MC script downloads and the run of
// show. Reads need program.view (chair, council, reception too); writes program.manage (the
// secretary and the culture officer). Another organizer's conference is not found.
import { z } from 'zod';
import { type Actor, can } from '../../../shared/rules/permissions';
import { uuidParam } from '../../../shared/schemas/primitives';
import {
  agendaItemInputSchema,
  agendaItemUpdateSchema,
  agendaReorderSchema,
  performanceInputSchema,
  performanceUpdateSchema,
  programSessionUpdateSchema,
  runActionSchema,
} from '../../../shared/schemas/program';
import { versionQuerySchema } from '../../../shared/schemas/selection';
import { requireActor } from '../../auth/policy';
import { attachment, DOCX_TYPE } from '../../content-disposition';
import type { Db } from '../../db/client';
import { buildMcScript } from '../../documents/mc-script';
import { documentFileName } from '../../documents/model';
import { renderDocx } from '../../documents/render-docx';
import { renderPdf } from '../../documents/render-pdf';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { loadConferenceFor } from '../conferences/access';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import { createFromPlan } from './from-plan';
import { addItem, removeItem, reorderItems, updateItem, updateSession } from './mutations';
import { addPerformance, removePerformance, updatePerformance } from './performance-mutations';
import { runAction } from './run-mutations';
import { loadProgram } from './view';

const itemParams = confParams.extend({ itemId: uuidParam('Mã mục chương trình') });
const perfParams = confParams.extend({ performanceId: uuidParam('Mã tiết mục') });
const fileParams = confParams.extend({
  ext: z.enum(['docx', 'pdf'], { error: 'Định dạng phải là docx hoặc pdf' }),
});

export async function presentProgram(db: Db, actor: Actor, conf: ConferenceRow) {
  const program = await loadProgram(db, conf);
  const manage = can(actor, 'program.manage', conferenceScope(conf));
  return { ...program, permissions: { canManage: manage, canRun: manage } };
}

export async function programRoutes(app: AppInstance) {
  const { db } = app.deps;
  const base = '/api/conferences/:conferenceId/program';
  const tags = ['program'];

  app.get(
    base,
    {
      config: { policy: 'program.view' },
      schema: {
        tags,
        summary: 'Chương trình hội nghị (giờ từng mục, văn nghệ, kịch bản)',
        params: confParams,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return presentProgram(
        db,
        actor,
        await loadConferenceFor(db, actor, req.params.conferenceId, 'program.view'),
      );
    },
  );

  app.post(
    `${base}/from-plan`,
    {
      config: { policy: 'program.manage', keepsActorCache: true },
      schema: { tags, summary: 'Tạo chương trình từ kế hoạch (không tạo lại nếu đã có)', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'program.manage');
      const { created } = await createFromPlan(db, actor, conf);
      return { created, ...(await presentProgram(db, actor, conf)) };
    },
  );

  app.put(
    `${base}/session`,
    {
      config: { policy: 'program.manage', keepsActorCache: true },
      schema: {
        tags,
        summary: 'Giờ bắt đầu và giờ kết thúc dự kiến',
        params: confParams,
        body: programSessionUpdateSchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'program.manage');
      await updateSession(db, actor, conf, req.body);
      return presentProgram(db, actor, conf);
    },
  );

  app.post(
    `${base}/items`,
    {
      config: { policy: 'program.manage', keepsActorCache: true },
      schema: { tags, summary: 'Thêm mục chương trình', params: confParams, body: agendaItemInputSchema },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'program.manage');
      const row = await addItem(db, actor, conf, req.body);
      return reply.code(201).send({ id: row.id, ...(await presentProgram(db, actor, conf)) });
    },
  );

  app.put(
    `${base}/items/:itemId`,
    {
      config: { policy: 'program.manage', keepsActorCache: true },
      schema: { tags, summary: 'Sửa mục chương trình', params: itemParams, body: agendaItemUpdateSchema },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'program.manage');
      await updateItem(db, actor, conf, req.params.itemId, req.body);
      return presentProgram(db, actor, conf);
    },
  );

  app.delete(
    `${base}/items/:itemId`,
    {
      config: { policy: 'program.manage', keepsActorCache: true },
      schema: { tags, summary: 'Bỏ mục chương trình', params: itemParams, querystring: versionQuerySchema },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'program.manage');
      await removeItem(db, actor, conf, req.params.itemId, req.query.version);
      return presentProgram(db, actor, conf);
    },
  );

  app.put(
    `${base}/order`,
    {
      config: { policy: 'program.manage', keepsActorCache: true },
      schema: {
        tags,
        summary: 'Sắp xếp lại toàn bộ chương trình',
        params: confParams,
        body: agendaReorderSchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'program.manage');
      await reorderItems(db, actor, conf, req.body);
      return presentProgram(db, actor, conf);
    },
  );

  app.post(
    `${base}/performances`,
    {
      config: { policy: 'program.manage', keepsActorCache: true },
      schema: { tags, summary: 'Thêm tiết mục văn nghệ', params: confParams, body: performanceInputSchema },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'program.manage');
      const row = await addPerformance(db, actor, conf, req.body);
      return reply.code(201).send({ id: row.id, ...(await presentProgram(db, actor, conf)) });
    },
  );

  app.put(
    `${base}/performances/:performanceId`,
    {
      config: { policy: 'program.manage', keepsActorCache: true },
      schema: { tags, summary: 'Sửa tiết mục văn nghệ', params: perfParams, body: performanceUpdateSchema },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'program.manage');
      await updatePerformance(db, actor, conf, req.params.performanceId, req.body);
      return presentProgram(db, actor, conf);
    },
  );

  app.delete(
    `${base}/performances/:performanceId`,
    {
      config: { policy: 'program.manage', keepsActorCache: true },
      schema: { tags, summary: 'Bỏ tiết mục văn nghệ', params: perfParams, querystring: versionQuerySchema },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'program.manage');
      await removePerformance(db, actor, conf, req.params.performanceId, req.query.version);
      return presentProgram(db, actor, conf);
    },
  );

  app.get(
    `${base}/mc-script.:ext`,
    {
      config: { policy: 'program.view' },
      schema: { tags, summary: 'Kịch bản dẫn chương trình (DOCX/PDF)', params: fileParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'program.view');
      const doc = await buildMcScript({ db, actor, conference: conf });
      const pdf = req.params.ext === 'pdf';
      return reply
        .header('content-type', pdf ? 'application/pdf' : DOCX_TYPE)
        .header('content-disposition', attachment(documentFileName(doc, req.params.ext)))
        .header('cache-control', 'no-store')
        .send(pdf ? await renderPdf(doc) : await renderDocx(doc));
    },
  );

  app.get(
    `${base}/run`,
    {
      config: { policy: 'program.view' },
      schema: {
        tags,
        summary: 'Điều hành chương trình: mục đang diễn ra, mục tiếp theo',
        params: confParams,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'program.view');
      const program = await loadProgram(db, conf);
      reply.header('cache-control', 'no-store');
      return {
        ...program.run,
        session: program.session,
        permissions: { canRun: can(actor, 'program.manage', conferenceScope(conf)) },
      };
    },
  );

  app.post(
    `${base}/run`,
    {
      config: { policy: 'program.manage', keepsActorCache: true },
      schema: {
        tags,
        summary: 'Bắt đầu / chuyển mục / quay lại / dừng',
        params: confParams,
        body: runActionSchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'program.manage');
      await runAction(db, actor, conf, req.body);
      const program = await loadProgram(db, conf);
      return { ...program.run, session: program.session, permissions: { canRun: true } };
    },
  );
}
