// Giấy mời and bảng tên as PDF. B = /api/conferences/:conferenceId
//
// method  path                                          policy            query → answer
// GET     B/delegates/invitations.pdf                   delegate.manage   ?paper=A4|A5[&ids=a,b,c] → one PDF, a page per
//                                                                         delegate (only the chosen ones, in that order)
// POST    B/delegates/invitations/sent                  delegate.manage   {items:[{id,version}]} → đã gửi (all or none)
// GET     B/delegates/:delegateId/invitation.pdf        delegate.manage   ?paper=A4|A5 → the delegate's invitation
// GET     B/delegates/name-cards.pdf                    delegate.read     ?kind=badge|place → per seat group
//
// Invitations need delegate.manage: printing gives any delegate without a token its token
// (listInvitationData, audited). The QR carries <origin>/checkin/<token>: PUBLIC_URL when set,
// else the origin the secretary's browser used (right when she prints from a LAN address).
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { inChosenOrder } from '../../../shared/rules/invitations';
import type { Actor } from '../../../shared/rules/permissions';
import { todayInVietnam } from '../../../shared/rules/timeline';
import { stripVietnameseMarks } from '../../../shared/rules/vietnamese-text';
import {
  type InvitationEntryView,
  invitationsQuery,
  invitationsSentInput,
  invitationsSentView,
} from '../../../shared/schemas/delegates';
import type { Db } from '../../db/client';
import { NO_STORE, sendDownload } from '../../documents/download';
import {
  type InvitationConference,
  type InvitationDelegate,
  renderInvitations,
} from '../../documents/invitation';
import { renderNameCards } from '../../documents/name-cards';
import { AppError } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { CONTENT_TYPES, fileResponse } from '../../http/responses';
import { route, routeGroup } from '../../http/route';
import { type ConferenceRow, getConferenceDay, getConferenceOverview } from '../conferences/data';
import { delegateParams } from './access';
import { markInvitationsSent } from './invitation-mutations';
import { listInvitationData } from './list-mutations';
import { presentMany } from './presenters';
import { invitationKey } from './tokens';

const paperQuery = z.object({
  paper: z.enum(['A4', 'A5'], { error: 'Khổ giấy phải là A4 hoặc A5' }).default('A4'),
});
const cardsQuery = z.object({
  kind: z
    .enum(['badge', 'place'], { error: 'Loại thẻ phải là badge (bảng tên) hoặc place (thẻ bàn)' })
    .default('badge'),
});

/** "Nguyễn Văn Đức" → "Nguyen-Van-Duc" for a file name. */
const slug = (s: string) =>
  stripVietnameseMarks(s)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** "Ông" / "Bà" from the recorded gender; "Ông/Bà" when unknown. */
export const salutation = (gender: 'male' | 'female' | null) =>
  gender === 'male' ? 'Ông' : gender === 'female' ? 'Bà' : 'Ông/Bà';

/** The invitation's code from the plan's ("KH-UBND" → "GM-UBND"). */
const invitationCode = (planCode: string | null | undefined) =>
  planCode && /^[A-ZĐ]+-/.test(planCode) ? planCode.replace(/^[A-ZĐ]+-/, 'GM-') : 'GM';

async function invitationConference(db: Db, conf: ConferenceRow): Promise<InvitationConference> {
  const [overview, day] = await Promise.all([getConferenceOverview(db, conf.id), getConferenceDay(db, conf)]);
  if (!day) {
    throw new AppError(
      'INVALID_STATE',
      'Hội nghị chưa có ngày tổ chức (mốc "Ngày hội nghị"): chưa in được giấy mời',
    );
  }
  const plan = conf.plan;
  return {
    parentAgency: overview?.organization.parentName ?? '',
    issuingAgency: overview?.organization.name ?? '',
    documentNumber: null,
    documentCode: invitationCode(plan.documentCode),
    issuePlace: plan.issuePlace,
    issuedOn: todayInVietnam(),
    conferenceName: plan.name,
    date: day.start,
    time: day.startTime,
    place: plan.plannedPlace || '',
    signer: plan.signer,
  };
}

/** PUBLIC_URL when set, else the origin the secretary's browser used. */
function origin(req: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${req.protocol}://${req.host}`;
}

const toInvitation =
  (base: string) =>
  (e: InvitationEntryView): InvitationDelegate => ({
    salutation: salutation(e.gender),
    fullName: e.fullName,
    position: e.title,
    unitName: e.unitName,
    seatGroup: e.seatGroup,
    checkInUrl: `${base}${e.checkinPath}`,
  });

export async function delegatePdfRoutes(app: AppInstance) {
  const { db, env } = app.deps;
  const tags = ['delegates'];
  const base = '/api/conferences/:conferenceId/delegates';
  /** The invitations of every delegate (or of the ones named), issuing tokens where missing. */
  const invitations = async (
    req: FastifyRequest & { query: { paper: 'A4' | 'A5' } },
    actor: Actor,
    conf: ConferenceRow,
    delegateIds?: string[],
  ) => {
    const conference = await invitationConference(db, conf);
    const listed = await listInvitationData({ db, actor, conf, key: invitationKey(env), delegateIds });
    const entries = delegateIds ? inChosenOrder(listed, delegateIds, (e) => e.delegateId) : listed;
    if (entries.length === 0)
      throw new AppError('INVALID_STATE', 'Danh sách chưa có đại biểu nào để in giấy mời');
    const base = origin(req, env.PUBLIC_URL);
    const pdf = await renderInvitations(conference, entries.map(toInvitation(base)), {
      paper: req.query.paper,
    });
    return { pdf, entries };
  };
  const delegateManage = routeGroup(app, { tags, policy: 'delegate.manage' });

  delegateManage.get(
    `${base}/invitations.pdf`,
    {
      summary: 'Giấy mời tất cả đại biểu hoặc các đại biểu đã chọn (PDF)',
      params: confParams,
      querystring: invitationsQuery,
      response: {
        200: fileResponse('Giấy mời tất cả đại biểu hoặc các đại biểu đã chọn (PDF)', CONTENT_TYPES.pdf),
      },
    },
    async ({ req, reply, actor, conf }) => {
      const { pdf } = await invitations(req, actor, conf, req.query.ids);
      return sendDownload(reply, {
        type: 'pdf',
        name: req.query.ids ? `Giay-moi-da-chon-${req.query.paper}.pdf` : `Giay-moi-${req.query.paper}.pdf`,
        bytes: pdf,
        headers: NO_STORE,
      });
    },
  );

  delegateManage.post(
    `${base}/invitations/sent`,
    {
      summary: 'Đánh dấu đã gửi giấy mời cho các đại biểu đã chọn (tất cả hoặc không)',
      params: confParams,
      body: invitationsSentInput,
      response: { 200: invitationsSentView },
    },
    async ({ req, actor, conf }) => markInvitationsSent({ db, actor, conf, items: req.body.items }),
  );

  delegateManage.get(
    `${base}/:delegateId/invitation.pdf`,
    {
      summary: 'Giấy mời một đại biểu (PDF)',
      params: delegateParams,
      querystring: paperQuery,
      response: { 200: fileResponse('Giấy mời một đại biểu (PDF)', CONTENT_TYPES.pdf) },
    },
    async ({ req, reply, actor, conf }) => {
      const { pdf, entries } = await invitations(req, actor, conf, [req.params.delegateId]);
      return sendDownload(reply, {
        type: 'pdf',
        name: `Giay-moi-${slug(entries[0]?.fullName ?? '')}.pdf`,
        bytes: pdf,
        headers: NO_STORE,
      });
    },
  );

  route(
    app,
    'GET',
    `${base}/name-cards.pdf`,
    {
      policy: 'delegate.read',
      tags,
      summary: 'Bảng tên / thẻ bàn theo khu vực ghế (PDF)',
      params: confParams,
      querystring: cardsQuery,
      response: { 200: fileResponse('Bảng tên / thẻ bàn theo khu vực ghế (PDF)', CONTENT_TYPES.pdf) },
    },
    async ({ req, reply, actor, conf }) => {
      const items = await presentMany(db, actor, conf);
      if (items.length === 0)
        throw new AppError('INVALID_STATE', 'Danh sách chưa có đại biểu nào để in bảng tên');
      const overview = await getConferenceOverview(db, conf.id);
      const pdf = await renderNameCards(
        { conferenceName: conf.plan.name, issuingAgency: overview?.organization.name ?? '' },
        items.map((d) => ({
          fullName: d.fullName,
          position: d.title,
          unitName: d.unitName,
          seatGroup: d.seatGroup,
          categoryLabel: d.categoryLabel,
        })),
        { kind: req.query.kind },
      );
      const name = req.query.kind === 'badge' ? 'Bang-ten.pdf' : 'The-ban.pdf';
      return sendDownload(reply, { type: 'pdf', name, bytes: pdf, headers: NO_STORE });
    },
  );
}
