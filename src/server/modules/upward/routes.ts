import { can } from '../../../shared/rules/permissions';
import type { OrgLevel } from '../../../shared/schemas/enums';
import {
  linkCandidatesView,
  nominationOriginView,
  unitLinkBodySchema,
  unitLinkView,
  upwardInboxQuerySchema,
  upwardInboxView,
  upwardSendBodySchema,
  upwardSendResultView,
  upwardStatusView,
  upwardTargetsView,
} from '../../../shared/schemas/upward';
import { authorize } from '../../auth/policy';
import { notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams, orgParams, unitParams } from '../../http/params';
import { route } from '../../http/route';
import { nominationParams } from '../nominations/access';
import { getOrganization, listOtherOrganizations } from '../organizations/data';
import { listDelegation } from '../selection/data';
import { getUnit } from '../units/data';
import { listInboxPage, listUpwardTargetRows } from './data';
import { linkUnit } from './mutations';
import { presentInbox, presentOrigin, presentSentStatus, presentTarget } from './presenters';
import { sendDelegationOf } from './send';

const tags = ['upward'];

export async function upwardRoutes(app: AppInstance) {
  const { db } = app.deps;

  route(
    app,
    'GET',
    '/api/conferences/:conferenceId/upward/targets',
    {
      policy: 'nomination.review',
      tags,
      summary: 'Hội nghị cấp trên có thể nhận đoàn (cơ quan có đơn vị gắn với cơ quan này)',
      params: confParams,
      response: { 200: upwardTargetsView },
    },
    async ({ conf }) => {
      const rows = await listUpwardTargetRows(db, conf.organizationId);
      return { targets: await Promise.all(rows.map((r) => presentTarget(db, r))) };
    },
  );

  route(
    app,
    'POST',
    '/api/conferences/:conferenceId/upward/sends',
    {
      // Thư ký (or admin) of the lower conference: the chair may export the ZIP but not send.
      policy: 'nomination.review',
      tags,
      summary: 'Gửi đoàn lên cấp trên (tất cả thành viên, hồ sơ, kết quả Hội đồng, số QĐ) trong một thao tác',
      params: confParams,
      body: upwardSendBodySchema,
      response: { 201: upwardSendResultView },
    },
    async ({ req, reply, actor, conf }) =>
      reply.code(201).send(await sendDelegationOf(db, actor, conf, req.body)),
  );

  route(
    app,
    'GET',
    '/api/conferences/:conferenceId/upward/status',
    {
      policy: 'review.read',
      tags,
      summary: 'Tình trạng các thành viên đoàn đã gửi lên cấp trên (đã nhận, trả lại, chấp nhận, vinh danh)',
      params: confParams,
      response: { 200: upwardStatusView },
    },
    async ({ conf }) => {
      const delegation = (await listDelegation(db, conf.id)).map((d) => ({
        nominationId: d.nominationId,
        name: d.name,
        kind: d.kind,
      }));
      return { members: await presentSentStatus(db, delegation) };
    },
  );

  route(
    app,
    'GET',
    '/api/conferences/:conferenceId/upward/inbox',
    {
      policy: 'nomination.read',
      tags,
      summary: 'Hộp nhận đoàn của cấp dưới (gửi trực tiếp hoặc nhập hồ sơ ZIP), mới nhất trước',
      params: confParams,
      querystring: upwardInboxQuerySchema,
      response: { 200: upwardInboxView },
    },
    async ({ req, conf }) => {
      const { limit, offset } = req.query;
      return presentInbox(await listInboxPage(db, conf.id, limit, offset), limit, offset);
    },
  );

  route(
    app,
    'GET',
    '/api/conferences/:conferenceId/nominations/:nominationId/origin',
    {
      policy: 'nomination.read',
      tags,
      summary: 'Nguồn gốc của một đề nghị nhận từ cấp dưới',
      params: nominationParams,
      response: { 200: nominationOriginView },
    },
    async ({ req, conf }) => {
      const origin = await presentOrigin(db, conf.id, req.params.nominationId);
      if (!origin) throw notFound('nguồn gốc đề nghị');
      return origin;
    },
  );

  route(
    app,
    'GET',
    '/api/organizations/:orgId/link-candidates',
    {
      policy: 'unit.manage',
      tags,
      summary: 'Các cơ quan mà một đơn vị của cơ quan này có thể đại diện (cấp dưới)',
      params: orgParams,
      response: { 200: linkCandidatesView },
    },
    async ({ req }) => ({
      items: (await listOtherOrganizations(db, req.params.orgId)).map((o) => ({
        ...o,
        level: o.level as OrgLevel,
      })),
    }),
  );

  route(
    app,
    'PUT',
    '/api/units/:unitId/link',
    {
      policy: 'unit.manage',
      tags,
      summary: 'Gắn đơn vị với cơ quan cấp dưới mà đơn vị đại diện (hoặc bỏ gắn)',
      params: unitParams,
      body: unitLinkBodySchema,
      response: { 200: unitLinkView },
    },
    async ({ req, actor }) => {
      const unit = await getUnit(db, req.params.unitId);
      if (!unit || !can(actor, 'org.read', { organizationId: unit.organizationId })) throw notFound('đơn vị');
      authorize(actor, 'unit.manage', { organizationId: unit.organizationId });
      if (req.body.linkedOrganizationId && !(await getOrganization(db, req.body.linkedOrganizationId))) {
        throw notFound('cơ quan cấp dưới');
      }
      const after = await linkUnit(db, actor, unit.id, req.body);
      return {
        id: after.id,
        name: after.name,
        linkedOrganizationId: after.linkedOrganizationId,
        version: after.version,
      };
    },
  );
}
