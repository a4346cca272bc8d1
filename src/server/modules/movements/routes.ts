import type { Actor } from '../../../shared/rules/permissions';
import {
  movementInputSchema,
  movementListView,
  movementRegistrationInputSchema,
  movementRegistrationUpdateSchema,
  movementUpdateSchema,
  movementView,
} from '../../../shared/schemas/movements';
import { uuidParam } from '../../../shared/schemas/primitives';
import { authorize } from '../../auth/policy';
import type { Db } from '../../db/client';
import { orNotFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { orgParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import { deleteRoute } from '../../http/writes';
import { getMovement, listMovementRows, movementDetails } from './data';
import {
  createMovement,
  createRegistration,
  deleteMovement,
  deleteRegistration,
  updateMovement,
  updateRegistration,
} from './mutations';
import { presentMovement, presentMovementList } from './presenters';

const tags = ['movements'];
const base = '/api/organizations/:orgId/movements';
const movementParams = orgParams.extend({ movementId: uuidParam('Mã phong trào') });
const registrationParams = movementParams.extend({ regId: uuidParam('Mã bản đăng ký') });

async function viewOf(db: Db, actor: Actor, organizationId: string, id: string) {
  const row = orNotFound(await getMovement(db, organizationId, id), 'phong trào thi đua');
  return presentMovement(row, await movementDetails(db, [row]), actor);
}

/** The movement of this organizer; registering needs a session in the organizer (403 otherwise). */
async function movementFor(db: Db, actor: Actor, organizationId: string, id: string) {
  authorize(actor, 'org.read', { organizationId });
  return orNotFound(await getMovement(db, organizationId, id), 'phong trào thi đua');
}

/**
 * Phong trào thi đua: reads for anyone who reads the organizer's conferences, writes for who
 * manages the honours register; registrations for a unit (a unit head: their own, checked with
 * the unit in the handler).
 */
export async function movementRoutes(app: AppInstance) {
  const { db } = app.deps;
  const read = routeGroup(app, { tags, policy: 'conference.read' });
  const manage = routeGroup(app, { tags, policy: 'honour.manage' });
  const register = routeGroup(app, { tags, policy: 'movement.register', orgPermission: false });

  read.get(
    base,
    { summary: 'Danh sách phong trào thi đua', params: orgParams, response: { 200: movementListView } },
    async ({ req, actor }) => {
      const rows = await listMovementRows(db, req.params.orgId);
      return presentMovementList(rows, await movementDetails(db, rows), actor, req.params.orgId);
    },
  );

  manage.created(
    base,
    {
      summary: 'Thêm phong trào thi đua',
      params: orgParams,
      body: movementInputSchema,
      response: { 201: movementView },
    },
    async ({ req, actor }) => {
      const row = await createMovement({ db, actor, organizationId: req.params.orgId, input: req.body });
      return viewOf(db, actor, req.params.orgId, row.id);
    },
  );

  read.get(
    `${base}/:movementId`,
    { summary: 'Xem phong trào thi đua', params: movementParams, response: { 200: movementView } },
    ({ req, actor }) => viewOf(db, actor, req.params.orgId, req.params.movementId),
  );

  manage.put(
    `${base}/:movementId`,
    {
      summary: 'Sửa phong trào thi đua (cả kết quả cuối kỳ)',
      params: movementParams,
      body: movementUpdateSchema,
      response: { 200: movementView },
    },
    async ({ req, actor }) => {
      const { orgId, movementId } = req.params;
      await updateMovement({
        db,
        actor,
        organizationId: orgId,
        id: movementId,
        input: req.body.movement,
        version: req.body.version,
      });
      return viewOf(db, actor, orgId, movementId);
    },
  );

  deleteRoute(
    app,
    `${base}/:movementId`,
    { policy: 'honour.manage', tags, summary: 'Xóa phong trào thi đua', params: movementParams },
    ({ req, actor }) =>
      deleteMovement({
        db,
        actor,
        organizationId: req.params.orgId,
        id: req.params.movementId,
        version: req.query.version,
      }),
  );

  register.created(
    `${base}/:movementId/registrations`,
    {
      summary: 'Đăng ký thi đua của một đơn vị',
      params: movementParams,
      body: movementRegistrationInputSchema,
      response: { 201: movementView },
    },
    async ({ req, actor }) => {
      const { orgId, movementId } = req.params;
      const movement = await movementFor(db, actor, orgId, movementId);
      await createRegistration({ db, actor, movement, input: req.body });
      return viewOf(db, actor, orgId, movementId);
    },
  );

  register.put(
    `${base}/:movementId/registrations/:regId`,
    {
      summary: 'Sửa đăng ký thi đua (kết quả: Thường trực Hội đồng)',
      params: registrationParams,
      body: movementRegistrationUpdateSchema,
      response: { 200: movementView },
    },
    async ({ req, actor }) => {
      const { orgId, movementId, regId } = req.params;
      const movement = await movementFor(db, actor, orgId, movementId);
      const { version, ...input } = req.body;
      await updateRegistration({ db, actor, movement, id: regId, input, version });
      return viewOf(db, actor, orgId, movementId);
    },
  );

  deleteRoute(
    app,
    `${base}/:movementId/registrations/:regId`,
    {
      policy: 'movement.register',
      orgPermission: false,
      tags,
      summary: 'Hủy đăng ký thi đua',
      params: registrationParams,
    },
    async ({ req, actor }) => {
      const { orgId, movementId, regId } = req.params;
      const movement = await movementFor(db, actor, orgId, movementId);
      await deleteRegistration({ db, actor, movement, id: regId, version: req.query.version });
    },
  );
}
