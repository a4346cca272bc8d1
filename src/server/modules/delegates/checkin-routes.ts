// Đón tiếp (reception): routes listed in routes.ts. Check-ins fan out to every reception page of
// the conference on this instance as server-sent events.
import {
  type CheckInEvent,
  type CheckInUndoneEvent,
  checkInResultView,
  checkInUndoneView,
  checkinInputSchema,
  checkinSearchQuery,
  checkinSummaryView,
  delegateItemsView,
  walkInSchema,
} from '../../../shared/schemas/delegates';
import type { AppInstance } from '../../http/app-types';
import { openEventStream } from '../../http/event-stream';
import { confParams } from '../../http/params';
import { eventStream } from '../../http/responses';
import { routeGroup } from '../../http/route';
import type { ConferenceRow } from '../conferences/data';
import { checkinContexts, checkinEvents, delegateParams, undoneChannel } from './access';
import { FORGED_TOKEN, refuseToken, undoCheckin, walkIn } from './checkin-mutations';
import { enqueueCheckin } from './checkin-queue';
import { checkinSyncRoutes } from './checkin-sync-routes';
import type { CheckinOutcome } from './data';
import {
  presentCheckinEvent,
  presentCheckinResult,
  presentCheckinSummary,
  presentCheckinUndone,
  presentMany,
} from './presenters';
import { hashToken, isWellFormedToken, normalizeToken } from './tokens';

const HEARTBEAT_MS = 20_000;
/** Check-ins neither change who anyone is nor anything a read cache holds. */
const KEEPS_CACHES = { keepsReadCache: true, keepsActorCache: true } as const;

function publish(conf: ConferenceRow, o: CheckinOutcome): void {
  if (o.inserted) checkinEvents.emit(conf.id, presentCheckinEvent(conf, o));
}

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
        tokenHash,
        delegateId: req.body.delegateId,
        method: tokenHash ? 'qr' : 'search',
        closed,
      });
      publish(conf, outcome);
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
      publish(conf, outcome);
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
      const event: CheckInUndoneEvent = {
        delegateId: undone.delegate.id,
        fullName: undone.delegate.fullName,
      };
      checkinEvents.emit(undoneChannel(conf.id), event);
      return presentCheckinUndone(actor, conf, undone);
    },
  );

  checkin.get(
    `${base}/checkin/events`,
    {
      summary: 'Đón tiếp: các lượt đón trực tiếp (server-sent events)',
      response: {
        200: eventStream(
          '`event: checkin` với một CheckInEvent mỗi lượt đón; `event: checkin_undone` khi một lượt đón được hoàn tác',
        ),
      },
    },
    async ({ req, reply, actor }) => {
      const { conf } = await load(actor, req.params.conferenceId, 'read');
      const res = openEventStream(reply);
      // The first comment tells the page the stream is live (it then refetches the counts once).
      res.write(': ready\n\n');
      const listener = (e: CheckInEvent) => res.write(`event: checkin\ndata: ${JSON.stringify(e)}\n\n`);
      const onUndone = (e: CheckInUndoneEvent) =>
        res.write(`event: checkin_undone\ndata: ${JSON.stringify(e)}\n\n`);
      const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
      checkinEvents.on(conf.id, listener);
      checkinEvents.on(undoneChannel(conf.id), onUndone);
      req.raw.on('close', () => {
        clearInterval(heartbeat);
        checkinEvents.off(conf.id, listener);
        checkinEvents.off(undoneChannel(conf.id), onUndone);
      });
      return reply;
    },
  );
}
