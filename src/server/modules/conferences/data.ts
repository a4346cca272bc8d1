import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { conferences, milestones, organizations } from '../../db/schema/index';

export type ConferenceRow = typeof conferences.$inferSelect;
export type MilestoneRow = typeof milestones.$inferSelect;

export async function getConference(db: Db, id: string): Promise<ConferenceRow | null> {
  const [row] = await db.select().from(conferences).where(eq(conferences.id, id));
  return row ?? null;
}

export async function listMilestones(db: Db, conferenceId: string): Promise<MilestoneRow[]> {
  return db
    .select()
    .from(milestones)
    .where(eq(milestones.conferenceId, conferenceId))
    .orderBy(asc(milestones.startDate), asc(milestones.sortOrder));
}

export async function getMilestone(db: Db, conferenceId: string, id: string): Promise<MilestoneRow | null> {
  const [row] = await db
    .select()
    .from(milestones)
    .where(and(eq(milestones.id, id), eq(milestones.conferenceId, conferenceId)));
  return row ?? null;
}

/** Conference overview: the row, its organizer's name and its milestones — three indexed reads. */
export async function getConferenceOverview(db: Db, id: string) {
  const conference = await getConference(db, id);
  if (!conference) return null;
  const [org] = await db
    .select({ name: organizations.name, parentName: organizations.parentName })
    .from(organizations)
    .where(eq(organizations.id, conference.organizationId));
  return {
    conference,
    organization: org ?? { name: '', parentName: '' },
    milestones: await listMilestones(db, id),
  };
}

export type ConferenceSummaryRow = Awaited<ReturnType<typeof listConferencesIn>>[number];

export async function listConferencesIn(db: Db, organizationIds: string[] | 'all') {
  const q = db
    .select({
      id: conferences.id,
      organizationId: conferences.organizationId,
      organizationName: organizations.name,
      status: conferences.status,
      plan: conferences.plan,
      version: conferences.version,
    })
    .from(conferences)
    .innerJoin(organizations, eq(organizations.id, conferences.organizationId));
  if (organizationIds === 'all') return q.orderBy(asc(conferences.createdAt));
  if (organizationIds.length === 0) return [];
  return q.where(inArray(conferences.organizationId, organizationIds)).orderBy(asc(conferences.createdAt));
}
