// Đón tiếp (reception): routes listed in routes.ts. Check-ins fan out to every reception page of
// the conference on this instance as server-sent events.

import { checkinWindow, formatClock } from '../../../shared/rules/checkin-window';
import { checkComposition } from '../../../shared/rules/delegate-composition';
import type { Actor } from '../../../shared/rules/permissions';
import { todayInVietnam } from '../../../shared/rules/timeline';
import {
  type CheckInEvent,
  type CheckInResult,
  type CheckinSummary,
  checkinInputSchema,
  checkinSearchQuery,
  walkInSchema,
} from '../../../shared/schemas/delegates';
import { authorize, requireActor } from '../../auth/policy';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { cacheTtl, ReadCache } from '../../read-cache';
import { visibleTo } from '../conferences/access';
import { type ConferenceRow, getConference } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import { type CheckinOutcome, walkIn } from './checkin-mutations';
import { enqueueCheckin, FORGED_TOKEN, refuseToken } from './checkin-queue';
import { assertWindow, checkinEvents, composedOf, presentMany } from './context';
import { getConferenceDay, listComposition } from './data';
import { categoryLabels, listPermissions, presentCheckIn, presentDelegate } from './policy';
import { hashToken, isWellFormedToken, normalizeToken } from './tokens';

const HEARTBEAT_MS = 20_000;
/** How long another instance's plan or conference-day edit can go unseen here (PostgreSQL only). */
const CONTEXT_CACHE_MS = 1000;
/** Check-ins neither change who anyone is nor anything a read cache holds. */
const KEEPS_CACHES = { keepsReadCache: true, keepsActorCache: true } as const;

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
  // The conference and its day, read once per write generation: a check-in needs them on every scan.
  const contexts = new ReadCache<
    Promise<{ conf: ConferenceRow | null; day: Awaited<ReturnType<typeof getConferenceDay>> }>
  >(cacheTtl(app.deps, CONTEXT_CACHE_MS));
  const load = async (actor: Actor, conferenceId: string, purpose: 'read' | 'write' | 'none') => {
    const gen = app.readGeneration();
    let ctx = contexts.get(conferenceId, gen);
    if (!ctx) {
      ctx = (async () => {
        const conf = await getConference(db, conferenceId);
        return { conf, day: conf ? await getConferenceDay(db, conf) : null };
      })();
      contexts.set(conferenceId, ctx, gen);
      ctx.catch(() => contexts.delete(conferenceId));
    }
    const c = await ctx;
    // visibility, permission and the day are checked on every request
    const conf = visibleTo(actor, c.conf);
    authorize(actor, 'delegate.checkin', conferenceScope(conf));
    const window = checkinWindow(c.day, todayInVietnam());
    if (purpose !== 'none') assertWindow(actor, conf, window, purpose);
    return { conf, window };
  };
  const base = '/api/conferences/:conferenceId';

  app.get(
    `${base}/checkin/summary`,
    {
      config: { policy: 'delegate.checkin' },
      schema: { tags, summary: 'Đón tiếp: số đã đến theo nhóm và cơ cấu', params: confParams },
    },
    async (req) => {
      const actor = requireActor(req);
      const { conf, window } = await load(actor, req.params.conferenceId, 'read');
      return summary(db, conf, window);
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
      const { conf } = await load(actor, req.params.conferenceId, 'read');
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
      const { conf } = await load(actor, req.params.conferenceId, 'read');
      return { items: await presentMany(db, actor, conf, { arrived: false }) };
    },
  );

  app.post(
    `${base}/checkins`,
    {
      config: { policy: 'delegate.checkin', ...KEEPS_CACHES },
      schema: {
        tags,
        summary: 'Đón tiếp: ghi nhận đại biểu đã đến (mã QR hoặc tìm theo tên)',
        params: confParams,
        body: checkinInputSchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      // a forged or foreign token is refused as such, whatever the day
      const { conf, window } = await load(actor, req.params.conferenceId, 'none');
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
        closed: window.open
          ? null
          : new AppError('INVALID_STATE', window.reason ?? 'Ngoài thời gian đón tiếp'),
      });
      publish(conf, outcome);
      return reply.code(outcome.inserted ? 201 : 200).send(answer(actor, conf, outcome));
    },
  );

  app.post(
    `${base}/checkins/walk-in`,
    {
      config: { policy: 'delegate.checkin', ...KEEPS_CACHES },
      schema: {
        tags,
        summary: 'Đón tiếp: thêm khách đến không có trong danh sách',
        params: confParams,
        body: walkInSchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { conf } = await load(actor, req.params.conferenceId, 'write');
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
      const { conf } = await load(actor, req.params.conferenceId, 'read');
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
