import {
  organizationInputSchema,
  organizationListView,
  organizationUpdateSchema,
  organizationView,
} from '../../../shared/schemas/organizations';
import { forbidden, orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import { getOrganization, listOrganizationsFor } from './data';
import { createOrganization, updateOrganization } from './mutations';
import { presentOrganization } from './presenters';

const tags = ['organizations'];

export async function organizationRoutes(app: AppInstance) {
  const { db } = app.deps;
  const api = routeGroup(app, { tags });

  api.get(
    '/api/organizations',
    {
      policy: 'authenticated',
      summary: 'Các tổ chức của tôi',
      response: { 200: organizationListView },
    },
    async ({ actor }) => {
      const rows = await listOrganizationsFor(db, actor);
      return { items: rows.map((r) => presentOrganization(r, actor)), canCreate: actor.isSystemAdmin };
    },
  );

  api.created(
    '/api/organizations',
    {
      policy: 'org.create',
      summary: 'Tạo tổ chức (quản trị hệ thống)',
      body: organizationInputSchema,
      response: { 201: organizationView },
    },
    async ({ req, actor }) => {
      if (!actor.isSystemAdmin) throw forbidden('Chỉ quản trị hệ thống được tạo tổ chức mới');
      const row = await createOrganization(db, actor, req.body);
      return presentOrganization(row, actor);
    },
  );

  api.get(
    '/api/organizations/:orgId',
    {
      policy: 'org.read',
      summary: 'Xem tổ chức',
      params: orgParams,
      response: { 200: organizationView },
    },
    async ({ req, actor }) => {
      const row = orNotFound(await getOrganization(db, req.params.orgId), 'tổ chức');
      return presentOrganization(row, actor);
    },
  );

  api.put(
    '/api/organizations/:orgId',
    {
      policy: 'org.edit',
      summary: 'Sửa thông tin tổ chức',
      params: orgParams,
      body: organizationUpdateSchema,
      response: { 200: organizationView },
    },
    async ({ req, actor }) => {
      return presentOrganization(await updateOrganization(db, actor, req.params.orgId, req.body), actor);
    },
  );
}
