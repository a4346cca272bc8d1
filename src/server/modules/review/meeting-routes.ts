import { EventEmitter } from 'node:events';
import { z } from 'zod';
import { type Actor, can } from '../../../shared/rules/permissions';
import { quorumReached } from '../../../shared/rules/tally';
import { uuidParam } from '../../../shared/schemas/primitives';
import {
  attendanceBodySchema,
  ballotInputSchema,
  castBodySchema,
  enteredCountsBodySchema,
  meetingInputSchema,
} from '../../../shared/schemas/review';
import type { AppInstance } from '../../app';
import { authorize, requireActor } from '../../auth/policy';
import type { Db } from '../../db/client';
import { forbidden, notFound } from '../../errors';
import { loadVisibleConference } from '../conferences/access';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import {
  castBallot,
  closeBallot,
  createBallot,
  enterCounts,
  loadBallotOr404,
  openBallot,
} from './ballot-mutations';
import {
  type BallotRow,
  findMemberForUser,
  getMeeting,
  getTally,
  listAttendance,
  listBallotItems,
  listBallotResults,
  listBallots,
  listCouncilMembers,
  listMeetings,
  listVoterIds,
  type MeetingRow,
} from './data';
import { closeMeeting, createMeeting, setAttendance } from './mutations';
import { listNominationNames } from './names';

const confParams = z.object({ conferenceId: uuidParam('Mã hội nghị') });
const meetingParams = confParams.extend({ meetingId: uuidParam('Mã phiên họp') });
const ballotParams = meetingParams.extend({ ballotId: uuidParam('Mã phiếu') });

/** Ballot progress and closing, for the live screens (server-sent events, this instance). */
const ballotEvents = new EventEmitter();
ballotEvents.setMaxListeners(1000);

async function loadMeeting(db: Db, actor: Actor, conferenceId: string, meetingId: string) {
  const conf = await loadVisibleConference(db, actor, conferenceId);
  authorize(actor, 'review.read', conferenceScope(conf));
  const meeting = await getMeeting(db, conf.id, meetingId);
  if (!meeting) throw notFound('phiên họp');
  return { conf, meeting };
}

async function presentBallot(db: Db, actor: Actor, conf: ConferenceRow, b: BallotRow, mySeat: string | null) {
  const items = await listBallotItems(db, b.id);
  const names = await listNominationNames(
    db,
    items.map((i) => i.nominationId),
  );
  const voters = await listVoterIds(db, b.id);
  const closed = b.status === 'closed';
  const results = closed ? await listBallotResults(db, b.id) : [];
  const tally = closed ? await getTally(db, b.id) : null;
  return {
    id: b.id,
    title: b.title,
    mode: b.mode,
    allowAbstain: b.allowAbstain,
    status: b.status,
    version: b.version,
    electorateSize: b.electorate.length,
    ballotsCast: b.mode === 'electronic' ? voters.length : (tally?.ballotsCast ?? null),
    papersIssued: b.papersIssued,
    papersReturned: b.papersReturned,
    items: items.map((i) => {
      const r = results.find((x) => x.nominationId === i.nominationId);
      return {
        id: i.id,
        nominationId: i.nominationId,
        ...names.get(i.nominationId),
        excluded: i.excluded,
        result: r
          ? {
              agree: r.agree,
              disagree: r.disagree,
              abstain: r.abstain,
              base: r.base,
              sharePercent: r.sharePercent,
              passed: r.passed,
              selected: r.selected,
              rank: r.rank,
              reason: r.reason,
            }
          : null,
      };
    }),
    me: mySeat
      ? {
          councilMemberId: mySeat,
          inElectorate: b.electorate.includes(mySeat),
          voted: voters.includes(mySeat),
          excludedItemIds: items
            .filter((i) => i.excluded.some((e) => e.councilMemberId === mySeat))
            .map((i) => i.id),
        }
      : null,
    permissions: { canManage: can(actor, 'review.manage', conferenceScope(conf)) },
  };
}

async function presentMeeting(db: Db, actor: Actor, conf: ConferenceRow, m: MeetingRow) {
  const members = (await listCouncilMembers(db, conf.organizationId, m.term)).filter((x) => x.active);
  const attendance = new Map((await listAttendance(db, m.id)).map((a) => [a.councilMemberId, a.present]));
  const present = members.filter((x) => attendance.get(x.id) === true).length;
  const seat = await findMemberForUser(db, conf.organizationId, m.term, actor.userId);
  const ballots = [];
  for (const b of await listBallots(db, m.id))
    ballots.push(await presentBallot(db, actor, conf, b, seat?.id ?? null));
  return {
    id: m.id,
    title: m.title,
    term: m.term,
    meetingDate: m.meetingDate,
    place: m.place,
    status: m.status,
    version: m.version,
    tallyCommittee: m.tallyCommittee,
    members: members.map((x) => ({
      id: x.id,
      fullName: x.fullName,
      position: x.position,
      unitId: x.unitId,
      present: attendance.get(x.id) ?? null,
    })),
    quorum: quorumReached(present, members.length, {
      numerator: m.quorumNumerator,
      denominator: m.quorumDenominator,
    }),
    mySeat: seat ? { id: seat.id, present: attendance.get(seat.id) ?? null } : null,
    ballots,
    permissions: { canManage: can(actor, 'review.manage', conferenceScope(conf)) },
  };
}

export async function meetingRoutes(app: AppInstance) {
  const { db } = app.deps;
  const manage = async (
    req: { params: { conferenceId: string; meetingId: string } } & { actor: Actor | null },
  ) => {
    const actor = requireActor(req as never);
    const ctx = await loadMeeting(db, actor, req.params.conferenceId, req.params.meetingId);
    authorize(actor, 'review.manage', conferenceScope(ctx.conf));
    return { actor, ...ctx };
  };

  app.get(
    '/api/conferences/:conferenceId/meetings',
    {
      config: { policy: 'review.read' },
      schema: { tags: ['review'], summary: 'Các phiên họp xét', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
      authorize(actor, 'review.read', conferenceScope(conf));
      return {
        items: (await listMeetings(db, conf.id)).map((m) => ({
          id: m.id,
          title: m.title,
          term: m.term,
          meetingDate: m.meetingDate,
          status: m.status,
        })),
        permissions: { canManage: can(actor, 'review.manage', conferenceScope(conf)) },
      };
    },
  );

  app.post(
    '/api/conferences/:conferenceId/meetings',
    {
      config: { policy: 'review.manage' },
      schema: {
        tags: ['review'],
        summary: 'Tạo phiên họp xét',
        params: confParams,
        body: meetingInputSchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
      authorize(actor, 'review.manage', conferenceScope(conf));
      const m = await createMeeting(db, actor, conf, req.body);
      return reply.code(201).send(await presentMeeting(db, actor, conf, m));
    },
  );

  app.get(
    '/api/conferences/:conferenceId/meetings/:meetingId',
    {
      config: { policy: 'review.read' },
      schema: { tags: ['review'], summary: 'Phiên họp: điểm danh, túc số, phiếu', params: meetingParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const { conf, meeting } = await loadMeeting(db, actor, req.params.conferenceId, req.params.meetingId);
      return presentMeeting(db, actor, conf, meeting);
    },
  );

  app.put(
    '/api/conferences/:conferenceId/meetings/:meetingId/attendance',
    {
      config: { policy: 'review.read' },
      schema: {
        tags: ['review'],
        summary: 'Điểm danh (thư ký, hoặc thành viên tự báo có mặt)',
        params: meetingParams,
        body: attendanceBodySchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { conf, meeting } = await loadMeeting(db, actor, req.params.conferenceId, req.params.meetingId);
      const seat = await findMemberForUser(db, conf.organizationId, meeting.term, actor.userId);
      if (seat?.id !== req.body.councilMemberId) authorize(actor, 'review.manage', conferenceScope(conf));
      await setAttendance(db, actor, conf, meeting, req.body);
      return presentMeeting(db, actor, conf, (await getMeeting(db, conf.id, meeting.id))!);
    },
  );

  app.post(
    '/api/conferences/:conferenceId/meetings/:meetingId/close',
    {
      config: { policy: 'review.manage' },
      schema: { tags: ['review'], summary: 'Kết thúc phiên họp', params: meetingParams },
    },
    async (req) => {
      const { actor, conf, meeting } = await manage(req);
      return presentMeeting(db, actor, conf, await closeMeeting(db, actor, conf, meeting));
    },
  );

  app.post(
    '/api/conferences/:conferenceId/meetings/:meetingId/ballots',
    {
      config: { policy: 'review.manage' },
      schema: { tags: ['review'], summary: 'Tạo phiếu xét', params: meetingParams, body: ballotInputSchema },
    },
    async (req, reply) => {
      const { actor, conf, meeting } = await manage(req);
      const b = await createBallot(db, actor, conf, meeting, req.body);
      return reply.code(201).send(await presentBallot(db, actor, conf, b, null));
    },
  );

  app.post(
    '/api/conferences/:conferenceId/meetings/:meetingId/ballots/:ballotId/:action',
    {
      config: { policy: 'review.manage' },
      schema: {
        tags: ['review'],
        summary: 'Mở / đóng phiếu',
        params: ballotParams.extend({
          action: z.enum(['open', 'close'], { error: 'Thao tác không hợp lệ' }),
        }),
      },
    },
    async (req) => {
      const { actor, conf, meeting } = await manage(req);
      const b = await loadBallotOr404(db, meeting, req.params.ballotId);
      const after =
        req.params.action === 'open'
          ? await openBallot(db, actor, conf, meeting, b)
          : await closeBallot(db, actor, conf, meeting, b);
      ballotEvents.emit(b.id, req.params.action === 'open' ? 'opened' : 'closed');
      return presentBallot(db, actor, conf, after, null);
    },
  );

  app.put(
    '/api/conferences/:conferenceId/meetings/:meetingId/ballots/:ballotId/counts',
    {
      config: { policy: 'review.manage' },
      schema: {
        tags: ['review'],
        summary: 'Nhập kết quả kiểm phiếu giấy / biểu quyết',
        params: ballotParams,
        body: enteredCountsBodySchema,
      },
    },
    async (req) => {
      const { actor, conf, meeting } = await manage(req);
      const b = await loadBallotOr404(db, meeting, req.params.ballotId);
      return presentBallot(db, actor, conf, await enterCounts(db, actor, conf, meeting, b, req.body), null);
    },
  );

  app.post(
    '/api/conferences/:conferenceId/meetings/:meetingId/ballots/:ballotId/cast',
    {
      config: { policy: 'review.read', keepsReadCache: true },
      schema: {
        tags: ['review'],
        summary: 'Bỏ phiếu kín (thành viên có mặt)',
        params: ballotParams,
        body: castBodySchema,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { conf, meeting } = await loadMeeting(db, actor, req.params.conferenceId, req.params.meetingId);
      const seat = await findMemberForUser(db, conf.organizationId, meeting.term, actor.userId);
      if (!seat) throw forbidden('Bạn không phải thành viên Hội đồng nhiệm kỳ này');
      const b = await loadBallotOr404(db, meeting, req.params.ballotId);
      const { receipt } = await castBallot(db, b, seat.id, req.body.choices);
      ballotEvents.emit(b.id, 'progress');
      return {
        receipt,
        message:
          'Đã ghi nhận phiếu của bạn. Mã xác nhận chỉ chứng minh bạn đã bỏ phiếu, không cho biết bạn chọn gì.',
      };
    },
  );

  app.get(
    '/api/conferences/:conferenceId/meetings/:meetingId/ballots/:ballotId/events',
    {
      config: { policy: 'review.read' },
      schema: {
        tags: ['review'],
        summary: 'Theo dõi trực tiếp phiếu (server-sent events)',
        params: ballotParams,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { conf, meeting } = await loadMeeting(db, actor, req.params.conferenceId, req.params.meetingId);
      const b = await loadBallotOr404(db, meeting, req.params.ballotId);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      const send = async () => {
        const fresh = await loadBallotOr404(db, meeting, b.id);
        const body = await presentBallot(db, actor, conf, fresh, null);
        res.write(`data: ${JSON.stringify(body)}\n\n`);
      };
      const onEvent = () => void send().catch(() => res.end());
      ballotEvents.on(b.id, onEvent);
      req.raw.on('close', () => ballotEvents.off(b.id, onEvent));
      await send();
    },
  );
}
