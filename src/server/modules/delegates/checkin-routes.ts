// Đón tiếp (reception): routes listed in routes.ts. Check-ins fan out to every reception page of
// the conference, on every instance, as server-sent events (live events written by the check-in's
// own transaction, checkin-mutations.ts).
import {
  checkInResultView,
  checkInUndoneView,
  checkinInputSchema,
  checkinSearchQuery,
  checkinSummaryView,
  delegateItemsView,
  walkInSchema,
} from '../../../shared/schemas/delegates';
import type { AppInstance } from '../../http/app-types';
import { streamLive } from '../../http/event-stream';
import { confParams } from '../../http/params';
import { eventStream } from '../../http/responses';
import { routeGroup } from '../../http/route';
import { checkinContexts, delegateParams } from './access';
import { FORGED_TOKEN, refuseToken, undoCheckin, walkIn } from './checkin-mutations';
import { enqueueCheckin } from './checkin-queue';
import { checkinSyncRoutes } from './checkin-sync-routes';
import { presentCheckinResult, presentCheckinSummary, presentCheckinUndone, presentMany } from './presenters';
import { hashToken, isWellFormedToken, normalizeToken } from './tokens';

/** Check-ins neither change who anyone is nor anything a read cache holds. */
const KEEPS_CACHES = { keepsReadCache: true, keepsActorCache: true } as const;

export async function checkinRoutes(app: AppInstance) {
  // đón tiếp ngoại tuyến: the day list and the offline batch
  await checkinSyncRoutes(app);
  const { db } = app.deps;
  // the conference comes from the reception's cached loader, not route()'s
  const spec = {
    policy: 'delegate.checkin' as const,
    tags: ['checkin'],
    params: confParams,
    loadConference: false,
  };
  const checkin = routeGroup(app, spec);
  const load = checkinContexts(app);
  const base = '/api/conferences/:conferenceId';

  checkin.get(
    `${base}/checkin/summary`,
    {
      summary: 'Đón tiếp: số đã đến theo nhóm và cơ cấu',
      response: { 200: checkinSummaryView },
    },
    async ({ req, actor }) => {
      const { conf, window } = await load(actor, req.params.conferenceId, 'read');
      return presentCheckinSummary(db, conf, window);
    },
  );

  checkin.get(
    `${base}/checkin/search`,
    {
      summary: 'Đón tiếp: tìm đại biểu theo tên (có hoặc không dấu)',
      querystring: checkinSearchQuery,
      response: { 200: delegateItemsView },
    },
    async ({ req, actor }) => {
      const { conf } = await load(actor, req.params.conferenceId, 'read');
      return { items: await presentMany(db, actor, conf, { q: req.query.q }, req.query.limit) };
    },
  );

  checkin.get(
    `${base}/checkin/not-arrived`,
    { summary: 'Đón tiếp: đại biểu chưa đến', response: { 200: delegateItemsView } },
    async ({ req, actor }) => {
      const { conf } = await load(actor, req.params.conferenceId, 'read');
      return { items: await presentMany(db, actor, conf, { arrived: false }) };
    },
  );

  checkin.post(
    `${base}/checkins`,
    {
      config: KEEPS_CACHES,
      summary: 'Đón tiếp: ghi nhận đại biểu đã đến (mã QR hoặc tìm theo tên)',
      body: checkinInputSchema,
      response: { 200: checkInResultView, 201: checkInResultView },
    },
    async ({ req, reply, actor }) => {
      // a forged or foreign token is refused as such, whatever the day
      const { conf, closed } = await load(actor, req.params.conferenceId, 'none');
      let tokenHash: string | undefined;
      if (req.body.token) {
        const token = normalizeToken(req.body.token);
        if (!isWellFormedToken(token)) throw refuseToken(FORGED_TOKEN);
        tokenHash = hashToken(token);
      }
      const outcome = await enqueueCheckin(db, {
        actor,
        conferenceId: conf.id,
        conf,
        tokenHash,
        delegateId: req.body.delegateId,
        method: tokenHash ? 'qr' : 'search',
        closed,
      });
      return reply.code(outcome.inserted ? 201 : 200).send(presentCheckinResult(actor, conf, outcome));
    },
  );

  checkin.created(
    `${base}/checkins/walk-in`,
    {
      config: KEEPS_CACHES,
      summary: 'Đón tiếp: thêm khách đến không có trong danh sách',
      body: walkInSchema,
      response: { 201: checkInResultView },
    },
    async ({ req, actor }) => {
      const { conf } = await load(actor, req.params.conferenceId, 'write');
      const outcome = await walkIn(db, actor, conf, req.body);
      return presentCheckinResult(actor, conf, outcome);
    },
  );

  checkin.delete(
    `${base}/checkins/:delegateId`,
    {
      params: delegateParams,
      config: KEEPS_CACHES,
      summary: 'Đón tiếp: hoàn tác lượt đón (bấm nhầm người) — đại biểu trở lại "chưa đến"',
      response: { 200: checkInUndoneView },
    },
    async ({ req, actor }) => {
      const { conf } = await load(actor, req.params.conferenceId, 'write');
      const undone = await undoCheckin(db, actor, conf, req.params.delegateId);
      return presentCheckinUndone(actor, conf, undone);
    },
  );

  checkin.get(
    `${base}/checkin/events`,
    {
      summary: 'Đón tiếp: các lượt đón trực tiếp (server-sent events)',
      response: {
        200: eventStream(
          '`event: checkin` với một CheckInEvent mỗi lượt đón; `event: checkin_undone` khi một lượt đón được hoàn tác; `id:` để nối lại (Last-Event-ID hoặc ?lastEventId=)',
        ),
      },
    },
    async ({ req, reply, actor }) => {
      const { conf } = await load(actor, req.params.conferenceId, 'read');
      // The first comment tells the page the stream is live (it then refetches the counts once);
      // a reconnection (Last-Event-ID) first gets the check-ins it missed, from any instance.
      return streamLive(req, reply, app.live, conf.id, ['checkin', 'checkin_undone'], { ready: 'ready' });
    },
  );
}
