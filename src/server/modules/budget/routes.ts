import { budgetLineView, budgetView } from '../../../shared/schemas/budget';
import { budgetLineInputSchema, budgetLineUpdateSchema } from '../../../shared/schemas/preparation';
import { uuidParam } from '../../../shared/schemas/primitives';
import { conferenceHeader } from '../../documents/builder-common';
import { sendDownload } from '../../documents/download';
import { renderDocx } from '../../documents/render-docx';
import { orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { CONTENT_TYPES, fileResponse } from '../../http/responses';
import { routeGroup } from '../../http/route';
import { deleteRoute } from '../../http/writes';
import { getBudgetLine } from './data';
import { budgetDocument, exportBudgetXlsx } from './export';
import { createBudgetLine, deleteBudgetLine, updateBudgetLine } from './mutations';
import { presentBudget, presentBudgetLine } from './presenters';
import { loadBudgetSummary } from './summary';

const lineParams = confParams.extend({ lineId: uuidParam('Mã dòng dự trù') });
const tags = ['budget'];
const base = '/api/conferences/:conferenceId/budget';

export async function budgetRoutes(app: AppInstance) {
  const { db } = app.deps;
  const view = { policy: 'budget.view', tags, params: confParams } as const;
  const viewRoutes = routeGroup(app, view);
  const manage = { policy: 'budget.manage', tags } as const;
  const manageRoutes = routeGroup(app, manage);

  viewRoutes.get(
    base,
    { summary: 'Dự trù kinh phí', response: { 200: budgetView } },
    async ({ actor, conf }) =>
      presentBudget(await loadBudgetSummary(db, conf.organizationId, conf.id), actor, conf),
  );

  manageRoutes.created(
    `${base}/lines`,
    {
      summary: 'Thêm dòng dự trù',
      params: confParams,
      body: budgetLineInputSchema,
      response: { 201: budgetLineView },
    },
    async ({ req, actor, conf }) => {
      const row = await createBudgetLine(db, actor, conf, req.body);
      return presentBudgetLine(row);
    },
  );

  manageRoutes.put(
    `${base}/lines/:lineId`,
    {
      summary: 'Sửa dòng dự trù',
      params: lineParams,
      body: budgetLineUpdateSchema,
      response: { 200: budgetLineView },
    },
    async ({ req, actor, conf }) => {
      await updateBudgetLine(db, actor, conf, req.params.lineId, req.body);
      const row = orNotFound(await getBudgetLine(db, conf.id, req.params.lineId), 'dòng dự trù kinh phí');
      return presentBudgetLine(row);
    },
  );

  deleteRoute(
    app,
    `${base}/lines/:lineId`,
    {
      ...manage,
      summary: 'Xóa dòng dự trù',
      params: lineParams,
    },
    ({ req, actor, conf }) => deleteBudgetLine(db, actor, conf, req.params.lineId, req.query.version),
  );

  viewRoutes.get(
    `${base}/export.xlsx`,
    {
      summary: 'Xuất dự trù kinh phí (XLSX)',
      response: { 200: fileResponse('Dự trù kinh phí (XLSX)', CONTENT_TYPES.xlsx) },
    },
    async ({ reply, conf }) => {
      const summary = await loadBudgetSummary(db, conf.organizationId, conf.id);
      const bytes = await exportBudgetXlsx(summary, { title: `Dự trù kinh phí — ${conf.plan.name}` });
      return sendDownload(reply, { type: 'xlsx', name: 'Dự trù kinh phí.xlsx', bytes });
    },
  );

  viewRoutes.get(
    `${base}/estimate.docx`,
    {
      summary: 'Dự trù kinh phí (DOCX)',
      response: { 200: fileResponse('Dự trù kinh phí (DOCX)', CONTENT_TYPES.docx) },
    },
    async ({ reply, actor, conf }) => {
      const [summary, header] = await Promise.all([
        loadBudgetSummary(db, conf.organizationId, conf.id),
        conferenceHeader({ db, actor, conference: conf, number: null, date: null }),
      ]);
      const bytes = await renderDocx(budgetDocument(summary, header));
      return sendDownload(reply, { type: 'docx', name: 'Dự trù kinh phí.docx', bytes });
    },
  );
}
