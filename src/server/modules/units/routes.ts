import type { Actor } from '../../../shared/rules/permissions';
import { can } from '../../../shared/rules/permissions';
import {
  unitInputSchema,
  unitListView,
  unitOrderInput,
  unitUpdateSchema,
  unitView,
} from '../../../shared/schemas/organizations';
import { authorize } from '../../auth/policy';
import type { Db } from '../../db/client';
import { notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { orgParams, unitParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import { deleteRoute } from '../../http/writes';
import { getUnit, listUnits } from './data';
import { createUnit, deleteUnit, reorderUnits, updateUnit } from './mutations';
import { presentUnit, unitScope } from './presenters';

const tags = ['units'];

/** The unit (404 when it belongs to an organizer the actor cannot see) with `permission` checked. */
async function loadUnit(db: Db, actor: Actor, unitId: string, permission: 'unit.read' | 'unit.manage') {
  const row = await getUnit(db, unitId);
  if (!row || !can(actor, 'org.read', { organizationId: row.organizationId })) throw notFound('đơn vị');
  authorize(actor, permission, unitScope(row));
  return row;
}

export async function unitRoutes(app: AppInstance) {
  const { db } = app.deps;
  const unitRead = routeGroup(app, { tags, policy: 'unit.read' });
  const unitManage = routeGroup(app, { tags, policy: 'unit.manage' });

  unitRead.get(
    '/api/organizations/:orgId/units',
    {
      summary: 'Danh sách đơn vị',
      params: orgParams,
      response: { 200: unitListView },
      orgPermission: 'org.read',
    },
    async ({ req, actor }) => {
      const organizationId = req.params.orgId;
      // Staff see every unit; a unit head sees only their own.
      const rows = (await listUnits(db, organizationId)).filter((u) => can(actor, 'unit.read', unitScope(u)));
      return {
        items: rows.map((u) => presentUnit(u, actor)),
        permissions: { canCreate: can(actor, 'unit.manage', { organizationId }) },
      };
    },
  );

  unitManage.created(
    '/api/organizations/:orgId/units',
    {
      summary: 'Thêm đơn vị',
      params: orgParams,
      body: unitInputSchema,
      response: { 201: unitView },
    },
    async ({ req, actor }) => {
      const row = await createUnit(db, actor, req.params.orgId, req.body);
      return presentUnit(row, actor);
    },
  );

  unitManage.put(
    '/api/organizations/:orgId/units/order',
    {
      summary: 'Sắp xếp thứ tự đơn vị (cả danh sách, tất cả hoặc không)',
      params: orgParams,
      body: unitOrderInput,
      response: { 200: unitListView },
    },
    async ({ req, actor }) => {
      const organizationId = req.params.orgId;
      const rows = await reorderUnits(db, actor, organizationId, req.body.ids);
      return {
        items: rows.map((u) => presentUnit(u, actor)),
        permissions: { canCreate: can(actor, 'unit.manage', { organizationId }) },
      };
    },
  );

  unitRead.get(
    '/api/units/:unitId',
    {
      summary: 'Xem đơn vị',
      params: unitParams,
      response: { 200: unitView },
    },
    async ({ req, actor }) => presentUnit(await loadUnit(db, actor, req.params.unitId, 'unit.read'), actor),
  );

  unitManage.put(
    '/api/units/:unitId',
    {
      summary: 'Sửa đơn vị',
      params: unitParams,
      body: unitUpdateSchema,
      response: { 200: unitView },
    },
    async ({ req, actor }) => {
      const row = await loadUnit(db, actor, req.params.unitId, 'unit.manage');
      return presentUnit(await updateUnit(db, actor, row.id, req.body), actor);
    },
  );

  deleteRoute(
    app,
    '/api/units/:unitId',
    {
      policy: 'unit.manage',
      tags,
      summary: 'Xóa đơn vị',
      params: unitParams,
    },
    async ({ req, actor }) => {
      const row = await loadUnit(db, actor, req.params.unitId, 'unit.manage');
      await deleteUnit(db, actor, row.id, req.query.version);
    },
  );
}
