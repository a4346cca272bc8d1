import type { Actor } from '../../../shared/rules/permissions';
import { todayInVietnam } from '../../../shared/rules/timeline';
import {
  quotaGridBodySchema,
  quotaGridView,
  quotaTransferBodySchema,
  reopenBodySchema,
  reopenView,
  submissionsView,
} from '../../../shared/schemas/quotas';
import type { Db } from '../../db/client';
import { notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams, confUnitParams } from '../../http/params';
import { route, routeGroup } from '../../http/route';
import { answeredWrites } from '../../http/writes';
import { listAwardForms } from '../award-forms/data';
import { type ConferenceRow, getConference } from '../conferences/data';
import { listUnits } from '../units/data';
import { visibleUnits } from './access';
import { countUsedQuotas, listExtensions, listQuotas, submissionCounts, submissionDeadline } from './data';
import { reopenForUnit, saveQuotaGrid, transferQuota } from './mutations';
import { presentQuotaGrid, presentSubmissions } from './presenters';

const tags = ['quotas'];

async function loadQuotaGrid(db: Db, actor: Actor, conf: ConferenceRow) {
  return presentQuotaGrid({
    actor,
    conf,
    quotaTotal: (await getConference(db, conf.id))?.quotaTotal ?? null,
    units: await visibleUnits(db, actor, conf),
    forms: await listAwardForms(db, conf.id),
    quotas: await listQuotas(db, conf.id),
    used: await countUsedQuotas(db, conf.id),
  });
}

export async function quotaRoutes(app: AppInstance) {
  const { db } = app.deps;
  const conferenceRead = routeGroup(app, { tags, policy: 'conference.read', params: confParams });

  conferenceRead.get(
    '/api/conferences/:conferenceId/quotas',
    {
      summary: 'Chỉ tiêu theo đơn vị và hình thức',
      response: { 200: quotaGridView },
    },
    async ({ actor, conf }) => loadQuotaGrid(db, actor, conf),
  );

  const gridWrite = answeredWrites(
    app,
    { policy: 'nomination.settings', tags, response: { 200: quotaGridView } },
    ({ actor, conf }) => loadQuotaGrid(db, actor, conf),
  );
  gridWrite(
    'PUT',
    '/api/conferences/:conferenceId/quotas',
    'Lưu bảng chỉ tiêu',
    { params: confParams, body: quotaGridBodySchema },
    ({ req, actor, conf }) => {
      const currentGrid = (tx: Db) => loadQuotaGrid(tx, actor, conf);
      return saveQuotaGrid({ db, actor, conference: conf, input: req.body, currentGrid });
    },
  );
  gridWrite(
    'POST',
    '/api/conferences/:conferenceId/quotas/transfer',
    'Nhả chỉ tiêu chưa dùng và phân bổ cho đơn vị khác',
    { params: confParams, body: quotaTransferBodySchema },
    ({ req, actor, conf }) => transferQuota(db, actor, conf, req.body),
  );

  conferenceRead.get(
    '/api/conferences/:conferenceId/submissions',
    {
      summary: 'Tình hình nộp hồ sơ của các đơn vị, hạn nộp',
      response: { 200: submissionsView },
    },
    async ({ actor, conf }) =>
      presentSubmissions({
        actor,
        conf,
        today: todayInVietnam(),
        deadline: await submissionDeadline(db, conf.id),
        units: await visibleUnits(db, actor, conf),
        extensions: await listExtensions(db, conf.id),
        counts: await submissionCounts(db, conf.id),
      }),
  );

  route(
    app,
    'POST',
    '/api/conferences/:conferenceId/units/:unitId/reopen',
    {
      policy: 'nomination.settings',
      tags,
      summary: 'Gia hạn nộp hồ sơ cho một đơn vị',
      params: confUnitParams,
      body: reopenBodySchema,
      response: { 201: reopenView },
    },
    async ({ req, reply, actor, conf }) => {
      const units = await listUnits(db, conf.organizationId);
      if (!units.some((u) => u.id === req.params.unitId)) throw notFound('đơn vị');
      const row = await reopenForUnit(db, actor, conf, req.params.unitId, req.body);
      return reply.code(201).send({ unitId: row.unitId, until: row.until, reason: row.reason });
    },
  );
}
