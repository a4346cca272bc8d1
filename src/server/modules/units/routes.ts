import { z } from 'zod';
import { can } from '../../../shared/rules/permissions';
import {
  unitInputSchema,
  unitListView,
  unitUpdateSchema,
  unitView,
} from '../../../shared/schemas/organizations';
import { versionField } from '../../../shared/schemas/primitives';
import { authorize, requireActor } from '../../auth/policy';
import { notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { orgParams, unitParams } from '../../http/params';
import { noContent } from '../../http/responses';
import { getUnit, listUnits } from './data';
import { createUnit, deleteUnit, updateUnit } from './mutations';
import { presentUnit, unitScope } from './presenters';

export async function unitRoutes(app: AppInstance) {
  const { db } = app.deps;

  app.get(
    '/api/organizations/:orgId/units',
    {
      config: { policy: 'unit.read' },
      schema: {
        tags: ['units'],
        summary: 'Danh sách đơn vị',
        params: orgParams,
        response: { 200: unitListView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const organizationId = req.params.orgId;
      authorize(actor, 'org.read', { organizationId });
      // Staff see every unit; a unit head sees only their own.
      const rows = (await listUnits(db, organizationId)).filter((u) => can(actor, 'unit.read', unitScope(u)));
      return {
        items: rows.map((u) => presentUnit(u, actor)),
        permissions: { canCreate: can(actor, 'unit.manage', { organizationId }) },
      };
    },
  );

  app.post(
    '/api/organizations/:orgId/units',
    {
      config: { policy: 'unit.manage' },
      schema: {
        tags: ['units'],
        summary: 'Thêm đơn vị',
        params: orgParams,
        body: unitInputSchema,
        response: { 201: unitView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, 'unit.manage', { organizationId: req.params.orgId });
      const row = await createUnit(db, actor, req.params.orgId, req.body);
      return reply.code(201).send(presentUnit(row, actor));
    },
  );

  app.get(
    '/api/units/:unitId',
    {
      config: { policy: 'unit.read' },
      schema: { tags: ['units'], summary: 'Xem đơn vị', params: unitParams, response: { 200: unitView } },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await getUnit(db, req.params.unitId);
      if (!row || !can(actor, 'org.read', { organizationId: row.organizationId })) throw notFound('đơn vị');
      authorize(actor, 'unit.read', unitScope(row));
      return presentUnit(row, actor);
    },
  );

  app.put(
    '/api/units/:unitId',
    {
      config: { policy: 'unit.manage' },
      schema: {
        tags: ['units'],
        summary: 'Sửa đơn vị',
        params: unitParams,
        body: unitUpdateSchema,
        response: { 200: unitView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const row = await getUnit(db, req.params.unitId);
      if (!row || !can(actor, 'org.read', { organizationId: row.organizationId })) throw notFound('đơn vị');
      authorize(actor, 'unit.manage', unitScope(row));
      return presentUnit(await updateUnit(db, actor, row.id, req.body), actor);
    },
  );

  app.delete(
    '/api/units/:unitId',
    {
      config: { policy: 'unit.manage' },
      schema: {
        tags: ['units'],
        summary: 'Xóa đơn vị',
        params: unitParams,
        querystring: z.object({ version: z.coerce.number().pipe(versionField) }),
        response: noContent,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const row = await getUnit(db, req.params.unitId);
      if (!row || !can(actor, 'org.read', { organizationId: row.organizationId })) throw notFound('đơn vị');
      authorize(actor, 'unit.manage', unitScope(row));
      await deleteUnit(db, actor, row.id, req.query.version);
      return reply.code(204).send(null);
    },
  );
}
