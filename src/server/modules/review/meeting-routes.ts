import { z } from 'zod';
import type { Actor } from '../../../shared/rules/permissions';
import { can } from '../../../shared/rules/permissions';
import {
  attendanceBodySchema,
  ballotInputSchema,
  enteredCountsBodySchema,
  meetingInputSchema,
} from '../../../shared/schemas/review';
import { authorize, requireActor } from '../../auth/policy';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { loadVisibleConference } from '../conferences/access';
import { conferenceScope } from '../conferences/policy';
import { ballotLiveRoutes } from './ballot-live-routes';
import { closeBallot, createBallot, enterCounts, loadBallotOr404, openBallot } from './ballot-mutations';
import { findMemberForUser, getMeeting, listMeetings } from './data';
import { ballotEvents, ballotParams, loadMeeting, meetingParams } from './meeting-context';
import { closeMeeting, createMeeting, setAttendance } from './mutations';
import { presentBallot, presentMeeting } from './presenters';

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
      config: { policy: 'review.manage', keepsActorCache: true },
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
      config: { policy: 'review.read', keepsActorCache: true },
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
      config: { policy: 'review.manage', keepsActorCache: true },
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
      config: { policy: 'review.manage', keepsActorCache: true },
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
      config: { policy: 'review.manage', keepsActorCache: true },
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
      if (req.params.action === 'open') {
        const opened = await openBallot(db, actor, conf, meeting, b);
        ballotEvents.emit(b.id, 'opened');
        return presentBallot(db, actor, conf, opened, null);
      }
      const { ballot: closed, results } = await closeBallot(db, actor, conf, meeting, b);
      ballotEvents.emit(b.id, 'closed');
      return presentBallot(db, actor, conf, closed, null, { results });
    },
  );

  app.put(
    '/api/conferences/:conferenceId/meetings/:meetingId/ballots/:ballotId/counts',
    {
      config: { policy: 'review.manage', keepsActorCache: true },
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

  await ballotLiveRoutes(app);
}
