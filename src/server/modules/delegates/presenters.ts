// Presenters of the delegates module: a delegate, the list with its gauge, the reception's
// answers. Permission flags come from shared/rules/permissions; shapes from shared/schemas/delegates.

import { formatClock } from '../../../shared/rules/checkin-window';
import { type ComposedDelegate, checkComposition } from '../../../shared/rules/delegate-composition';
import { type Actor, can } from '../../../shared/rules/permissions';
import { compareVietnameseNames } from '../../../shared/rules/vietnamese-text';
import type {
  CheckInEvent,
  CheckInResultView,
  CheckInUndoneView,
  CheckInView,
  CheckinMethod,
  CheckinSummaryView,
  CheckinWindow,
  CompositionGaugeView,
  DelegateKind,
  DelegateListFinalizationView,
  DelegateSource,
  DelegateView,
  RsvpStatus,
} from '../../../shared/schemas/delegates';
import type { Db } from '../../db/client';
import { orNotFound } from '../../errors';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import {
  type CheckinOutcome,
  type CheckinRow,
  type DelegateFilter,
  type DelegateListRow,
  type DelegateRow,
  type DelegateWithCheckin,
  getDelegate,
  getDelegateList,
  listComposition,
  listDelegates,
} from './data';

/** What the actor may do with the list as a whole. */
export function listPermissions(actor: Actor, conf: ConferenceRow) {
  const scope = conferenceScope(conf);
  const manage = can(actor, 'delegate.manage', scope);
  const override = can(actor, 'delegate.override', scope);
  return {
    canManage: manage,
    canFinalize: manage || override,
    canOverride: override,
    canCheckIn: can(actor, 'delegate.checkin', scope),
  };
}

export type ListPermissions = ReturnType<typeof listPermissions>;

export const categoryLabels = (conf: ConferenceRow) =>
  new Map(conf.plan.delegateRules.categories.map((c) => [c.key, c.label]));

/** Category order of the plan, then Vietnamese name order. */
export function byPlanOrder(conf: ConferenceRow) {
  const order = new Map(conf.plan.delegateRules.categories.map((c, i) => [c.key, i]));
  return (a: { category: string; fullName: string }, b: { category: string; fullName: string }) =>
    (order.get(a.category) ?? 99) - (order.get(b.category) ?? 99) ||
    compareVietnameseNames(a.fullName, b.fullName);
}

/** What the composition rules look at, of each delegate. */
export const composedOf = (
  rows: {
    category: string;
    subgroup: string;
    gender: string | null;
    attributes: ComposedDelegate['attributes'];
  }[],
): ComposedDelegate[] =>
  rows.map((r) => ({
    category: r.category,
    subgroup: r.subgroup,
    gender: r.gender as ComposedDelegate['gender'],
    attributes: r.attributes,
  }));

export function presentCheckIn(c: CheckinRow): CheckInView {
  return { at: c.checkedInAt.toISOString(), byName: c.checkedInByName, method: c.method as CheckinMethod };
}

export function presentDelegate(
  { d, c }: DelegateWithCheckin,
  labels: Map<string, string>,
  perms: ListPermissions,
  finalized: boolean,
): DelegateView {
  return {
    id: d.id,
    conferenceId: d.conferenceId,
    category: d.category,
    categoryLabel: labels.get(d.category) ?? d.category,
    subgroup: d.subgroup,
    kind: d.kind as DelegateKind,
    fullName: d.fullName,
    gender: d.gender as DelegateView['gender'],
    attributes: d.attributes,
    title: d.title,
    unitId: d.unitId,
    unitName: d.unitName,
    seatGroup: d.seatGroup,
    phone: d.phone,
    email: d.email,
    note: d.note,
    nominationId: d.nominationId,
    source: d.source as DelegateSource,
    rsvpStatus: d.rsvpStatus as RsvpStatus,
    substituteName: d.substituteName,
    hasInvitation: d.tokenHash !== null,
    checkIn: c ? presentCheckIn(c) : null,
    version: d.version,
    permissions: {
      canEdit: perms.canManage && !finalized,
      canDelete: perms.canManage && !finalized && !c,
      canRsvp: perms.canManage,
      canCheckIn: perms.canCheckIn && !c,
    },
  };
}

export function presentFinalization(list: DelegateListRow | null): DelegateListFinalizationView {
  return {
    finalized: !!list?.finalizedAt,
    finalizedAt: list?.finalizedAt?.toISOString() ?? null,
    finalizedByName: list?.finalizedAt ? (list.finalizedByName ?? null) : null,
    overrideReason: list?.finalizedAt ? (list.overrideReason ?? null) : null,
    listVersion: list?.listVersion ?? 0,
  };
}

/** A delegate as written to the audit log: never the token's hash or its sealed form. */
export function auditDelegate(d: DelegateRow) {
  const { tokenHash: _h, tokenSealed: _s, searchName: _n, ...rest } = d;
  return { ...rest, hasInvitation: d.tokenHash !== null };
}

/** The conference's delegates (filtered), in plan order, as the actor sees them. */
export async function presentMany(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  filter: DelegateFilter = {},
  limit?: number,
): Promise<DelegateView[]> {
  const [rows, list] = [await listDelegates(db, conf.id, filter, limit), await getDelegateList(db, conf.id)];
  const labels = categoryLabels(conf);
  const perms = listPermissions(actor, conf);
  const order = byPlanOrder(conf);
  return rows
    .sort((a, b) => order(a.d, b.d))
    .map((r) => presentDelegate(r, labels, perms, !!list?.finalizedAt));
}

export async function presentOne(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  id: string,
): Promise<DelegateView> {
  const row = orNotFound(await getDelegate(db, conf.id, id), 'đại biểu');
  const list = await getDelegateList(db, conf.id);
  return presentDelegate(row, categoryLabels(conf), listPermissions(actor, conf), !!list?.finalizedAt);
}

/** The gauge: every rule of the plan on the list as it is now. */
export async function loadGauge(db: Db, conf: ConferenceRow): Promise<CompositionGaugeView> {
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

/** Đón tiếp: counts by category and the composition rules on who has arrived. */
export async function presentCheckinSummary(
  db: Db,
  conf: ConferenceRow,
  window: CheckinWindow,
): Promise<CheckinSummaryView> {
  const rows = await listComposition(db, conf.id);
  const arrived = rows.filter((r) => r.arrived);
  return {
    total: rows.length,
    arrived: arrived.length,
    byCategory: conf.plan.delegateRules.categories.map((c) => ({
      key: c.key,
      label: c.label,
      total: rows.filter((r) => r.category === c.key).length,
      arrived: arrived.filter((r) => r.category === c.key).length,
    })),
    arrivedComposition: checkComposition(conf.plan.delegateRules, composedOf(arrived)),
    window,
  };
}

/** The answer of a check-in: who, and "Đã đón …" or "Đã đón lúc … bởi …". */
export function presentCheckinResult(
  actor: Actor,
  conf: ConferenceRow,
  o: CheckinOutcome,
): CheckInResultView {
  const delegate = presentDelegate(
    { d: o.delegate, c: o.checkin },
    categoryLabels(conf),
    listPermissions(actor, conf),
    false,
  );
  const seat = o.delegate.seatGroup ? ` — ${o.delegate.seatGroup}` : '';
  return {
    result: o.inserted ? 'checked_in' : 'already_checked_in',
    message: o.inserted
      ? `Đã đón ${o.delegate.fullName}${seat}`
      : `${o.delegate.fullName}: Đã đón lúc ${formatClock(o.checkin.checkedInAt)} bởi ${o.checkin.checkedInByName || 'lễ tân'}`,
    delegate,
    checkIn: presentCheckIn(o.checkin),
  };
}

/** The answer of "Hoàn tác": the delegate as not arrived, and which check-in was undone. */
export function presentCheckinUndone(
  actor: Actor,
  conf: ConferenceRow,
  o: { delegate: DelegateRow; checkin: CheckinRow },
): CheckInUndoneView {
  return {
    message: `Đã hoàn tác lượt đón ${o.delegate.fullName} (lúc ${formatClock(o.checkin.checkedInAt)}): chưa đến`,
    delegate: presentDelegate(
      { d: o.delegate, c: null },
      categoryLabels(conf),
      listPermissions(actor, conf),
      false,
    ),
  };
}

/** The server-sent event of a new check-in. */
export function presentCheckinEvent(conf: ConferenceRow, o: CheckinOutcome): CheckInEvent {
  return {
    delegateId: o.delegate.id,
    fullName: o.delegate.fullName,
    category: o.delegate.category,
    categoryLabel: categoryLabels(conf).get(o.delegate.category) ?? o.delegate.category,
    seatGroup: o.delegate.seatGroup,
    unitName: o.delegate.unitName,
    walkIn: o.delegate.source === 'walk_in',
    checkIn: presentCheckIn(o.checkin),
  };
}
