import { z } from 'zod';
import { can } from '../../../shared/rules/permissions';
import { uuidParam } from '../../../shared/schemas/primitives';
import { councilMemberInputSchema, councilMemberUpdateSchema } from '../../../shared/schemas/review';
import { authorize, requireActor } from '../../auth/policy';
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { listOrganizationUsers } from '../users/data';
import { type CouncilMemberRow, listCouncilMembers } from './data';
import { createCouncilMember, updateCouncilMember } from './mutations';

export const presentMember = (m: CouncilMemberRow) => ({
  id: m.id,
  term: m.term,
  fullName: m.fullName,
  position: m.position,
  userId: m.userId,
  unitId: m.unitId,
  active: m.active,
  version: m.version,
});

/** Thành viên Hội đồng TĐKT per organizer and term. */
export async function councilRoutes(app: AppInstance) {
  const { db } = app.deps;

  app.get(
    '/api/organizations/:orgId/council-members',
    {
      config: { policy: 'review.read' },
      schema: {
        tags: ['review'],
        summary: 'Thành viên Hội đồng Thi đua – Khen thưởng',
        params: orgParams,
        querystring: z.object({ term: z.string().max(50).optional() }),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'review.read', { organizationId: req.params.orgId });
      return {
        items: (await listCouncilMembers(db, req.params.orgId, req.query.term)).map(presentMember),
        permissions: { canManage: can(actor, 'review.manage', { organizationId: req.params.orgId }) },
      };
    },
  );

  app.get(
    '/api/organizations/:orgId/council-accounts',
    {
      config: { policy: 'review.manage' },
      schema: {
        tags: ['review'],
        summary: 'Tài khoản có thể gắn với thành viên Hội đồng (họ tên, tên đăng nhập)',
        params: orgParams,
      },
    },
    async (req) => {
      const actor = requireActor(req);
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

  app.post(
    '/api/organizations/:orgId/council-members',
    {
      config: { policy: 'review.manage' },
      schema: {
        tags: ['review'],
        summary: 'Thêm thành viên Hội đồng',
        params: orgParams,
        body: councilMemberInputSchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, 'review.manage', { organizationId: req.params.orgId });
      return reply
        .code(201)
        .send(presentMember(await createCouncilMember(db, actor, req.params.orgId, req.body)));
    },
  );

  app.put(
    '/api/organizations/:orgId/council-members/:memberId',
    {
      config: { policy: 'review.manage' },
      schema: {
        tags: ['review'],
        summary: 'Sửa thành viên Hội đồng',
        params: orgParams.extend({ memberId: uuidParam('Mã thành viên') }),
        body: councilMemberUpdateSchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'review.manage', { organizationId: req.params.orgId });
      return presentMember(
        await updateCouncilMember(db, actor, req.params.orgId, req.params.memberId, req.body),
      );
    },
  );
}
