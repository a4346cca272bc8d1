import { type Actor, can } from '../../../shared/rules/permissions';
import type {
  CheckInInfo,
  CheckinMethod,
  Delegate,
  DelegateKind,
  DelegateListFinalization,
  DelegateSource,
  RsvpStatus,
} from '../../../shared/schemas/delegates';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import type { CheckinRow, DelegateListRow, DelegateRow, DelegateWithCheckin } from './data';

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

export function presentCheckIn(c: CheckinRow): CheckInInfo {
  return { at: c.checkedInAt.toISOString(), byName: c.checkedInByName, method: c.method as CheckinMethod };
}

export function presentDelegate(
  { d, c }: DelegateWithCheckin,
  labels: Map<string, string>,
  perms: ListPermissions,
  finalized: boolean,
): Delegate {
  return {
    id: d.id,
    conferenceId: d.conferenceId,
    category: d.category,
    categoryLabel: labels.get(d.category) ?? d.category,
    subgroup: d.subgroup,
    kind: d.kind as DelegateKind,
    fullName: d.fullName,
    gender: d.gender as Delegate['gender'],
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

export function presentFinalization(list: DelegateListRow | null): DelegateListFinalization {
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
