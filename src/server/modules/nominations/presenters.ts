import { type Actor, can } from '../../../shared/rules/permissions';
import { underReview, unitMayDelete, unitMayEdit } from '../../../shared/rules/submission';
import type {
  Nomination,
  NominationListItem,
  NominationPermissions,
} from '../../../shared/schemas/nomination-views';
import type { NominationStatus } from '../../../shared/schemas/nominations';
import type { Db } from '../../db/client';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import { judgeNomination } from '../eligibility/judge';
import type { LoadedNomination } from './access';
import { listAttachments, listNominationEvents, type listNominations, type NominationRow } from './data';

/** What the actor may do with the nomination: their role on its unit and its status. */
export function nominationPermissions(
  actor: Actor,
  conf: ConferenceRow,
  n: Pick<NominationRow, 'unitId' | 'status'>,
): NominationPermissions {
  const scope = { ...conferenceScope(conf), unitId: n.unitId };
  const write = can(actor, 'nomination.write', scope);
  const review = can(actor, 'nomination.review', scope) && underReview(n.status as NominationStatus);
  const editable = write && unitMayEdit(n.status as NominationStatus);
  return {
    canEdit: editable,
    canDelete: write && unitMayDelete(n.status as NominationStatus),
    canSubmit: editable,
    canReturn: review,
    canAccept: review,
    canReject: review,
  };
}

type ListRow = Awaited<ReturnType<typeof listNominations>>['rows'][number];

export function presentNominationListItem(r: ListRow, actor: Actor, conf: ConferenceRow): NominationListItem {
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    awardFormId: r.awardFormId,
    awardFormName: r.awardFormName,
    kind: r.kind as NominationListItem['kind'],
    name: r.name,
    gender: r.gender as NominationListItem['gender'],
    occupationGroup: r.occupationGroup as NominationListItem['occupationGroup'],
    birthYear: r.individual?.birthYear ?? null,
    status: r.status as NominationStatus,
    returnReason: r.returnReason,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    version: r.version,
    permissions: nominationPermissions(actor, conf, r),
  };
}

/** The whole nomination with its attachments, as the actor may act on it. */
export async function presentNomination(db: Db, actor: Actor, ctx: LoadedNomination): Promise<Nomination> {
  const { n } = ctx;
  const files = await listAttachments(db, n.id);
  const events = await listNominationEvents(db, n.id);
  return {
    id: n.id,
    conferenceId: n.conferenceId,
    unitId: n.unitId,
    unitName: ctx.unitName.get(n.unitId) ?? '',
    awardFormId: n.awardFormId,
    awardFormName: ctx.formName.get(n.awardFormId) ?? '',
    kind: n.kind as Nomination['kind'],
    name: n.name,
    gender: n.gender as Nomination['gender'],
    occupationGroup: n.occupationGroup as Nomination['occupationGroup'],
    individual: n.individual,
    collective: n.collective,
    summaryHtml: n.summaryHtml,
    unitReview: n.unitReview,
    status: n.status as NominationStatus,
    returnReason: n.returnReason,
    submittedAt: n.submittedAt?.toISOString() ?? null,
    version: n.version,
    attachments: files.map((f) => ({ id: f.id, fileName: f.fileName, mimeType: f.mimeType, size: f.size })),
    history: events.map((e) => ({
      status: e.status as NominationStatus,
      reason: e.reason,
      actorName: e.actorName,
      at: e.createdAt.toISOString(),
    })),
    movementId: n.movementId,
    achievementRef: n.achievementRef,
    eligibilityNote: n.eligibilityNote,
    eligibility: await judgeNomination(db, ctx.conf, n),
    permissions: nominationPermissions(actor, ctx.conf, n),
  };
}
