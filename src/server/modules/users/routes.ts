import { can } from '../../../shared/rules/permissions';
import { uuidParam } from '../../../shared/schemas/primitives';
import { userCreateSchema, userUpdateSchema } from '../../../shared/schemas/users';
import { authorize, requireActor } from '../../auth/policy';
import { notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { listOrganizationUsers } from './data';
import { createOrganizationUser, updateOrganizationUser } from './mutations';

export async function userRoutes(app: AppInstance) {
  const { db } = app.deps;

  const present = async (orgId: string, userId: string) => {
    const user = (await listOrganizationUsers(db, orgId)).find((u) => u.id === userId);
    if (!user) throw notFound('người dùng');
    return user;
  };

  app.get(
    '/api/organizations/:orgId/users',
    {
      config: { policy: 'user.manage' },
      schema: { tags: ['users'], summary: 'Người dùng và vai trò', params: orgParams },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'user.manage', { organizationId: req.params.orgId });
      return {
        items: await listOrganizationUsers(db, req.params.orgId),
        permissions: { canManage: can(actor, 'user.manage', { organizationId: req.params.orgId }) },
      };
    },
  );

  app.post(
    '/api/organizations/:orgId/users',
    {
      config: { policy: 'user.manage' },
      schema: { tags: ['users'], summary: 'Tạo người dùng', params: orgParams, body: userCreateSchema },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, 'user.manage', { organizationId: req.params.orgId });
      const user = await createOrganizationUser(db, actor, req.params.orgId, req.body);
      return reply.code(201).send(await present(req.params.orgId, user.id));
    },
  );

  app.put(
    '/api/organizations/:orgId/users/:userId',
    {
      config: { policy: 'user.manage' },
      schema: {
        tags: ['users'],
        summary: 'Sửa người dùng và vai trò',
        params: orgParams.extend({ userId: uuidParam('Mã người dùng') }),
        body: userUpdateSchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'user.manage', { organizationId: req.params.orgId });
      await updateOrganizationUser(db, actor, req.params.orgId, req.params.userId, req.body);
      return present(req.params.orgId, req.params.userId);
    },
  );
}
