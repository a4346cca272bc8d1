import { z } from 'zod';
import {
  bulkAcceptInput,
  bulkAcceptView,
  nominationListView,
  nominationView,
} from '../../../shared/schemas/nomination-views';
import { nominationDraftSchema } from '../../../shared/schemas/nominations';
import { versionField } from '../../../shared/schemas/primitives';
import { authorize } from '../../auth/policy';
import type { AppInstance } from '../../http/app-types';
import { confParams, confUnitParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import { deleteRoute } from '../../http/writes';
import { loadConferenceFor } from '../conferences/access';
import { conferenceScope } from '../conferences/policy';
import {
  authorizeUnitWrite,
  loadNomination,
  loadNominationContext,
  nominationListQuery,
  nominationParams,
  visibleFilter,
} from './access';
import { acceptNominations } from './bulk-mutations';
import { countNominations, listNominations } from './data';
import { createNominations, deleteNomination, transitionNomination, updateNomination } from './mutations';
import { presentNomination, presentNominationListItem } from './presenters';

const tags = ['nominations'];

export async function nominationRoutes(app: AppInstance) {
  const { db } = app.deps;
  /** The nomination as it is now, after a write. */
  const reload = async (actor: Parameters<typeof loadNomination>[1], conferenceId: string, id: string) =>
    presentNomination(db, actor, await loadNomination(db, actor, conferenceId, id));
  const authenticated = routeGroup(app, { tags, policy: 'authenticated' });
  const nominationWrite = routeGroup(app, { tags, policy: 'nomination.write' });

  authenticated.get(
    '/api/conferences/:conferenceId/nominations',
    {
      summary: 'Danh sách đề nghị vinh danh',
      params: confParams,
      querystring: nominationListQuery,
      response: { 200: nominationListView },
      // what each person may see and do differs (a TDP head sees their unit): one answer per
      // person and query (http/response-cache.ts)
      cache: ({ req, actor }) => JSON.stringify([actor.userId, req.query]),
    },
    async ({ req, actor }) => {
      const ctx = await loadNominationContext(db, actor, req.params.conferenceId);
      const { limit, offset, ...query } = req.query;
      const filter = visibleFilter(ctx, query);
      const { rows } = await listNominations(db, filter, { limit, offset });
      const { total, ...counts } = await countNominations(db, filter);
      return { total, items: rows.map((r) => presentNominationListItem(r, actor, ctx.conf)), counts };
    },
  );

  nominationWrite.created(
    '/api/conferences/:conferenceId/units/:unitId/nominations',
    {
      loadConference: false,
      summary: 'Thêm đề nghị (bản nháp: điền đến đâu lưu đến đó)',
      params: confUnitParams,
      body: nominationDraftSchema,
      response: { 201: nominationView },
    },
    async ({ req, actor }) => {
      const conf = await loadConferenceFor(db, actor, req.params.conferenceId);
      authorizeUnitWrite(actor, conf, req.params.unitId);
      const [id] = await createNominations(db, actor, conf, req.params.unitId, [req.body]);
      return await reload(actor, conf.id, id!);
    },
  );

  authenticated.get(
    '/api/conferences/:conferenceId/nominations/:nominationId',
    {
      summary: 'Xem đề nghị',
      params: nominationParams,
      response: { 200: nominationView },
    },
    async ({ req, actor }) => reload(actor, req.params.conferenceId, req.params.nominationId),
  );

  nominationWrite.put(
    '/api/conferences/:conferenceId/nominations/:nominationId',
    {
      loadConference: false,
      summary: 'Sửa đề nghị (lưu như bản nháp; gửi mới kiểm tra đủ thông tin)',
      params: nominationParams,
      body: z.intersection(nominationDraftSchema, z.object({ version: versionField })),
      response: { 200: nominationView },
    },
    async ({ req, actor }) => {
      const { conf, n } = await loadNomination(db, actor, req.params.conferenceId, req.params.nominationId);
      authorizeUnitWrite(actor, conf, n.unitId);
      await updateNomination(db, actor, conf, n.id, req.body);
      return reload(actor, conf.id, n.id);
    },
  );

  deleteRoute(
    app,
    '/api/conferences/:conferenceId/nominations/:nominationId',
    {
      policy: 'nomination.write',
      loadConference: false,
      tags,
      summary: 'Xóa bản nháp đề nghị',
      params: nominationParams,
    },
    async ({ req, actor }) => {
      const { conf, n } = await loadNomination(db, actor, req.params.conferenceId, req.params.nominationId);
      authorizeUnitWrite(actor, conf, n.unitId);
      await deleteNomination(db, actor, conf, n.id, req.query.version);
    },
  );

  routeGroup(app, { tags, policy: 'nomination.review' }).post(
    '/api/conferences/:conferenceId/nominations/accept',
    {
      summary: 'Tiếp nhận nhiều hồ sơ đã chọn (tất cả hoặc không hồ sơ nào)',
      params: confParams,
      body: bulkAcceptInput,
      response: { 200: bulkAcceptView },
    },
    async ({ req, actor, conf }) => {
      const items = await acceptNominations({
        db,
        actor,
        conference: conf,
        items: req.body.items,
        authorizeUnit: (unitId) =>
          authorize(actor, 'nomination.review', { ...conferenceScope(conf), unitId }),
      });
      return { accepted: items.length, items };
    },
  );

  authenticated.post(
    '/api/conferences/:conferenceId/nominations/:nominationId/:action',
    {
      summary: 'Gửi / trả lại / tiếp nhận / không tiếp nhận đề nghị',
      params: nominationParams.extend({
        action: z.enum(['submit', 'return', 'accept', 'reject'], { error: 'Thao tác không hợp lệ' }),
      }),
      body: z.object({
        version: versionField,
        reason: z.string().trim().max(2000, { error: 'Lý do không được dài quá 2000 ký tự' }).optional(),
        /** Gửi: the unit's explanation for a nominee not yet eligible (stored with the send). */
        eligibilityNote: z
          .string()
          .trim()
          .max(2000, { error: 'Giải trình không được dài quá 2000 ký tự' })
          .optional(),
      }),
      response: { 200: nominationView },
    },
    async ({ req, actor }) => {
      const { conf, n } = await loadNomination(db, actor, req.params.conferenceId, req.params.nominationId);
      const { action } = req.params;
      // Units send their own nominations; the office reviews them.
      const scope = { ...conferenceScope(conf), unitId: n.unitId };
      authorize(actor, action === 'submit' ? 'nomination.write' : 'nomination.review', scope);
      await transitionNomination(db, actor, conf, n.id, action, req.body);
      return reload(actor, conf.id, n.id);
    },
  );
}
