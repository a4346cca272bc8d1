import { type Actor, can } from '../../../shared/rules/permissions';
import { quotaTotals } from '../../../shared/rules/quota-grid';
import { deadlineState } from '../../../shared/rules/submission';
import { todayInVietnam } from '../../../shared/rules/timeline';
import { uuidParam } from '../../../shared/schemas/primitives';
import {
  quotaGridBodySchema,
  quotaTransferBodySchema,
  reopenBodySchema,
} from '../../../shared/schemas/quotas';
import { authorize, requireActor } from '../../auth/policy';
import type { Db } from '../../db/client';
import { notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { listAwardForms } from '../award-forms/data';
import { loadVisibleConference } from '../conferences/access';
import { type ConferenceRow, getConference } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import { listUnits } from '../units/data';
import { countUsedQuotas, listExtensions, listQuotas, submissionCounts, submissionDeadline } from './data';
import { reopenForUnit, saveQuotaGrid, transferQuota } from './mutations';

/** Units the actor may see in this conference: all for staff, their own for a unit head. */
async function visibleUnits(db: Db, actor: Actor, conf: ConferenceRow) {
  const all = await listUnits(db, conf.organizationId);
  const scope = conferenceScope(conf);
  if (can(actor, 'nomination.read', scope) || can(actor, 'nomination.settings', scope)) return all;
  return all.filter((u) => can(actor, 'nomination.write', { ...scope, unitId: u.id }));
}

/** The quota grid (chỉ tiêu) with use, totals and permissions. */
export async function quotaGrid(db: Db, actor: Actor, conf: ConferenceRow) {
  const units = await visibleUnits(db, actor, conf);
  const forms = await listAwardForms(db, conf.id);
  const used = new Map(
    (await countUsedQuotas(db, conf.id)).map((u) => [`${u.unitId}|${u.awardFormId}`, u.used]),
  );
  const unitIds = new Set(units.map((u) => u.id));
  const cells = (await listQuotas(db, conf.id))
    .filter((q) => unitIds.has(q.unitId))
    .map((q) => ({
      unitId: q.unitId,
      awardFormId: q.awardFormId,
      count: q.count,
      used: used.get(`${q.unitId}|${q.awardFormId}`) ?? 0,
      version: q.version,
    }));
  const fresh = await getConference(db, conf.id);
  return {
    quotaTotal: fresh?.quotaTotal ?? null,
    units: units.map((u) => ({ id: u.id, name: u.name, type: u.type })),
    forms: forms.map((f) => ({ id: f.id, code: f.code, name: f.name, appliesTo: f.appliesTo })),
    cells,
    totals: quotaTotals(cells),
    usedTotals: quotaTotals(cells.map((c) => ({ ...c, count: c.used }))),
    permissions: { canManage: can(actor, 'nomination.settings', conferenceScope(conf)) },
  };
}

export async function quotaRoutes(app: AppInstance) {
  const { db } = app.deps;

  app.get(
    '/api/conferences/:conferenceId/quotas',
    {
      config: { policy: 'conference.read' },
      schema: { tags: ['quotas'], summary: 'Chỉ tiêu theo đơn vị và hình thức', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
      return quotaGrid(db, actor, conf);
    },
  );

  app.put(
    '/api/conferences/:conferenceId/quotas',
    {
      config: { policy: 'nomination.settings' },
      schema: {
        tags: ['quotas'],
        summary: 'Lưu bảng chỉ tiêu',
        params: confParams,
        body: quotaGridBodySchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
      authorize(actor, 'nomination.settings', conferenceScope(conf));
      await saveQuotaGrid(db, actor, conf, req.body, (tx) => quotaGrid(tx, actor, conf));
      return quotaGrid(db, actor, conf);
    },
  );

  app.post(
    '/api/conferences/:conferenceId/quotas/transfer',
    {
      config: { policy: 'nomination.settings' },
      schema: {
        tags: ['quotas'],
        summary: 'Nhả chỉ tiêu chưa dùng và phân bổ cho đơn vị khác',
        params: confParams,
        body: quotaTransferBodySchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
      authorize(actor, 'nomination.settings', conferenceScope(conf));
      await transferQuota(db, actor, conf, req.body);
      return quotaGrid(db, actor, conf);
    },
  );

  app.get(
    '/api/conferences/:conferenceId/submissions',
    {
      config: { policy: 'conference.read' },
      schema: {
        tags: ['quotas'],
        summary: 'Tình hình nộp hồ sơ của các đơn vị, hạn nộp',
        params: confParams,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
      const today = todayInVietnam();
      const deadline = await submissionDeadline(db, conf.id);
      const extensions = new Map((await listExtensions(db, conf.id)).map((e) => [e.unitId, e.until]));
      const { byStatus, reports } = await submissionCounts(db, conf.id);
      const reportStatus = new Map(reports.map((r) => [r.unitId, r.status]));
      const units = await visibleUnits(db, actor, conf);
      const items = units.map((u) => {
        const counts: Record<string, number> = {};
        for (const r of byStatus) if (r.unitId === u.id) counts[r.status] = r.n;
        const state = deadlineState(deadline, extensions.get(u.id) ?? null, today);
        const report = reportStatus.get(u.id) ?? null;
        const sent = (counts.submitted ?? 0) + (counts.resubmitted ?? 0) + (counts.accepted ?? 0) > 0;
        const reportSent = report !== null && report !== 'draft';
        return {
          unitId: u.id,
          unitName: u.name,
          unitType: u.type,
          deadline: state,
          reportStatus: report,
          nominationCounts: counts,
          // Quá hạn: the deadline passed and the unit has sent neither its report nor a nominee.
          overdue: !state.open && !(sent && reportSent),
        };
      });
      return {
        today,
        deadline,
        items,
        permissions: { canReopen: can(actor, 'nomination.settings', conferenceScope(conf)) },
      };
    },
  );

  app.post(
    '/api/conferences/:conferenceId/units/:unitId/reopen',
    {
      config: { policy: 'nomination.settings' },
      schema: {
        tags: ['quotas'],
        summary: 'Gia hạn nộp hồ sơ cho một đơn vị',
        params: confParams.extend({ unitId: uuidParam('Mã đơn vị') }),
        body: reopenBodySchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
      authorize(actor, 'nomination.settings', conferenceScope(conf));
      const units = await listUnits(db, conf.organizationId);
      if (!units.some((u) => u.id === req.params.unitId)) throw notFound('đơn vị');
      const row = await reopenForUnit(db, actor, conf, req.params.unitId, req.body);
      return reply.code(201).send({ unitId: row?.unitId, until: row?.until, reason: row?.reason });
    },
  );
}
