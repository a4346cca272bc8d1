// Đón tiếp ngoại tuyến: the day's list a reception phone keeps (IndexedDB) and the batch it sends
// back when the network returns. Registered from checkin-routes.ts, same policy (delegate.checkin).
import { keepListUntil, mayDownloadDayList } from '../../../shared/rules/checkin-sync';
import { todayInVietnam } from '../../../shared/rules/timeline';
import { compareVietnameseNames } from '../../../shared/rules/vietnamese-text';
import {
  type DayListView,
  dayListView,
  syncInput,
  syncResultView,
} from '../../../shared/schemas/checkin-sync';
import { AppError } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { routeGroup } from '../../http/route';
import { checkinContexts } from './access';
import { syncCheckins } from './checkin-sync-mutations';
import { listDelegates } from './data';
import { categoryLabels, presentCheckIn } from './presenters';

const KEEPS_CACHES = { keepsReadCache: true, keepsActorCache: true } as const;

export async function checkinSyncRoutes(app: AppInstance) {
  const { db, env } = app.deps;
  const checkin = routeGroup(app, {
    policy: 'delegate.checkin' as const,
    tags: ['checkin'],
    params: confParams,
    loadConference: false,
  });
  const load = checkinContexts(app);
  const base = '/api/conferences/:conferenceId';

  checkin.get(
    `${base}/checkin/day-list`,
    {
      summary:
        'Đón tiếp ngoại tuyến: danh sách đại biểu trong ngày để máy lễ tân lưu (không có số điện thoại, email, mã mời)',
      response: { 200: dayListView },
    },
    async ({ req, reply, actor }) => {
      const { conf, window } = await load(actor, req.params.conferenceId, 'none');
      if (!mayDownloadDayList(window, todayInVietnam())) {
        throw new AppError('INVALID_STATE', window.reason ?? 'Ngoài thời gian đón tiếp');
      }
      const [rows, lastEventId] = await Promise.all([listDelegates(db, conf.id), app.live.latestId(conf.id)]);
      const labels = categoryLabels(conf);
      const view: DayListView = {
        conferenceId: conf.id,
        conferenceName: conf.plan.name,
        window,
        keepUntil: keepListUntil(window),
        lastEventId,
        generatedAt: new Date().toISOString(),
        delegates: rows
          .map(({ d, c }) => ({
            id: d.id,
            fullName: d.fullName,
            searchName: d.searchName,
            category: d.category,
            categoryLabel: labels.get(d.category) ?? d.category,
            subgroup: d.subgroup,
            unitName: d.unitName,
            seatGroup: d.seatGroup,
            walkIn: d.source === 'walk_in',
            tokenHash: d.tokenHash,
            checkIn: c ? presentCheckIn(c) : null,
          }))
          .sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)),
      };
      // personal data: never kept by a shared cache or the service worker
      reply.header('cache-control', 'no-store');
      return view;
    },
  );

  checkin.post(
    `${base}/checkins/sync`,
    {
      config: KEEPS_CACHES,
      summary:
        'Đón tiếp ngoại tuyến: đồng bộ các lượt đón và hoàn tác đã làm khi mất mạng (theo thứ tự, không trùng)',
      body: syncInput,
      response: { 200: syncResultView },
    },
    async ({ req, actor }) => {
      // forged or foreign tokens are refused as such whatever the day; the rest by the day rule
      const { conf, closed } = await load(actor, req.params.conferenceId, 'none');
      const out = await syncCheckins(db, {
        actor,
        conf,
        closed,
        items: req.body.items,
        skewS: env.CHECKIN_CLOCK_SKEW_S,
      });
      // the reception pages of every instance hear them from the live bus (published in the sync's transaction)
      return { results: out.results };
    },
  );
}
