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
// DELETE  B/checkins/:delegateId                     delegate.checkin   → 200 CheckInUndone (hoàn tác: not arrived again);
//                                                                        404 not on the list; 409 not checked in; 422 outside the day
// GET     B/checkin/events                            delegate.checkin   server-sent events: `event: checkin` CheckInEvent,
//                                                                        `event: checkin_undone` CheckInUndoneEvent
//
// PDFs (giấy mời, bảng tên): pdf-routes.ts. For the invitation PDF, list-mutations.ts
// `listInvitationData({ db, actor, conf, key })` with
// `key = invitationKey(app.deps.env)` from tokens.ts → InvitationEntry[] (issues a token to any
// delegate without one; existing tokens are kept, so reprinting gives the same QR codes).

import { z } from 'zod';
import { can } from '../../../shared/rules/permissions';
import {
  addHonoreesSchema,
  addHonoreesView,
  compositionGaugeView,
  delegateInputSchema,
  delegateListView,
  delegateUpdateSchema,
  delegateView,
  finalizeSchema,
  invitationEntryView,
  invitationsView,
  issueInvitationsSchema,
  RSVP_STATUSES,
  rsvpInputSchema,
} from '../../../shared/schemas/delegates';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import { answeredWrites, deleteRoute } from '../../http/writes';
import { conferenceScope } from '../conferences/policy';
import { delegateParams } from './access';
import { getDelegateList } from './data';
import { finalizeList, listInvitationData, reopenList } from './list-mutations';
import { addHonorees, createDelegates, deleteDelegate, updateDelegate, updateRsvp } from './mutations';
import { listPermissions, loadGauge, presentFinalization, presentMany, presentOne } from './presenters';
import { invitationKey } from './tokens';

const listQuery = z.object({
  q: z.string().max(100, { error: 'Từ khóa tìm kiếm không được dài quá 100 ký tự' }).optional(),
  category: z.string().max(40).optional(),
  rsvpStatus: z.enum(RSVP_STATUSES, { error: 'Trạng thái xác nhận tham dự không hợp lệ' }).optional(),
});

export async function delegateRoutes(app: AppInstance) {
  const { db, env } = app.deps;
  const tags = ['delegates'];
  const base = '/api/conferences/:conferenceId/delegates';
  const read = { policy: 'delegate.read', tags } as const;
  const readRoutes = routeGroup(app, read);
  const manage = { policy: 'delegate.manage', tags } as const;
  const manageRoutes = routeGroup(app, manage);

  readRoutes.get(
    base,
    {
      summary: 'Danh sách đại biểu',
      params: confParams,
      querystring: listQuery,
      response: { 200: delegateListView },
    },
    async ({ req, actor, conf }) => {
      const gauge = await loadGauge(db, conf);
      return {
        items: await presentMany(db, actor, conf, req.query),
        composition: gauge.composition,
        finalization: gauge.finalization,
        permissions: listPermissions(actor, conf),
      };
    },
  );

  readRoutes.get(
    `${base}/composition`,
    {
      summary: 'Cơ cấu đại biểu (đồng hồ đo)',
      params: confParams,
      response: { 200: compositionGaugeView },
    },
    async ({ conf }) => loadGauge(db, conf),
  );

  manageRoutes.created(
    base,
    {
      summary: 'Thêm đại biểu',
      params: confParams,
      body: delegateInputSchema,
      response: { 201: delegateView },
    },
    async ({ req, actor, conf }) => {
      const [row] = await createDelegates(db, actor, conf, [req.body]);
      return await presentOne(db, actor, conf, row!.id);
    },
  );

  // an edit of one delegate answers the delegate as the list shows it
  const delegateWrite = answeredWrites(
    app,
    { ...manage, params: delegateParams, response: { 200: delegateView } },
    ({ req, actor, conf }) => presentOne(db, actor, conf, req.params.delegateId),
  );

  delegateWrite(
    'PUT',
    `${base}/:delegateId`,
    'Sửa đại biểu',
    { body: delegateUpdateSchema },
    ({ req, actor, conf }) => updateDelegate(db, actor, conf, req.params.delegateId, req.body),
  );

  deleteRoute(
    app,
    `${base}/:delegateId`,
    {
      ...manage,
      summary: 'Xóa đại biểu',
      params: delegateParams,
    },
    ({ req, actor, conf }) => deleteDelegate(db, actor, conf, req.params.delegateId, req.query.version),
  );

  delegateWrite(
    'PUT',
    `${base}/:delegateId/rsvp`,
    'Xác nhận tham dự',
    { body: rsvpInputSchema },
    ({ req, actor, conf }) => updateRsvp(db, actor, conf, req.params.delegateId, req.body),
  );

  manageRoutes.post(
    `${base}/from-honorees`,
    {
      summary: 'Thêm người được vinh danh vào danh sách',
      params: confParams,
      body: addHonoreesSchema,
      response: { 200: addHonoreesView },
    },
    async ({ req, actor, conf }) => {
      const result = await addHonorees(db, actor, conf, req.body);
      return { ...result, composition: (await loadGauge(db, conf)).composition };
    },
  );

  readRoutes.post(
    `${base}/finalize`,
    {
      summary: 'Chốt danh sách đại biểu',
      params: confParams,
      body: finalizeSchema,
      response: { 200: compositionGaugeView },
    },
    async ({ req, actor, conf }) => {
      const scope = conferenceScope(conf);
      await finalizeList(db, actor, conf, req.body, {
        manage: can(actor, 'delegate.manage', scope),
        override: can(actor, 'delegate.override', scope),
      });
      return loadGauge(db, conf);
    },
  );

  manageRoutes.post(
    `${base}/reopen`,
    {
      summary: 'Mở lại danh sách đại biểu đã chốt',
      params: confParams,
      response: { 200: compositionGaugeView },
    },
    async ({ actor, conf }) => {
      await reopenList(db, actor, conf);
      return loadGauge(db, conf);
    },
  );

  manageRoutes.post(
    `${base}/invitations`,
    {
      summary: 'Mã mời (QR) cho giấy mời',
      params: confParams,
      body: issueInvitationsSchema,
      response: { 200: invitationsView },
    },
    async ({ req, actor, conf }) => {
      const items = await listInvitationData({ db, actor, conf, key: invitationKey(env), ...req.body });
      return { items, finalization: presentFinalization(await getDelegateList(db, conf.id)) };
    },
  );

  manageRoutes.post(
    `${base}/:delegateId/invitation/rotate`,
    {
      summary: 'Cấp lại mã mời (mã cũ hết hiệu lực)',
      params: delegateParams,
      response: { 200: invitationEntryView },
    },
    async ({ req, actor, conf }) => {
      const [entry] = await listInvitationData({
        db,
        actor,
        conf,
        key: invitationKey(env),
        delegateIds: [req.params.delegateId],
        rotate: true,
      });
      return entry!;
    },
  );
}
