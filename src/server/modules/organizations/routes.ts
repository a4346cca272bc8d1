import { z } from 'zod';

import { organizationInputSchema, organizationUpdateSchema } from '../../../shared/schemas/organizations';
import { uuidParam } from '../../../shared/schemas/primitives';
import { authorize, requireActor } from '../../auth/policy';
import { forbidden, notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { getOrganization, listOrganizationsFor } from './data';
import { createOrganization, updateOrganization } from './mutations';
import { presentOrganization } from './policy';

const params = z.object({ orgId: uuidParam('Mã tổ chức') });

export async function organizationRoutes(app: AppInstance) {
  const { db } = app.deps;

  app.get(
    '/api/organizations',
    {
      config: { policy: 'authenticated' },
      schema: { tags: ['organizations'], summary: 'Các tổ chức của tôi' },
    },
    async (req) => {
      const actor = requireActor(req);
      const rows = await listOrganizationsFor(db, actor);
      return { items: rows.map((r) => presentOrganization(r, actor)), canCreate: actor.isSystemAdmin };
    },
  );

  app.post(
    '/api/organizations',
    {
      config: { policy: 'org.create' },
      schema: {
        tags: ['organizations'],
        summary: 'Tạo tổ chức (quản trị hệ thống)',
        body: organizationInputSchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!actor.isSystemAdmin) throw forbidden('Chỉ quản trị hệ thống được tạo tổ chức mới');
      const row = await createOrganization(db, actor, req.body);
      return reply.code(201).send(presentOrganization(row, actor));
    },
  );

  app.get(
    '/api/organizations/:orgId',
    { config: { policy: 'org.read' }, schema: { tags: ['organizations'], params } },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'org.read', { organizationId: req.params.orgId });
      const row = await getOrganization(db, req.params.orgId);
      if (!row) throw notFound('tổ chức');
      return presentOrganization(row, actor);
    },
  );

  app.put(
    '/api/organizations/:orgId',
    {
      config: { policy: 'org.edit' },
      schema: {
        tags: ['organizations'],
        summary: 'Sửa thông tin tổ chức',
        params,
        body: organizationUpdateSchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'org.edit', { organizationId: req.params.orgId });
      const row = await updateOrganization(db, actor, req.params.orgId, req.body);
      return presentOrganization(row, actor);
    },
  );
}
