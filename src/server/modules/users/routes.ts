import { can } from '../../../shared/rules/permissions';
import { uuidParam } from '../../../shared/schemas/primitives';
import {
  orgUserListView,
  orgUserView,
  userCreateSchema,
  userUpdateSchema,
} from '../../../shared/schemas/users';
import { orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import { findOrganizationUser, listOrganizationUsers } from './data';
import { createOrganizationUser, updateOrganizationUser } from './mutations';
import { presentOrgUser } from './presenters';

const tags = ['users'];
const userParams = orgParams.extend({ userId: uuidParam('Mã người dùng') });

export async function userRoutes(app: AppInstance) {
  const { db } = app.deps;
  const userManage = routeGroup(app, { tags, policy: 'user.manage', params: orgParams });

  const present = async (orgId: string, userId: string) => {
    const user = orNotFound(await findOrganizationUser(db, orgId, userId), 'người dùng');
    return presentOrgUser(user);
  };

  userManage.get(
    '/api/organizations/:orgId/users',
    {
      summary: 'Người dùng và vai trò',
      response: { 200: orgUserListView },
    },
    async ({ req, actor }) => {
      const organizationId = req.params.orgId;
      return {
        items: (await listOrganizationUsers(db, organizationId)).map(presentOrgUser),
        permissions: { canManage: can(actor, 'user.manage', { organizationId }) },
      };
    },
  );

  userManage.created(
    '/api/organizations/:orgId/users',
    {
      summary: 'Tạo người dùng',
      body: userCreateSchema,
      response: { 201: orgUserView },
    },
    async ({ req, actor }) => {
      const user = await createOrganizationUser(db, actor, req.params.orgId, req.body);
      return await present(req.params.orgId, user.id);
    },
  );

  userManage.put(
    '/api/organizations/:orgId/users/:userId',
    {
      summary: 'Sửa người dùng và vai trò',
      params: userParams,
      body: userUpdateSchema,
      response: { 200: orgUserView },
    },
    async ({ req, actor }) => {
      const { orgId: organizationId, userId } = req.params;
      await updateOrganizationUser({ db, actor, organizationId, userId, input: req.body });
      return present(organizationId, userId);
    },
  );
}
