// What the delegates routes share besides presenters: the delegate's route params, the reception
// day rule and the check-in contexts (cached: a check-in needs them on every scan).
import { checkinWindow } from '../../../shared/rules/checkin-window';
import { type Actor, can } from '../../../shared/rules/permissions';
import { todayInVietnam } from '../../../shared/rules/timeline';
import type { CheckinWindow } from '../../../shared/schemas/delegates';
import { uuidParam } from '../../../shared/schemas/primitives';
import { authorize } from '../../auth/policy';
import { AppError } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams } from '../../http/params';
import { ReadCache } from '../../read-cache';
import { conferenceFor } from '../conferences/access';
import { type ConferenceRow, getConference, getConferenceDay } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';

export const delegateParams = confParams.extend({ delegateId: uuidParam('Mã đại biểu') });

const closedError = (window: CheckinWindow) =>
  new AppError('INVALID_STATE', window.reason ?? 'Ngoài thời gian đón tiếp');

/**
 * Reception day rule: checking in (and adding walk-ins) only inside the window around the
 * conference day, for everyone; reception's reads too, while the office reads at any time.
 */
export function assertWindow(
  actor: Actor,
  conf: ConferenceRow,
  window: CheckinWindow,
  purpose: 'read' | 'write',
) {
  if (window.open) return window;
  if (purpose === 'read' && can(actor, 'delegate.read', conferenceScope(conf))) return window;
  throw closedError(window);
}

export type CheckinContext = { conf: ConferenceRow; window: CheckinWindow; closed: AppError | null };

/**
 * The reception's loader: the conference and its day, read once per write generation, with
 * visibility, delegate.checkin and the day rule checked on every request (`none`: the caller
 * decides, e.g. a forged token is refused as such whatever the day).
 */
export function checkinContexts(app: AppInstance) {
  const { db } = app.deps;
  type Loaded = { conf: ConferenceRow | null; day: Awaited<ReturnType<typeof getConferenceDay>> };
  // kept per write generation, which every instance's writes bump (app.ts)
  const cache = new ReadCache<Promise<Loaded>>(Number.POSITIVE_INFINITY);
  return async (
    actor: Actor,
    conferenceId: string,
    purpose: 'read' | 'write' | 'none',
  ): Promise<CheckinContext> => {
    const gen = app.readGeneration();
    let loaded = cache.get(conferenceId, gen);
    if (!loaded) {
      loaded = (async () => {
        const conf = await getConference(db, conferenceId);
        return { conf, day: conf ? await getConferenceDay(db, conf) : null };
      })();
      cache.set(conferenceId, loaded, gen);
      loaded.catch(() => cache.delete(conferenceId));
    }
    const c = await loaded;
    const conf = conferenceFor(actor, c.conf);
    authorize(actor, 'delegate.checkin', conferenceScope(conf));
    const window = checkinWindow(c.day, todayInVietnam());
    if (purpose !== 'none') assertWindow(actor, conf, window, purpose);
    return { conf, window, closed: window.open ? null : closedError(window) };
  };
}
