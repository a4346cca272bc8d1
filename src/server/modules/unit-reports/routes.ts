import { z } from 'zod';
import { unitReportListView, unitReportView } from '../../../shared/schemas/nomination-views';
import { unitReportInputSchema } from '../../../shared/schemas/nominations';
import { versionField } from '../../../shared/schemas/primitives';
import { authorize } from '../../auth/policy';
import type { AppInstance } from '../../http/app-types';
import { confParams, confUnitParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import { listUnits } from '../units/data';
import { loadReport } from './access';
import { listUnitReports } from './data';
import { saveUnitReport, transitionUnitReport } from './mutations';
import { presentUnitReport, presentUnitReportSummary } from './presenters';

const tags = ['unit-reports'];

export async function unitReportRoutes(app: AppInstance) {
  const { db } = app.deps;
  const api = routeGroup(app, { tags });

  api.get(
    '/api/conferences/:conferenceId/reports',
    {
      policy: 'nomination.read',
      summary: 'Báo cáo đánh giá của các đơn vị',
      params: confParams,
      response: { 200: unitReportListView },
    },
    async ({ conf }) => {
      const names = new Map((await listUnits(db, conf.organizationId)).map((u) => [u.id, u.name]));
      const rows = (await listUnitReports(db, conf.id)).filter((r) => r.status !== 'draft');
      return { items: rows.map((r) => presentUnitReportSummary(r, names.get(r.unitId) ?? '')) };
    },
  );
  const authenticated = routeGroup(app, { tags, policy: 'authenticated' });

  authenticated.get(
    '/api/conferences/:conferenceId/units/:unitId/report',
    {
      summary: 'Báo cáo đánh giá của đơn vị',
      params: confUnitParams,
      response: { 200: unitReportView },
    },
    async ({ req, actor }) => {
      const { conf, unit, report } = await loadReport(db, actor, req.params);
      return presentUnitReport(conf, actor, unit, report);
    },
  );

  api.put(
    '/api/conferences/:conferenceId/units/:unitId/report',
    {
      policy: 'nomination.write',
      loadConference: false,
      summary: 'Soạn/sửa báo cáo đánh giá',
      params: confUnitParams,
      body: unitReportInputSchema.extend({ version: z.number().int().min(0) }),
      response: { 200: unitReportView },
    },
    async ({ req, actor }) => {
      const { conf, unit, scope } = await loadReport(db, actor, req.params);
      authorize(actor, 'nomination.write', scope);
      return presentUnitReport(conf, actor, unit, await saveUnitReport(db, actor, conf, unit.id, req.body));
    },
  );

  authenticated.post(
    '/api/conferences/:conferenceId/units/:unitId/report/:action',
    {
      summary: 'Gửi / trả lại / tiếp nhận báo cáo',
      params: confUnitParams.extend({
        action: z.enum(['submit', 'return', 'accept'], { error: 'Thao tác không hợp lệ' }),
      }),
      body: z.object({ version: versionField, reason: z.string().trim().max(2000).optional() }),
      response: { 200: unitReportView },
    },
    async ({ req, actor }) => {
      const { conf, unit, scope } = await loadReport(db, actor, req.params);
      const { action } = req.params;
      authorize(actor, action === 'submit' ? 'nomination.write' : 'nomination.review', scope);
      const after = await transitionUnitReport(db, actor, conf, unit.id, action, req.body);
      return presentUnitReport(conf, actor, unit, after);
    },
  );
}
