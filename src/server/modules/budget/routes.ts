import { can } from '../../../shared/rules/permissions';
import { budgetLineInputSchema, budgetLineUpdateSchema } from '../../../shared/schemas/preparation';
import { uuidParam } from '../../../shared/schemas/primitives';
import { versionQuerySchema } from '../../../shared/schemas/selection';
import { requireActor } from '../../auth/policy';
import { attachment, DOCX_TYPE, XLSX_TYPE } from '../../content-disposition';
import { conferenceHeader } from '../../documents/builder-common';
import { renderDocx } from '../../documents/render-docx';
import { notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { loadConferenceFor } from '../conferences/access';
import { conferenceScope } from '../conferences/policy';
import { getBudgetLine } from './data';
import { budgetDocument, exportBudgetXlsx } from './export';
import { createBudgetLine, deleteBudgetLine, updateBudgetLine } from './mutations';
import { loadBudgetSummary, presentBudgetLine } from './summary';

const lineParams = confParams.extend({ lineId: uuidParam('Mã dòng dự trù') });

export async function budgetRoutes(app: AppInstance) {
  const { db } = app.deps;
  const tags = ['budget'];
  const base = '/api/conferences/:conferenceId/budget';

  const presentLine = async (conferenceId: string, id: string) => {
    const row = await getBudgetLine(db, conferenceId, id);
    if (!row) throw notFound('dòng dự trù kinh phí');
    return presentBudgetLine(row);
  };

  app.get(
    base,
    { config: { policy: 'budget.view' }, schema: { tags, summary: 'Dự trù kinh phí', params: confParams } },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'budget.view');
      const summary = await loadBudgetSummary(db, conf.organizationId, conf.id);
      return { ...summary, permissions: { canManage: can(actor, 'budget.manage', conferenceScope(conf)) } };
    },
  );

  app.post(
    `${base}/lines`,
    {
      config: { policy: 'budget.manage' },
      schema: { tags, summary: 'Thêm dòng dự trù', params: confParams, body: budgetLineInputSchema },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'budget.manage');
      const row = await createBudgetLine(db, actor, conf, req.body);
      return reply.code(201).send(presentBudgetLine(row));
    },
  );

  app.put(
    `${base}/lines/:lineId`,
    {
      config: { policy: 'budget.manage' },
      schema: { tags, summary: 'Sửa dòng dự trù', params: lineParams, body: budgetLineUpdateSchema },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'budget.manage');
      await updateBudgetLine(db, actor, conf, req.params.lineId, req.body);
      return presentLine(conf.id, req.params.lineId);
    },
  );

  app.delete(
    `${base}/lines/:lineId`,
    {
      config: { policy: 'budget.manage' },
      schema: { tags, summary: 'Xóa dòng dự trù', params: lineParams, querystring: versionQuerySchema },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'budget.manage');
      await deleteBudgetLine(db, actor, conf, req.params.lineId, req.query.version);
      return reply.code(204).send();
    },
  );

  app.get(
    `${base}/export.xlsx`,
    {
      config: { policy: 'budget.view' },
      schema: { tags, summary: 'Xuất dự trù kinh phí (XLSX)', params: confParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'budget.view');
      const summary = await loadBudgetSummary(db, conf.organizationId, conf.id);
      const bytes = await exportBudgetXlsx(summary, { title: `Dự trù kinh phí — ${conf.plan.name}` });
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment('Dự trù kinh phí.xlsx'))
        .send(bytes);
    },
  );

  app.get(
    `${base}/estimate.docx`,
    {
      config: { policy: 'budget.view' },
      schema: { tags, summary: 'Dự trù kinh phí (DOCX)', params: confParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId, 'budget.view');
      const [summary, header] = await Promise.all([
        loadBudgetSummary(db, conf.organizationId, conf.id),
        conferenceHeader({ db, actor, conference: conf, number: null, date: null }),
      ]);
      return reply
        .header('content-type', DOCX_TYPE)
        .header('content-disposition', attachment('Dự trù kinh phí.docx'))
        .send(await renderDocx(budgetDocument(summary, header)));
    },
  );
}
