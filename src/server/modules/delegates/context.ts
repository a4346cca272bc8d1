// What every delegates route needs: the conference checked against a permission, presenters of
// one delegate and of the whole list, the gauge, and the reception day rule.
import { EventEmitter } from 'node:events';
import { checkinWindow } from '../../../shared/rules/checkin-window';
import { type ComposedDelegate, checkComposition } from '../../../shared/rules/delegate-composition';
import { type Actor, can } from '../../../shared/rules/permissions';
import { todayInVietnam } from '../../../shared/rules/timeline';
import { compareVietnameseNames } from '../../../shared/rules/vietnamese-text';
import type { CheckinWindow, CompositionGauge, Delegate } from '../../../shared/schemas/delegates';
import { uuidParam } from '../../../shared/schemas/primitives';
import type { Db } from '../../db/client';
import { AppError, notFound } from '../../errors';
import { confParams } from '../../http/params';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import {
  type DelegateFilter,
  type DelegateWithCheckin,
  getConferenceDay,
  getDelegate,
  getDelegateList,
  listComposition,
  listDelegates,
} from './data';
import { categoryLabels, listPermissions, presentDelegate, presentFinalization } from './policy';

export const delegateParams = confParams.extend({ delegateId: uuidParam('Mã đại biểu') });

/** Check-ins, per conference id, for the reception pages (server-sent events, this instance). */
export const checkinEvents = new EventEmitter();
checkinEvents.setMaxListeners(0);

export { loadConferenceFor as loadConf } from '../conferences/access';

/** Category order of the plan, then Vietnamese name order. */
export function sortDelegates<T extends DelegateWithCheckin>(conf: ConferenceRow, rows: T[]): T[] {
  const order = new Map(conf.plan.delegateRules.categories.map((c, i) => [c.key, i]));
  return rows.sort(
    (a, b) =>
      (order.get(a.d.category) ?? 99) - (order.get(b.d.category) ?? 99) ||
      compareVietnameseNames(a.d.fullName, b.d.fullName),
  );
}

export async function presentMany(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  filter: DelegateFilter = {},
  limit?: number,
): Promise<Delegate[]> {
  const [rows, list] = [await listDelegates(db, conf.id, filter, limit), await getDelegateList(db, conf.id)];
  const labels = categoryLabels(conf);
  const perms = listPermissions(actor, conf);
  return sortDelegates(conf, rows).map((r) => presentDelegate(r, labels, perms, !!list?.finalizedAt));
}

export async function presentOne(db: Db, actor: Actor, conf: ConferenceRow, id: string): Promise<Delegate> {
  const row = await getDelegate(db, conf.id, id);
  if (!row) throw notFound('đại biểu');
  const list = await getDelegateList(db, conf.id);
  return presentDelegate(row, categoryLabels(conf), listPermissions(actor, conf), !!list?.finalizedAt);
}

export const composedOf = (
  rows: { category: string; gender: string | null; attributes: ComposedDelegate['attributes'] }[],
) =>
  rows.map((r) => ({
    category: r.category,
    gender: r.gender as ComposedDelegate['gender'],
    attributes: r.attributes,
  }));

/** The gauge: every rule of the plan on the list as it is now. */
export async function loadGauge(db: Db, conf: ConferenceRow): Promise<CompositionGauge> {
  const rows = await listComposition(db, conf.id);
  const list = await getDelegateList(db, conf.id);
  return {
    composition: checkComposition(conf.plan.delegateRules, composedOf(rows)),
    finalization: presentFinalization(list),
    categories: conf.plan.delegateRules.categories.map((c) => ({
      key: c.key,
      label: c.label,
      count: rows.filter((r) => r.category === c.key).length,
    })),
  };
}

export async function loadWindow(db: Db, conf: ConferenceRow): Promise<CheckinWindow> {
  return checkinWindow(await getConferenceDay(db, conf), todayInVietnam());
}

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
  throw new AppError('INVALID_STATE', window.reason ?? 'Ngoài thời gian đón tiếp');
}
