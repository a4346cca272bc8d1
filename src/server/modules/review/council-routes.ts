import { z } from 'zod';
import { can } from '../../../shared/rules/permissions';
import { uuidParam } from '../../../shared/schemas/primitives';
import {
  councilAccountListView,
  councilMemberInputSchema,
  councilMemberListView,
  councilMemberUpdateSchema,
  councilMemberView,
} from '../../../shared/schemas/review';
import { authorize } from '../../auth/policy';
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { route } from '../../http/route';
import { listOrganizationUsers } from '../users/data';
import { listCouncilMembers } from './data';
import { createCouncilMember, updateCouncilMember } from './mutations';
import { presentMember } from './presenters';

const tags = ['review'];

/** Thành viên Hội đồng TĐKT per organizer and term. */
export async function councilRoutes(app: AppInstance) {
  const { db } = app.deps;

  route(
    app,
    'GET',
    '/api/organizations/:orgId/council-members',
    {
      policy: 'review.read',
      tags,
      summary: 'Thành viên Hội đồng Thi đua – Khen thưởng',
      params: orgParams,
      querystring: z.object({ term: z.string().max(50).optional() }),
      response: { 200: councilMemberListView },
    },
    async ({ req, actor }) => {
      const organizationId = req.params.orgId;
      authorize(actor, 'review.read', { organizationId });
      return {
        items: (await listCouncilMembers(db, organizationId, req.query.term)).map(presentMember),
        permissions: { canManage: can(actor, 'review.manage', { organizationId }) },
      };
    },
  );

  route(
    app,
    'GET',
    '/api/organizations/:orgId/council-accounts',
    {
      policy: 'review.manage',
      tags,
      summary: 'Tài khoản có thể gắn với thành viên Hội đồng (họ tên, tên đăng nhập)',
      params: orgParams,
      response: { 200: councilAccountListView },
    },
    async ({ req, actor }) => {
      authorize(actor, 'review.manage', { organizationId: req.params.orgId });
      // names only: the secretary links a seat to a login without seeing anyone's roles
      const users = await listOrganizationUsers(db, req.params.orgId);
      return {
        items: users
          .filter((u) => u.isActive)
          .map((u) => ({ id: u.id, username: u.username, fullName: u.fullName })),
      };
    },
  );

  route(
    app,
    'POST',
    '/api/organizations/:orgId/council-members',
    {
      policy: 'review.manage',
      tags,
      summary: 'Thêm thành viên Hội đồng',
      params: orgParams,
      body: councilMemberInputSchema,
      response: { 201: councilMemberView },
    },
    async ({ req, reply, actor }) => {
      authorize(actor, 'review.manage', { organizationId: req.params.orgId });
      const row = await createCouncilMember(db, actor, req.params.orgId, req.body);
      return reply.code(201).send(presentMember(row));
    },
  );

  route(
    app,
    'PUT',
    '/api/organizations/:orgId/council-members/:memberId',
    {
      policy: 'review.manage',
      tags,
      summary: 'Sửa thành viên Hội đồng',
      params: orgParams.extend({ memberId: uuidParam('Mã thành viên') }),
      body: councilMemberUpdateSchema,
      response: { 200: councilMemberView },
    },
    async ({ req, actor }) => {
      authorize(actor, 'review.manage', { organizationId: req.params.orgId });
      return presentMember(
        await updateCouncilMember(db, actor, req.params.orgId, req.params.memberId, req.body),
      );
    },
  );
}
