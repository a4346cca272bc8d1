import { z } from 'zod';
import { type Actor, can } from '../../../shared/rules/permissions';
import { unitReportInputSchema } from '../../../shared/schemas/nominations';
import { versionField } from '../../../shared/schemas/primitives';
import { authorize, requireActor } from '../../auth/policy';
import type { Db } from '../../db/client';
import { forbidden, notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams, confUnitParams } from '../../http/params';
import { loadVisibleConference } from '../conferences/access';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import { listUnits } from '../units/data';
import { getUnitReport, listUnitReports, type UnitReportRow } from './data';
import { saveUnitReport, transitionUnitReport } from './mutations';

const EMPTY_SECTIONS = {
  movements: '',
  commendations: '',
  leadership: '',
  shortcomings: '',
  lessons: '',
  directions: '',
};

/** The unit's report as the actor may see it; units see their own, the office and council all sent ones. */
async function loadReport(db: Db, actor: Actor, conferenceId: string, unitId: string) {
  const conf = await loadVisibleConference(db, actor, conferenceId);
  const unit = (await listUnits(db, conf.organizationId)).find((u) => u.id === unitId);
  if (!unit) throw notFound('đơn vị');
  const scope = { ...conferenceScope(conf), unitId };
  const own = can(actor, 'nomination.write', scope);
  const report = await getUnitReport(db, conf.id, unitId);
  const sent = report && report.status !== 'draft';
  if (!own && !(can(actor, 'nomination.read', scope) && (sent || !report))) {
    throw forbidden('Bạn không có quyền xem báo cáo của đơn vị này');
  }
  return { conf, unit, report, own };
}

function present(
  conf: ConferenceRow,
  actor: Actor,
  unit: { id: string; name: string },
  r: UnitReportRow | null,
) {
  const scope = { ...conferenceScope(conf), unitId: unit.id };
  const write = can(actor, 'nomination.write', scope);
  const review = can(actor, 'nomination.review', scope);
  const status = r?.status ?? null;
  const editable = status === null || status === 'draft' || status === 'returned';
  const underReview = status === 'submitted' || status === 'resubmitted';
  return {
    unitId: unit.id,
    unitName: unit.name,
    status,
    sections: r?.sections ?? EMPTY_SECTIONS,
    numbers: r?.numbers ?? { commendations: [], directWorkerSharePercent: null },
    returnReason: r?.returnReason ?? null,
    submittedAt: r?.submittedAt?.toISOString() ?? null,
    version: r?.version ?? 0,
    permissions: {
      canEdit: write && editable,
      canSubmit: write && r !== null && editable,
      canReturn: review && underReview,
      canAccept: review && underReview,
    },
  };
}

export async function unitReportRoutes(app: AppInstance) {
  const { db } = app.deps;

  app.get(
    '/api/conferences/:conferenceId/reports',
    {
      config: { policy: 'nomination.read' },
      schema: { tags: ['unit-reports'], summary: 'Báo cáo đánh giá của các đơn vị', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
      authorize(actor, 'nomination.read', conferenceScope(conf));
      const names = new Map((await listUnits(db, conf.organizationId)).map((u) => [u.id, u.name]));
      const rows = (await listUnitReports(db, conf.id)).filter((r) => r.status !== 'draft');
      return {
        items: rows.map((r) => ({
          unitId: r.unitId,
          unitName: names.get(r.unitId) ?? '',
          status: r.status,
          submittedAt: r.submittedAt?.toISOString() ?? null,
          version: r.version,
        })),
      };
    },
  );

  app.get(
    '/api/conferences/:conferenceId/units/:unitId/report',
    {
      config: { policy: 'authenticated' },
      schema: { tags: ['unit-reports'], summary: 'Báo cáo đánh giá của đơn vị', params: confUnitParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const { conf, unit, report } = await loadReport(db, actor, req.params.conferenceId, req.params.unitId);
      return present(conf, actor, unit, report);
    },
  );

  app.put(
    '/api/conferences/:conferenceId/units/:unitId/report',
    {
      config: { policy: 'nomination.write' },
      schema: {
        tags: ['unit-reports'],
        summary: 'Soạn/sửa báo cáo đánh giá',
        params: confUnitParams,
        body: unitReportInputSchema.extend({ version: z.number().int().min(0) }),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { conf, unit } = await loadReport(db, actor, req.params.conferenceId, req.params.unitId);
      authorize(actor, 'nomination.write', { ...conferenceScope(conf), unitId: unit.id });
      return present(conf, actor, unit, await saveUnitReport(db, actor, conf, unit.id, req.body));
    },
  );

  app.post(
    '/api/conferences/:conferenceId/units/:unitId/report/:action',
    {
      config: { policy: 'authenticated' },
      schema: {
        tags: ['unit-reports'],
        summary: 'Gửi / trả lại / tiếp nhận báo cáo',
        params: confUnitParams.extend({
          action: z.enum(['submit', 'return', 'accept'], { error: 'Thao tác không hợp lệ' }),
        }),
        body: z.object({ version: versionField, reason: z.string().trim().max(2000).optional() }),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { conf, unit } = await loadReport(db, actor, req.params.conferenceId, req.params.unitId);
      const scope = { ...conferenceScope(conf), unitId: unit.id };
      authorize(actor, req.params.action === 'submit' ? 'nomination.write' : 'nomination.review', scope);
      const after = await transitionUnitReport(db, actor, conf, unit.id, req.params.action, req.body);
      return present(conf, actor, unit, after);
    },
  );
}
