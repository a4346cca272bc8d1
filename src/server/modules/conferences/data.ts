import { and, asc, eq, inArray } from 'drizzle-orm';
import { type ConferenceDay, conferenceDayOf } from '../../../shared/rules/lifecycle';
import type { Db } from '../../db/client';
import { firstRow, rowsWhere } from '../../db/rows';
import { conferences, milestones, organizations } from '../../db/schema/index';
import { loadStoredFacts } from './lifecycle-data';

export type ConferenceRow = typeof conferences.$inferSelect;
export type MilestoneRow = typeof milestones.$inferSelect;

export async function getConference(db: Db, id: string): Promise<ConferenceRow | null> {
  return firstRow(db, conferences, eq(conferences.id, id));
}

export async function listMilestones(db: Db, conferenceId: string): Promise<MilestoneRow[]> {
  return rowsWhere(db, milestones, eq(milestones.conferenceId, conferenceId), [
    milestones.startDate,
    milestones.sortOrder,
  ]);
}

export async function getMilestone(db: Db, conferenceId: string, id: string): Promise<MilestoneRow | null> {
  return firstRow(db, milestones, eq(milestones.id, id), eq(milestones.conferenceId, conferenceId));
}

/**
 * Ngày hội nghị — THE conference day and start time (the conference-day milestone), for every
 * page, document and rule that needs the date: header, list, KH, CTr, GM, reception window,
 * budget, prize money. `{ start, end }` keep the names the callers already read.
 */
export async function getConferenceDay(
  db: Db,
  conf: { id: string },
): Promise<(ConferenceDay & { start: string; end: string | null }) | null> {
  const rows = await db
    .select()
    .from(milestones)
    .where(and(eq(milestones.conferenceId, conf.id), eq(milestones.kind, 'conference_day')));
  const day = conferenceDayOf(rows);
  return day && { ...day, start: day.date, end: day.endDate };
}

/** Conference overview: the row, its organizer, its milestones and the lifecycle's stored facts. */
export async function getConferenceOverview(db: Db, id: string) {
  const conference = await getConference(db, id);
  if (!conference) return null;
  const [[org], rows, facts] = await Promise.all([
    db
      .select({ name: organizations.name, parentName: organizations.parentName })
      .from(organizations)
      .where(eq(organizations.id, conference.organizationId)),
    listMilestones(db, id),
    loadStoredFacts(db, conference),
  ]);
  return { conference, organization: org ?? { name: '', parentName: '' }, milestones: rows, facts };
}

export type ConferenceSummaryRow = Awaited<ReturnType<typeof listConferencesIn>>[number];

export async function listConferencesIn(db: Db, organizationIds: string[] | 'all') {
  const q = db
    .select({
      id: conferences.id,
      organizationId: conferences.organizationId,
      organizationName: organizations.name,
      plan: conferences.plan,
      version: conferences.version,
    })
    .from(conferences)
    .innerJoin(organizations, eq(organizations.id, conferences.organizationId));
  if (organizationIds === 'all') return q.orderBy(asc(conferences.createdAt));
  if (organizationIds.length === 0) return [];
  return q.where(inArray(conferences.organizationId, organizationIds)).orderBy(asc(conferences.createdAt));
}
