import { can } from '../../../shared/rules/permissions';
import { uuidParam } from '../../../shared/schemas/primitives';
import {
  orgUserListView,
  orgUserView,
  userCreateSchema,
  userUpdateSchema,
} from '../../../shared/schemas/users';
import { authorize } from '../../auth/policy';
import { notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { route } from '../../http/route';
import { findOrganizationUser, listOrganizationUsers } from './data';
import { createOrganizationUser, updateOrganizationUser } from './mutations';
import { presentOrgUser } from './presenters';

const tags = ['users'];
const userParams = orgParams.extend({ userId: uuidParam('Mã người dùng') });

export async function userRoutes(app: AppInstance) {
  const { db } = app.deps;

  const present = async (orgId: string, userId: string) => {
    const user = await findOrganizationUser(db, orgId, userId);
    if (!user) throw notFound('người dùng');
    return presentOrgUser(user);
  };

  route(
    app,
    'GET',
    '/api/organizations/:orgId/users',
    {
      policy: 'user.manage',
      tags,
      summary: 'Người dùng và vai trò',
      params: orgParams,
      response: { 200: orgUserListView },
    },
    async ({ req, actor }) => {
      const organizationId = req.params.orgId;
      authorize(actor, 'user.manage', { organizationId });
      return {
        items: (await listOrganizationUsers(db, organizationId)).map(presentOrgUser),
        permissions: { canManage: can(actor, 'user.manage', { organizationId }) },
      };
    },
  );

  route(
    app,
    'POST',
    '/api/organizations/:orgId/users',
    {
      policy: 'user.manage',
      tags,
      summary: 'Tạo người dùng',
      params: orgParams,
      body: userCreateSchema,
      response: { 201: orgUserView },
    },
    async ({ req, reply, actor }) => {
      authorize(actor, 'user.manage', { organizationId: req.params.orgId });
      const user = await createOrganizationUser(db, actor, req.params.orgId, req.body);
      return reply.code(201).send(await present(req.params.orgId, user.id));
    },
  );

  route(
    app,
    'PUT',
    '/api/organizations/:orgId/users/:userId',
    {
      policy: 'user.manage',
      tags,
      summary: 'Sửa người dùng và vai trò',
      params: userParams,
      body: userUpdateSchema,
      response: { 200: orgUserView },
    },
    async ({ req, actor }) => {
      const { orgId: organizationId, userId } = req.params;
      authorize(actor, 'user.manage', { organizationId });
      await updateOrganizationUser({ db, actor, organizationId, userId, input: req.body });
      return present(organizationId, userId);
    },
  );
}
