// Đón tiếp (reception): routes listed in routes.ts. Check-ins fan out to every reception page of
// the conference on this instance as server-sent events.

import { formatClock } from '../../../shared/rules/checkin-window';
import { checkComposition } from '../../../shared/rules/delegate-composition';
import type { Actor } from '../../../shared/rules/permissions';
import {
  type CheckInEvent,
  type CheckInResult,
  type CheckinSummary,
  checkinInputSchema,
  checkinSearchQuery,
  walkInSchema,
} from '../../../shared/schemas/delegates';
import type { AppInstance } from '../../app';
import { requireActor } from '../../auth/policy';
import type { Db } from '../../db/client';
import type { ConferenceRow } from '../conferences/data';
import {
  type CheckinOutcome,
  delegateById,
  delegateOfToken,
  recordCheckin,
  walkIn,
} from './checkin-mutations';
import { checkinEvents, composedOf, confParams, loadConf, presentMany, requireWindow } from './context';
import { listComposition } from './data';
import { categoryLabels, listPermissions, presentCheckIn, presentDelegate } from './policy';

const HEARTBEAT_MS = 20_000;

function answer(actor: Actor, conf: ConferenceRow, o: CheckinOutcome): CheckInResult {
  const labels = categoryLabels(conf);
  const delegate = presentDelegate(
    { d: o.delegate, c: o.checkin },
    labels,
    listPermissions(actor, conf),
    false,
  );
  const checkIn = presentCheckIn(o.checkin);
  const seat = o.delegate.seatGroup ? ` — ${o.delegate.seatGroup}` : '';
  return {
    result: o.inserted ? 'checked_in' : 'already_checked_in',
    message: o.inserted
      ? `Đã đón ${o.delegate.fullName}${seat}`
      : `${o.delegate.fullName}: Đã đón lúc ${formatClock(o.checkin.checkedInAt)} bởi ${o.checkin.checkedInByName || 'lễ tân'}`,
    delegate,
    checkIn,
  };
}

function publish(conf: ConferenceRow, o: CheckinOutcome): void {
  if (!o.inserted) return;
  const event: CheckInEvent = {
    delegateId: o.delegate.id,
    fullName: o.delegate.fullName,
    category: o.delegate.category,
    categoryLabel: categoryLabels(conf).get(o.delegate.category) ?? o.delegate.category,
    seatGroup: o.delegate.seatGroup,
    unitName: o.delegate.unitName,
    walkIn: o.delegate.source === 'walk_in',
    checkIn: presentCheckIn(o.checkin),
  };
  checkinEvents.emit(conf.id, event);
}

async function summary(
  db: Db,
  conf: ConferenceRow,
  window: CheckinSummary['window'],
): Promise<CheckinSummary> {
  const rows = await listComposition(db, conf.id);
  const arrived = rows.filter((r) => r.arrived);
  const byCategory = conf.plan.delegateRules.categories.map((c) => ({
    key: c.key,
    label: c.label,
    total: rows.filter((r) => r.category === c.key).length,
    arrived: arrived.filter((r) => r.category === c.key).length,
  }));
  return {
    total: rows.length,
    arrived: arrived.length,
    byCategory,
    arrivedComposition: checkComposition(conf.plan.delegateRules, composedOf(arrived)),
    window,
  };
}

export async function checkinRoutes(app: AppInstance) {
  const { db } = app.deps;
  const tags = ['checkin'];
  const base = '/api/conferences/:conferenceId';

  app.get(
    `${base}/checkin/summary`,
    {
      config: { policy: 'delegate.checkin' },
      schema: { tags, summary: 'Đón tiếp: số đã đến theo nhóm và cơ cấu', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.checkin');
      return summary(db, conf, await requireWindow(db, actor, conf, 'read'));
    },
  );

  app.get(
    `${base}/checkin/search`,
    {
      config: { policy: 'delegate.checkin' },
      schema: {
        tags,
        summary: 'Đón tiếp: tìm đại biểu theo tên (có hoặc không dấu)',
        params: confParams,
        querystring: checkinSearchQuery,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.checkin');
      await requireWindow(db, actor, conf, 'read');
      return { items: await presentMany(db, actor, conf, { q: req.query.q }, req.query.limit) };
    },
  );

  app.get(
    `${base}/checkin/not-arrived`,
    {
      config: { policy: 'delegate.checkin' },
      schema: { tags, summary: 'Đón tiếp: đại biểu chưa đến', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.checkin');
      await requireWindow(db, actor, conf, 'read');
      return { items: await presentMany(db, actor, conf, { arrived: false }) };
    },
  );

  app.post(
    `${base}/checkins`,
    {
      config: { policy: 'delegate.checkin' },
      schema: {
        tags,
        summary: 'Đón tiếp: ghi nhận đại biểu đã đến (mã QR hoặc tìm theo tên)',
        params: confParams,
        body: checkinInputSchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.checkin');
      const d = req.body.token
        ? await delegateOfToken(db, conf, req.body.token)
        : await delegateById(db, conf, req.body.delegateId!);
      await requireWindow(db, actor, conf, 'write');
      const outcome = await recordCheckin(db, actor, d, req.body.token ? 'qr' : 'search');
      publish(conf, outcome);
      return reply.code(outcome.inserted ? 201 : 200).send(answer(actor, conf, outcome));
    },
  );

  app.post(
    `${base}/checkins/walk-in`,
    {
      config: { policy: 'delegate.checkin' },
      schema: {
        tags,
        summary: 'Đón tiếp: thêm khách đến không có trong danh sách',
        params: confParams,
        body: walkInSchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.checkin');
      await requireWindow(db, actor, conf, 'write');
      const outcome = await walkIn(db, actor, conf, req.body);
      publish(conf, outcome);
      return reply.code(201).send(answer(actor, conf, outcome));
    },
  );

  app.get(
    `${base}/checkin/events`,
    {
      config: { policy: 'delegate.checkin' },
      schema: { tags, summary: 'Đón tiếp: các lượt đón trực tiếp (server-sent events)', params: confParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadConf(db, actor, req.params.conferenceId, 'delegate.checkin');
      await requireWindow(db, actor, conf, 'read');
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      // The first comment tells the page the stream is live (it then refetches the counts once).
      res.write(': ready\n\n');
      const listener = (e: CheckInEvent) => res.write(`event: checkin\ndata: ${JSON.stringify(e)}\n\n`);
      const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
      checkinEvents.on(conf.id, listener);
      req.raw.on('close', () => {
        clearInterval(heartbeat);
        checkinEvents.off(conf.id, listener);
      });
    },
  );
}
