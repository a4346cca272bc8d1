import { and, eq, inArray } from 'drizzle-orm';
import type { QuotaMember, QuotaNames } from '../../../shared/rules/delegation-quota';
import { compareVietnameseNames } from '../../../shared/rules/vietnamese-text';
import type { Plan } from '../../../shared/schemas/plan';
import type { Db } from '../../db/client';
import { firstRow } from '../../db/rows';
import { delegates, delegationMembers, units } from '../../db/schema/index';
import { listDelegation } from './data';

/**
 * Đoàn đi dự cấp trên, as the quota sees it: the honoree members (with their own delegate row,
 * if the honoree is on the delegate list: its category and attributes) and the members who join
 * as delegates (guests…). Reads only.
 */

type DelegateRow = typeof delegates.$inferSelect;
type HonoreeMember = Awaited<ReturnType<typeof listDelegation>>[number];

/** The delegation's members who are delegates, not honorees (a guest…), in Vietnamese name order. */
export async function listDelegateMembers(db: Db, conferenceId: string) {
  const rows = await db
    .select({ member: delegationMembers, delegate: delegates, unitType: units.type })
    .from(delegationMembers)
    .innerJoin(delegates, eq(delegates.id, delegationMembers.delegateId))
    .leftJoin(units, eq(units.id, delegates.unitId))
    .where(eq(delegationMembers.conferenceId, conferenceId));
  return rows.sort((a, b) => compareVietnameseNames(a.delegate.fullName, b.delegate.fullName));
}
export type DelegateMemberRow = Awaited<ReturnType<typeof listDelegateMembers>>[number];

/** The delegate rows of these honorees (a delegate "from the honoree"), by nomination. */
export async function delegatesOfHonorees(db: Db, conferenceId: string, nominationIds: string[]) {
  if (nominationIds.length === 0) return new Map<string, DelegateRow>();
  const rows = await db
    .select()
    .from(delegates)
    .where(and(eq(delegates.conferenceId, conferenceId), inArray(delegates.nominationId, nominationIds)));
  return new Map(rows.map((d) => [d.nominationId!, d]));
}

export async function getConferenceDelegate(db: Db, conferenceId: string, id: string) {
  return firstRow(db, delegates, eq(delegates.conferenceId, conferenceId), eq(delegates.id, id));
}

export async function findDelegationMemberByDelegate(db: Db, conferenceId: string, delegateId: string) {
  return firstRow(
    db,
    delegationMembers,
    eq(delegationMembers.conferenceId, conferenceId),
    eq(delegationMembers.delegateId, delegateId),
  );
}

/** The names the quota's messages use: the plan's categories and attributes. */
export const quotaNamesOf = (plan: Plan): QuotaNames => ({
  categories: plan.delegateRules.categories,
  attributes: plan.delegateRules.attributes,
});

/** An honoree counts in the category of its own delegate row, else in the plan's honoree category. */
export function honoreeQuotaMember(
  plan: Plan,
  h: { kind: string; gender: string | null },
  own: DelegateRow | undefined,
): QuotaMember {
  return {
    kind: h.kind === 'collective' ? 'collective' : 'individual',
    category: own?.category ?? plan.delegateRules.categories.find((c) => c.fromHonorees)?.key ?? null,
    gender: (own?.gender ?? h.gender) as QuotaMember['gender'],
    attributes: own?.attributes ?? [],
  };
}

export function delegateQuotaMember(d: DelegateRow): QuotaMember {
  return {
    kind: d.kind === 'collective_representative' ? 'collective' : 'individual',
    category: d.category,
    gender: d.gender as QuotaMember['gender'],
    attributes: d.attributes,
  };
}

/** Every member of the delegation: honorees first, then delegates; each with what the quota reads. */
export async function loadDelegation(db: Db, conferenceId: string, plan: Plan) {
  const [honorees, guests] = await Promise.all([
    listDelegation(db, conferenceId),
    listDelegateMembers(db, conferenceId),
  ]);
  const own = await delegatesOfHonorees(
    db,
    conferenceId,
    honorees.map((h: HonoreeMember) => h.member.nominationId!),
  );
  const quotaMembers = [
    ...honorees.map((h) => honoreeQuotaMember(plan, h, own.get(h.member.nominationId!))),
    ...guests.map((g) => delegateQuotaMember(g.delegate)),
  ];
  return { honorees, guests, own, quotaMembers };
}
