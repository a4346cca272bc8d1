import { type Actor, can } from '../../../shared/rules/permissions';
import type { NominationStatus } from '../../../shared/schemas/nominations';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import type { NominationRow } from './data';

export type NominationAccess = {
  /** Unit ids the actor may see (null: all). */
  unitIds: string[] | null;
  /** Statuses the actor may see (null: all). Drafts are the unit's own workspace. */
  statuses: NominationStatus[] | null;
};

const SENT: NominationStatus[] = ['submitted', 'returned', 'resubmitted', 'accepted', 'rejected'];

/** What part of a conference's nominations the actor may see. */
export function nominationAccess(
  actor: Actor,
  conf: ConferenceRow,
  allUnitIds: string[],
): NominationAccess | null {
  const scope = conferenceScope(conf);
  if (can(actor, 'nomination.write', scope)) return { unitIds: null, statuses: null };
  const own = allUnitIds.filter((id) => can(actor, 'nomination.write', { ...scope, unitId: id }));
  if (can(actor, 'nomination.read', scope)) {
    // council members: everything sent; plus their own unit's drafts, if they also head one
    return own.length ? { unitIds: null, statuses: null } : { unitIds: null, statuses: SENT };
  }
  if (own.length) return { unitIds: own, statuses: null };
  return null;
}

export function canSeeNomination(access: NominationAccess | null, n: NominationRow): boolean {
  if (!access) return false;
  if (access.unitIds && !access.unitIds.includes(n.unitId)) return false;
  if (access.statuses && !access.statuses.includes(n.status as NominationStatus)) return false;
  return true;
}

export function nominationPermissions(
  actor: Actor,
  conf: ConferenceRow,
  n: Pick<NominationRow, 'unitId' | 'status'>,
) {
  const scope = { ...conferenceScope(conf), unitId: n.unitId };
  const write = can(actor, 'nomination.write', scope);
  const review = can(actor, 'nomination.review', scope);
  const status = n.status as NominationStatus;
  const editable = status === 'draft' || status === 'returned';
  const underReview = status === 'submitted' || status === 'resubmitted';
  return {
    canEdit: write && editable,
    canDelete: write && status === 'draft',
    canSubmit: write && editable,
    canReturn: review && underReview,
    canAccept: review && underReview,
    canReject: review && underReview,
  };
}

export function presentNomination(
  n: NominationRow,
  extra: {
    unitName: string;
    awardFormName: string;
    attachments: { id: string; fileName: string; mimeType: string; size: number }[];
  },
  permissions: ReturnType<typeof nominationPermissions>,
) {
  return {
    id: n.id,
    conferenceId: n.conferenceId,
    unitId: n.unitId,
    unitName: extra.unitName,
    awardFormId: n.awardFormId,
    awardFormName: extra.awardFormName,
    kind: n.kind,
    name: n.name,
    gender: n.gender,
    occupationGroup: n.occupationGroup,
    individual: n.individual,
    collective: n.collective,
    summaryHtml: n.summaryHtml,
    unitReview: n.unitReview,
    status: n.status,
    returnReason: n.returnReason,
    submittedAt: n.submittedAt?.toISOString() ?? null,
    version: n.version,
    attachments: extra.attachments,
    permissions,
  };
}
