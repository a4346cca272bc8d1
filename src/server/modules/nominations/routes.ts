import { z } from 'zod';
import type { Actor } from '../../../shared/rules/permissions';
import {
  GENDERS,
  NOMINATION_KINDS,
  NOMINATION_STATUSES,
  nominationInputSchema,
  OCCUPATION_GROUPS,
} from '../../../shared/schemas/nominations';
import { uuidParam, versionField } from '../../../shared/schemas/primitives';
import { authorize, requireActor } from '../../auth/policy';
import type { Db } from '../../db/client';
import { forbidden, notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams, confUnitParams } from '../../http/params';
import { listAwardForms } from '../award-forms/data';
import { loadVisibleConference } from '../conferences/access';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import { listUnits } from '../units/data';
import { countNominations, getNomination, listAttachments, listNominations } from './data';
import { createNominations, deleteNomination, transitionNomination, updateNomination } from './mutations';
import { canSeeNomination, nominationAccess, nominationPermissions, presentNomination } from './policy';

export const nominationParams = confParams.extend({ nominationId: uuidParam('Mã đề nghị') });

export const listQuery = z.object({
  unitId: z.uuid({ error: 'Đơn vị không hợp lệ' }).optional(),
  awardFormId: z.uuid({ error: 'Hình thức khen thưởng không hợp lệ' }).optional(),
  status: z.enum(NOMINATION_STATUSES, { error: 'Trạng thái không hợp lệ' }).optional(),
  occupationGroup: z.enum(OCCUPATION_GROUPS, { error: 'Nhóm đối tượng không hợp lệ' }).optional(),
  gender: z.enum(GENDERS, { error: 'Giới tính không hợp lệ' }).optional(),
  kind: z.enum(NOMINATION_KINDS, { error: 'Loại đề nghị không hợp lệ' }).optional(),
  q: z.string().max(100, { error: 'Từ khóa tìm kiếm không được dài quá 100 ký tự' }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The conference, the names of its units and forms, and the actor's view of its nominations. */
export async function loadNominationContext(db: Db, actor: Actor, conferenceId: string) {
  const conf = await loadVisibleConference(db, actor, conferenceId);
  const units = await listUnits(db, conf.organizationId);
  const forms = await listAwardForms(db, conf.id);
  const access = nominationAccess(
    actor,
    conf,
    units.map((u) => u.id),
  );
  return {
    conf,
    access,
    unitName: new Map(units.map((u) => [u.id, u.name])),
    formName: new Map(forms.map((f) => [f.id, f.name])),
    forms,
  };
}

/** Loads one nomination the actor may see. */
export async function loadNomination(db: Db, actor: Actor, conferenceId: string, id: string) {
  const ctx = await loadNominationContext(db, actor, conferenceId);
  const n = await getNomination(db, ctx.conf.id, id);
  if (!n || !canSeeNomination(ctx.access, n)) throw notFound('đề nghị');
  return { ...ctx, n };
}

export async function presentOne(db: Db, actor: Actor, ctx: Awaited<ReturnType<typeof loadNomination>>) {
  const files = await listAttachments(db, ctx.n.id);
  return presentNomination(
    ctx.n,
    {
      unitName: ctx.unitName.get(ctx.n.unitId) ?? '',
      awardFormName: ctx.formName.get(ctx.n.awardFormId) ?? '',
      attachments: files.map((f) => ({ id: f.id, fileName: f.fileName, mimeType: f.mimeType, size: f.size })),
    },
    nominationPermissions(actor, ctx.conf, ctx.n),
  );
}

/** Throws 403 unless the actor may write for this unit of the conference. */
export function authorizeUnitWrite(actor: Actor, conf: ConferenceRow, unitId: string) {
  authorize(actor, 'nomination.write', { ...conferenceScope(conf), unitId });
}

export async function nominationRoutes(app: AppInstance) {
  const { db } = app.deps;

  app.get(
    '/api/conferences/:conferenceId/nominations',
    {
      config: { policy: 'authenticated' },
      schema: {
        tags: ['nominations'],
        summary: 'Danh sách đề nghị vinh danh',
        params: confParams,
        querystring: listQuery,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const ctx = await loadNominationContext(db, actor, req.params.conferenceId);
      if (!ctx.access) throw forbidden('Bạn không có quyền xem các đề nghị của hội nghị này');
      const { limit, offset, ...filters } = req.query;
      const filter = {
        ...filters,
        conferenceId: ctx.conf.id,
        unitIds: ctx.access.unitIds,
        visibleStatuses: ctx.access.statuses,
      };
      const { rows } = await listNominations(db, filter, { limit, offset });
      const { total, ...counts } = await countNominations(db, filter);
      return {
        total,
        items: rows.map(({ collective: _c, summaryHtml: _s, ...r }) => ({
          ...r,
          birthYear: r.individual?.birthYear ?? null,
          individual: undefined,
          submittedAt: r.submittedAt?.toISOString() ?? null,
          permissions: nominationPermissions(actor, ctx.conf, r),
        })),
        counts,
      };
    },
  );

  app.post(
    '/api/conferences/:conferenceId/units/:unitId/nominations',
    {
      config: { policy: 'nomination.write' },
      schema: {
        tags: ['nominations'],
        summary: 'Thêm đề nghị (bản nháp)',
        params: confUnitParams,
        body: nominationInputSchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
      authorizeUnitWrite(actor, conf, req.params.unitId);
      const [id] = await createNominations(db, actor, conf, req.params.unitId, [req.body]);
      return reply.code(201).send(await presentOne(db, actor, await loadNomination(db, actor, conf.id, id!)));
    },
  );

  app.get(
    '/api/conferences/:conferenceId/nominations/:nominationId',
    {
      config: { policy: 'authenticated' },
      schema: { tags: ['nominations'], summary: 'Xem đề nghị', params: nominationParams },
    },
    async (req) => {
      const actor = requireActor(req);
      return presentOne(
        db,
        actor,
        await loadNomination(db, actor, req.params.conferenceId, req.params.nominationId),
      );
    },
  );

  app.put(
    '/api/conferences/:conferenceId/nominations/:nominationId',
    {
      config: { policy: 'nomination.write' },
      schema: {
        tags: ['nominations'],
        summary: 'Sửa đề nghị',
        params: nominationParams,
        body: z.intersection(nominationInputSchema, z.object({ version: versionField })),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const ctx = await loadNomination(db, actor, req.params.conferenceId, req.params.nominationId);
      authorizeUnitWrite(actor, ctx.conf, ctx.n.unitId);
      await updateNomination(db, actor, ctx.conf, ctx.n.id, req.body);
      return presentOne(db, actor, await loadNomination(db, actor, ctx.conf.id, ctx.n.id));
    },
  );

  app.delete(
    '/api/conferences/:conferenceId/nominations/:nominationId',
    {
      config: { policy: 'nomination.write' },
      schema: {
        tags: ['nominations'],
        summary: 'Xóa bản nháp đề nghị',
        params: nominationParams,
        querystring: z.object({ version: z.coerce.number().pipe(versionField) }),
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const ctx = await loadNomination(db, actor, req.params.conferenceId, req.params.nominationId);
      authorizeUnitWrite(actor, ctx.conf, ctx.n.unitId);
      await deleteNomination(db, actor, ctx.conf, ctx.n.id, req.query.version);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/conferences/:conferenceId/nominations/:nominationId/:action',
    {
      config: { policy: 'authenticated' },
      schema: {
        tags: ['nominations'],
        summary: 'Gửi / trả lại / tiếp nhận / không tiếp nhận đề nghị',
        params: nominationParams.extend({
          action: z.enum(['submit', 'return', 'accept', 'reject'], { error: 'Thao tác không hợp lệ' }),
        }),
        body: z.object({
          version: versionField,
          reason: z.string().trim().max(2000, { error: 'Lý do không được dài quá 2000 ký tự' }).optional(),
        }),
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const ctx = await loadNomination(db, actor, req.params.conferenceId, req.params.nominationId);
      const scope = { ...conferenceScope(ctx.conf), unitId: ctx.n.unitId };
      // Units send their own nominations; the office reviews them.
      authorize(actor, req.params.action === 'submit' ? 'nomination.write' : 'nomination.review', scope);
      await transitionNomination(db, actor, ctx.conf, ctx.n.id, req.params.action, req.body);
      return presentOne(db, actor, await loadNomination(db, actor, ctx.conf.id, ctx.n.id));
    },
  );
}
