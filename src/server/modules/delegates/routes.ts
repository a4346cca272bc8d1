// Đại biểu, giấy mời, đón tiếp — HTTP routes. B = /api/conferences/:conferenceId
// Request schemas and answer types: src/shared/schemas/delegates.ts. Rule: shared/rules/delegate-composition.ts.
//
// method  path                                        policy             body / query → answer
// ---- the list (Thư ký / Văn phòng) ------------------------------------------------------------
// GET     B/delegates                                 delegate.read      ?q&category&rsvpStatus → DelegateList
// GET     B/delegates/composition                     delegate.read      → CompositionGauge (the gauge)
// POST    B/delegates                                 delegate.manage    DelegateInput → 201 Delegate; 422 over the cap
// PUT     B/delegates/:delegateId                     delegate.manage    DelegateUpdate (version) → Delegate; 409 stale
// DELETE  B/delegates/:delegateId                     delegate.manage    ?version → 204; 422 if checked in
// PUT     B/delegates/:delegateId/rsvp                delegate.manage    RsvpInput (version) → Delegate; 409 stale
// POST    B/delegates/from-honorees                   delegate.manage    AddHonoreesInput → { added, alreadyListed, composition }
// GET     B/delegates/template.xlsx                   delegate.manage    → XLSX template (Mẫu danh sách khách mời)
// POST    B/delegates/import                          delegate.manage    multipart file, ?category → 201 { created };
//                                                                        400 { error.rows } (nothing stored); 422 over the cap
// GET     B/delegates/export.xlsx                     delegate.read      → XLSX Danh sách đại biểu (formula-safe)
// POST    B/delegates/finalize                        delegate.read*     FinalizeInput → CompositionGauge; *the rules hold:
//                                                                        delegate.manage; a rule breaks: delegate.override
//                                                                        and a written overrideReason, else 422 with the rules
// POST    B/delegates/reopen                          delegate.manage    → CompositionGauge
// POST    B/delegates/invitations                     delegate.manage    { delegateIds?, rotate? } → { items: InvitationEntry[] }
// POST    B/delegates/:delegateId/invitation/rotate   delegate.manage    → InvitationEntry (the old QR stops working)
// ---- đón tiếp (reception, on the conference day; see checkin-window.ts) ----------------------
// GET     B/checkin/summary                           delegate.checkin   → CheckinSummary (counts by category, rules)
// GET     B/checkin/search                            delegate.checkin   ?q (with or without diacritics) → { items: Delegate[] }
// GET     B/checkin/not-arrived                       delegate.checkin   → { items: Delegate[] }
// POST    B/checkins                                  delegate.checkin   { token } | { delegateId } → 201 CheckInResult
//                                                                        (first) | 200 CheckInResult "Đã đón lúc … bởi …";
//                                                                        400 forged / other conference; 422 outside the day
// POST    B/checkins/walk-in                          delegate.checkin   WalkInInput → 201 CheckInResult; 422 over the cap
// GET     B/checkin/events                            delegate.checkin   server-sent events: `event: checkin` CheckInEvent
//
// PDFs (giấy mời, bảng tên): pdf-routes.ts. For the invitation PDF, list-mutations.ts
// `listInvitationData(db, actor, conf, key)` with
// `key = invitationKey(app.deps.env)` from tokens.ts → InvitationEntry[] (issues a token to any
// delegate without one; existing tokens are kept, so reprinting gives the same QR codes).

import { z } from 'zod';
import { can } from '../../../shared/rules/permissions';
import {
  addHonoreesSchema,
  delegateInputSchema,
  delegateUpdateSchema,
  finalizeSchema,
  issueInvitationsSchema,
  RSVP_STATUSES,
  rsvpInputSchema,
} from '../../../shared/schemas/delegates';
import { versionQuerySchema } from '../../../shared/schemas/selection';
import { requireActor } from '../../auth/policy';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { conferenceScope } from '../conferences/policy';
import { delegateParams, loadConf, loadGauge, presentMany, presentOne } from './context';
import { getDelegateList } from './data';
import { finalizeList, listInvitationData, reopenList } from './list-mutations';
import { addHonorees, createDelegates, deleteDelegate, updateDelegate, updateRsvp } from './mutations';
import { listPermissions, presentFinalization } from './policy';
import { invitationKey } from './tokens';

const listQuery = z.object({
  q: z.string().max(100, { error: 'Từ khóa tìm kiếm không được dài quá 100 ký tự' }).optional(),
  category: z.string().max(40).optional(),
  rsvpStatus: z.enum(RSVP_STATUSES, { error: 'Trạng thái xác nhận tham dự không hợp lệ' }).optional(),
});

export async function delegateRoutes(app: AppInstance) {
  const { db, env } = app.deps;
  const tags = ['delegates'];

  app.get(
    '/api/conferences/:conferenceId/delegates',
    {
      config: { policy: 'delegate.read' },
      schema: { tags, summary: 'Danh sách đại biểu', params: confParams, querystring: listQuery },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.read');
      const gauge = await loadGauge(db, conf);
      return {
        items: await presentMany(db, actor, conf, req.query),
        composition: gauge.composition,
        finalization: gauge.finalization,
        permissions: listPermissions(actor, conf),
      };
    },
  );

  app.get(
    '/api/conferences/:conferenceId/delegates/composition',
    {
      config: { policy: 'delegate.read' },
      schema: { tags, summary: 'Cơ cấu đại biểu (đồng hồ đo)', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      return loadGauge(db, await loadConf(db, actor, req.params.conferenceId, 'delegate.read'));
    },
  );

  app.post(
    '/api/conferences/:conferenceId/delegates',
    {
      config: { policy: 'delegate.manage' },
      schema: { tags, summary: 'Thêm đại biểu', params: confParams, body: delegateInputSchema },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.manage');
      const [row] = await createDelegates(db, actor, conf, [req.body]);
      return reply.code(201).send(await presentOne(db, actor, conf, row!.id));
    },
  );

  app.put(
    '/api/conferences/:conferenceId/delegates/:delegateId',
    {
      config: { policy: 'delegate.manage' },
      schema: { tags, summary: 'Sửa đại biểu', params: delegateParams, body: delegateUpdateSchema },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.manage');
      await updateDelegate(db, actor, conf, req.params.delegateId, req.body);
      return presentOne(db, actor, conf, req.params.delegateId);
    },
  );

  app.delete(
    '/api/conferences/:conferenceId/delegates/:delegateId',
    {
      config: { policy: 'delegate.manage' },
      schema: { tags, summary: 'Xóa đại biểu', params: delegateParams, querystring: versionQuerySchema },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.manage');
      await deleteDelegate(db, actor, conf, req.params.delegateId, req.query.version);
      return reply.code(204).send();
    },
  );

  app.put(
    '/api/conferences/:conferenceId/delegates/:delegateId/rsvp',
    {
      config: { policy: 'delegate.manage' },
      schema: { tags, summary: 'Xác nhận tham dự', params: delegateParams, body: rsvpInputSchema },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.manage');
      await updateRsvp(db, actor, conf, req.params.delegateId, req.body);
      return presentOne(db, actor, conf, req.params.delegateId);
    },
  );

  app.post(
    '/api/conferences/:conferenceId/delegates/from-honorees',
    {
      config: { policy: 'delegate.manage' },
      schema: {
        tags,
        summary: 'Thêm người được vinh danh vào danh sách',
        params: confParams,
        body: addHonoreesSchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.manage');
      const result = await addHonorees(db, actor, conf, req.body);
      return { ...result, composition: (await loadGauge(db, conf)).composition };
    },
  );

  app.post(
    '/api/conferences/:conferenceId/delegates/finalize',
    {
      config: { policy: 'delegate.read' },
      schema: { tags, summary: 'Chốt danh sách đại biểu', params: confParams, body: finalizeSchema },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.read');
      const scope = conferenceScope(conf);
      await finalizeList(db, actor, conf, req.body, {
        manage: can(actor, 'delegate.manage', scope),
        override: can(actor, 'delegate.override', scope),
      });
      return loadGauge(db, conf);
    },
  );

  app.post(
    '/api/conferences/:conferenceId/delegates/reopen',
    {
      config: { policy: 'delegate.manage' },
      schema: { tags, summary: 'Mở lại danh sách đại biểu đã chốt', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.manage');
      await reopenList(db, actor, conf);
      return loadGauge(db, conf);
    },
  );

  app.post(
    '/api/conferences/:conferenceId/delegates/invitations',
    {
      config: { policy: 'delegate.manage' },
      schema: { tags, summary: 'Mã mời (QR) cho giấy mời', params: confParams, body: issueInvitationsSchema },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.manage');
      const items = await listInvitationData(db, actor, conf, invitationKey(env), req.body);
      return { items, finalization: presentFinalization(await getDelegateList(db, conf.id)) };
    },
  );

  app.post(
    '/api/conferences/:conferenceId/delegates/:delegateId/invitation/rotate',
    {
      config: { policy: 'delegate.manage' },
      schema: { tags, summary: 'Cấp lại mã mời (mã cũ hết hiệu lực)', params: delegateParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.manage');
      const [entry] = await listInvitationData(db, actor, conf, invitationKey(env), {
        delegateIds: [req.params.delegateId],
        rotate: true,
      });
      return entry;
    },
  );
}
