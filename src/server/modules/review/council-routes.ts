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
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { route, routeGroup } from '../../http/route';
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
      return {
        items: (await listCouncilMembers(db, organizationId, req.query.term)).map(presentMember),
        permissions: { canManage: can(actor, 'review.manage', { organizationId }) },
      };
    },
  );
  const reviewManage = routeGroup(app, { tags, policy: 'review.manage', params: orgParams });

  reviewManage.get(
    '/api/organizations/:orgId/council-accounts',
    {
      summary: 'Tài khoản có thể gắn với thành viên Hội đồng (họ tên, tên đăng nhập)',
      response: { 200: councilAccountListView },
    },
    async ({ req }) => {
      // names only: the secretary links a seat to a login without seeing anyone's roles
      const users = await listOrganizationUsers(db, req.params.orgId);
      return {
        items: users
          .filter((u) => u.isActive)
          .map((u) => ({ id: u.id, username: u.username, fullName: u.fullName })),
      };
    },
  );

  reviewManage.created(
    '/api/organizations/:orgId/council-members',
    {
      summary: 'Thêm thành viên Hội đồng',
      body: councilMemberInputSchema,
      response: { 201: councilMemberView },
    },
    async ({ req, actor }) => {
      const row = await createCouncilMember(db, actor, req.params.orgId, req.body);
      return presentMember(row);
    },
  );

  reviewManage.put(
    '/api/organizations/:orgId/council-members/:memberId',
    {
      summary: 'Sửa thành viên Hội đồng',
      params: orgParams.extend({ memberId: uuidParam('Mã thành viên') }),
      body: councilMemberUpdateSchema,
      response: { 200: councilMemberView },
    },
    async ({ req, actor }) => {
      return presentMember(
        await updateCouncilMember(db, actor, req.params.orgId, req.params.memberId, req.body),
      );
    },
  );
}
