import { z } from 'zod';
import { can } from '../../../shared/rules/permissions';
import {
  attendanceBodySchema,
  ballotInputSchema,
  ballotView,
  enteredCountsBodySchema,
  meetingInputSchema,
  meetingListView,
  meetingView,
} from '../../../shared/schemas/review';
import { authorize } from '../../auth/policy';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { route, routeGroup } from '../../http/route';
import { conferenceScope } from '../conferences/policy';
import { ballotParams, loadBallot, loadMeeting, meetingParams } from './access';
import { ballotLiveRoutes } from './ballot-live-routes';
import { createBallot, enterCounts, openBallot } from './ballot-mutations';
import { closeBallot } from './close-mutations';
import { findMemberForUser, getMeeting, listMeetings } from './data';
import { closeMeeting, createMeeting, setAttendance } from './mutations';
import { presentBallot, presentMeeting, presentMeetingSummary } from './presenters';

const tags = ['review'];
/** Meeting and ballot writes change no one's identity or permissions. */
const config = { keepsActorCache: true };

export async function meetingRoutes(app: AppInstance) {
  const { db } = app.deps;
  const reviewRead = routeGroup(app, { tags, policy: 'review.read' });
  const reviewManage = routeGroup(app, { tags, policy: 'review.manage', config, params: meetingParams });

  reviewRead.get(
    '/api/conferences/:conferenceId/meetings',
    {
      summary: 'Các phiên họp xét',
      params: confParams,
      response: { 200: meetingListView },
    },
    async ({ actor, conf }) => ({
      items: (await listMeetings(db, conf.id)).map(presentMeetingSummary),
      permissions: { canManage: can(actor, 'review.manage', conferenceScope(conf)) },
    }),
  );

  reviewManage.created(
    '/api/conferences/:conferenceId/meetings',
    {
      summary: 'Tạo phiên họp xét',
      params: confParams,
      body: meetingInputSchema,
      response: { 201: meetingView },
    },
    async ({ req, actor, conf }) => {
      const m = await createMeeting(db, actor, conf, req.body);
      return await presentMeeting(db, actor, conf, m);
    },
  );

  reviewRead.get(
    '/api/conferences/:conferenceId/meetings/:meetingId',
    {
      summary: 'Phiên họp: điểm danh, túc số, phiếu',
      params: meetingParams,
      response: { 200: meetingView },
    },
    async ({ req, actor, conf }) =>
      presentMeeting(db, actor, conf, await loadMeeting(db, conf, req.params.meetingId)),
  );

  route(
    app,
    'PUT',
    '/api/conferences/:conferenceId/meetings/:meetingId/attendance',
    {
      policy: 'review.read',
      config,
      tags,
      summary: 'Điểm danh (thư ký, hoặc thành viên tự báo có mặt)',
      params: meetingParams,
      body: attendanceBodySchema,
      response: { 200: meetingView },
    },
    async ({ req, actor, conf }) => {
      const meeting = await loadMeeting(db, conf, req.params.meetingId);
      const seat = await findMemberForUser(db, conf.organizationId, meeting.term, actor.userId);
      if (seat?.id !== req.body.councilMemberId) authorize(actor, 'review.manage', conferenceScope(conf));
      await setAttendance(db, actor, conf, meeting, req.body);
      return presentMeeting(db, actor, conf, (await getMeeting(db, conf.id, meeting.id))!);
    },
  );

  reviewManage.post(
    '/api/conferences/:conferenceId/meetings/:meetingId/close',
    {
      summary: 'Kết thúc phiên họp',
      response: { 200: meetingView },
    },
    async ({ req, actor, conf }) => {
      const meeting = await loadMeeting(db, conf, req.params.meetingId);
      return presentMeeting(db, actor, conf, await closeMeeting(db, actor, conf, meeting));
    },
  );

  reviewManage.created(
    '/api/conferences/:conferenceId/meetings/:meetingId/ballots',
    {
      summary: 'Tạo phiếu xét',
      body: ballotInputSchema,
      response: { 201: ballotView },
    },
    async ({ req, actor, conf }) => {
      const meeting = await loadMeeting(db, conf, req.params.meetingId);
      const ballot = await createBallot(db, actor, conf, meeting, req.body);
      return await presentBallot({ db, actor, conf, ballot });
    },
  );

  reviewManage.post(
    '/api/conferences/:conferenceId/meetings/:meetingId/ballots/:ballotId/:action',
    {
      summary: 'Mở / đóng phiếu',
      params: ballotParams.extend({
        action: z.enum(['open', 'close'], { error: 'Thao tác không hợp lệ' }),
      }),
      response: { 200: ballotView },
    },
    async ({ req, actor, conf }) => {
      const meeting = await loadMeeting(db, conf, req.params.meetingId);
      const b = await loadBallot(db, meeting, req.params.ballotId);
      if (req.params.action === 'open') {
        const ballot = await openBallot(db, actor, conf, meeting, b);
        return presentBallot({ db, actor, conf, ballot });
      }
      const { ballot, results, names } = await closeBallot(db, actor, conf, meeting, b, app.live);
      return presentBallot({ db, actor, conf, ballot, results, names });
    },
  );

  reviewManage.put(
    '/api/conferences/:conferenceId/meetings/:meetingId/ballots/:ballotId/counts',
    {
      summary: 'Nhập kết quả kiểm phiếu giấy / biểu quyết',
      params: ballotParams,
      body: enteredCountsBodySchema,
      response: { 200: ballotView },
    },
    async ({ req, actor, conf }) => {
      const meeting = await loadMeeting(db, conf, req.params.meetingId);
      const b = await loadBallot(db, meeting, req.params.ballotId);
      const ballot = await enterCounts(db, actor, conf, meeting, b, req.body);
      return presentBallot({ db, actor, conf, ballot });
    },
  );

  await ballotLiveRoutes(app);
}
