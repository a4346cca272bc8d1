import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { firstRow } from '../../db/rows';
import { delegateCheckins, delegateLists, delegates } from '../../db/schema/index';
import { wordStartSearch } from '../../db/search';

export type DelegateRow = typeof delegates.$inferSelect;
export type CheckinRow = typeof delegateCheckins.$inferSelect;
export type DelegateListRow = typeof delegateLists.$inferSelect;
export type DelegateWithCheckin = { d: DelegateRow; c: CheckinRow | null };
/** A check-in as written (or found already written: `inserted` false). */
export type CheckinOutcome = { delegate: DelegateRow; checkin: CheckinRow; inserted: boolean };

export type DelegateFilter = {
  q?: string;
  category?: string;
  rsvpStatus?: string;
  ids?: string[];
  arrived?: boolean;
};

/** A conference's delegates with their check-in, in insertion order (callers sort by name). */
export async function listDelegates(
  db: Db,
  conferenceId: string,
  filter: DelegateFilter = {},
  limit?: number,
): Promise<DelegateWithCheckin[]> {
  const where: SQL[] = [eq(delegates.conferenceId, conferenceId)];
  const search = wordStartSearch(delegates.searchName, filter.q);
  if (search) where.push(search);
  if (filter.category) where.push(eq(delegates.category, filter.category));
  if (filter.rsvpStatus) where.push(eq(delegates.rsvpStatus, filter.rsvpStatus));
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    where.push(inArray(delegates.id, filter.ids));
  }
  if (filter.arrived === false) where.push(isNull(delegateCheckins.delegateId));
  const q = db
    .select({ d: delegates, c: delegateCheckins })
    .from(delegates)
    .leftJoin(delegateCheckins, eq(delegateCheckins.delegateId, delegates.id))
    .where(and(...where))
    .orderBy(asc(delegates.createdAt), asc(delegates.id));
  return limit ? q.limit(limit) : q;
}

export async function getDelegate(
  db: Db,
  conferenceId: string,
  id: string,
): Promise<DelegateWithCheckin | null> {
  const [row] = await listDelegates(db, conferenceId, { ids: [id] });
  return row ?? null;
}

export async function getCheckin(db: Db, delegateId: string): Promise<CheckinRow | null> {
  return firstRow(db, delegateCheckins, eq(delegateCheckins.delegateId, delegateId));
}

/** What the composition rules look at, for every delegate of the conference (and who arrived). */
export async function listComposition(db: Db, conferenceId: string) {
  return db
    .select({
      category: delegates.category,
      subgroup: delegates.subgroup,
      gender: delegates.gender,
      attributes: delegates.attributes,
      arrived: delegateCheckins.delegateId,
    })
    .from(delegates)
    .leftJoin(delegateCheckins, eq(delegateCheckins.delegateId, delegates.id))
    .where(eq(delegates.conferenceId, conferenceId));
}

export async function getDelegateList(db: Db, conferenceId: string): Promise<DelegateListRow | null> {
  return firstRow(db, delegateLists, eq(delegateLists.conferenceId, conferenceId));
}

/** The conference day lives in one place: conferences/data.ts (re-exported for older callers). */
export { getConferenceDay } from '../conferences/data';
