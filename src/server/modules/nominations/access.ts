// Who sees and writes which nominations of a conference; the loaders every nominations route
// (and unit-reports, selection) starts from.
import { z } from 'zod';
import { type Actor, can } from '../../../shared/rules/permissions';
import {
  GENDERS,
  NOMINATION_KINDS,
  NOMINATION_STATUSES,
  type NominationStatus,
  OCCUPATION_GROUPS,
} from '../../../shared/schemas/nominations';
import { uuidParam } from '../../../shared/schemas/primitives';
import { authorize } from '../../auth/policy';
import type { Db } from '../../db/client';
import { forbidden, notFound } from '../../errors';
import { confParams } from '../../http/params';
import { listAwardForms } from '../award-forms/data';
import { loadConferenceFor } from '../conferences/access';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import { listUnits } from '../units/data';
import { getNomination, type NominationFilter, type NominationRow } from './data';

export const nominationParams = confParams.extend({ nominationId: uuidParam('Mã đề nghị') });

export const nominationListQuery = z.object({
  unitId: z.uuid({ error: 'Đơn vị không hợp lệ' }).optional(),
  awardFormId: z.uuid({ error: 'Hình thức khen thưởng không hợp lệ' }).optional(),
  status: z.enum(NOMINATION_STATUSES, { error: 'Trạng thái không hợp lệ' }).optional(),
  occupationGroup: z.enum(OCCUPATION_GROUPS, { error: 'Nhóm đối tượng không hợp lệ' }).optional(),
  gender: z.enum(GENDERS, { error: 'Giới tính không hợp lệ' }).optional(),
  kind: z.enum(NOMINATION_KINDS, { error: 'Loại đề nghị không hợp lệ' }).optional(),
  q: z.string().max(100, { error: 'Từ khóa tìm kiếm không được dài quá 100 ký tự' }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
type ListQuery = z.infer<typeof nominationListQuery>;

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

/** May the actor, with this view of the conference's nominations, see this one? */
export function canSeeNomination(
  access: NominationAccess | null,
  n: Pick<NominationRow, 'unitId' | 'status'>,
): boolean {
  if (!access) return false;
  if (access.unitIds && !access.unitIds.includes(n.unitId)) return false;
  if (access.statuses && !access.statuses.includes(n.status as NominationStatus)) return false;
  return true;
}

/** The conference, the names of its units and forms, and the actor's view of its nominations. */
export async function loadNominationContext(db: Db, actor: Actor, conferenceId: string) {
  const conf = await loadConferenceFor(db, actor, conferenceId);
  const units = await listUnits(db, conf.organizationId);
  const forms = await listAwardForms(db, conf.id);
  const access = nominationAccess(
    actor,
    conf,
    units.map((u) => u.id),
  );
  return {
    conf,
    access,
    unitName: new Map(units.map((u) => [u.id, u.name])),
    formName: new Map(forms.map((f) => [f.id, f.name])),
    forms,
  };
}
export type NominationContext = Awaited<ReturnType<typeof loadNominationContext>>;

/** The list filter of a query as the actor may see it (403 when they see none of it). */
export function visibleFilter(ctx: NominationContext, query: Omit<ListQuery, 'limit' | 'offset'>) {
  if (!ctx.access) throw forbidden('Bạn không có quyền xem các đề nghị của hội nghị này');
  return {
    ...query,
    conferenceId: ctx.conf.id,
    unitIds: ctx.access.unitIds,
    visibleStatuses: ctx.access.statuses,
  } satisfies NominationFilter;
}

/** Loads one nomination the actor may see. */
export async function loadNomination(db: Db, actor: Actor, conferenceId: string, id: string) {
  const ctx = await loadNominationContext(db, actor, conferenceId);
  const n = await getNomination(db, ctx.conf.id, id);
  if (!n || !canSeeNomination(ctx.access, n)) throw notFound('đề nghị');
  return { ...ctx, n };
}
export type LoadedNomination = Awaited<ReturnType<typeof loadNomination>>;

/** Throws 403 unless the actor may write for this unit of the conference. */
export function authorizeUnitWrite(actor: Actor, conf: ConferenceRow, unitId: string) {
  authorize(actor, 'nomination.write', { ...conferenceScope(conf), unitId });
}
