// Reads of the units' channel (phản ánh, kiến nghị): a thread with its names, lists by filter,
// messages with their files, staff who may handle threads, the dashboard's open-thread figures.
import { and, asc, count, desc, eq, inArray, min, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role } from '../../../shared/schemas/enums';
import type { Db } from '../../db/client';
import { firstRow } from '../../db/rows';
import {
  conferences,
  memberships,
  nominations,
  threadAttachments,
  threadMessages,
  threads,
  unitReports,
  units,
  users,
} from '../../db/schema/index';

export type ThreadRow = typeof threads.$inferSelect;
export type ThreadMessageRow = typeof threadMessages.$inferSelect;
export type ThreadAttachmentRow = typeof threadAttachments.$inferSelect;

/** Roles whose holders may be assigned a thread (they hold thread.manage). */
export const THREAD_STAFF_ROLES: readonly Role[] = ['secretary', 'admin'];

const assignee = alias(users, 'assignee');
const creator = alias(users, 'creator');

const summaryColumns = {
  t: threads,
  unitName: units.name,
  conferenceName: sql<string | null>`${conferences.plan}->>'name'`,
  nominationName: nominations.name,
  assigneeName: assignee.fullName,
  createdByName: creator.fullName,
  messageCount: sql<number>`(select count(*)::int from ${threadMessages} m where m.thread_id = ${threads.id})`,
};

function summaries(db: Db) {
  return db
    .select(summaryColumns)
    .from(threads)
    .innerJoin(units, eq(units.id, threads.unitId))
    .leftJoin(conferences, eq(conferences.id, threads.conferenceId))
    .leftJoin(nominations, eq(nominations.id, threads.nominationId))
    .leftJoin(assignee, eq(assignee.id, threads.assigneeId))
    .leftJoin(creator, eq(creator.id, threads.createdBy));
}
export type ThreadSummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

export type ThreadFilter = {
  organizationId: string;
  /** Only these units (a unit head's); undefined: all of the organization. */
  unitIds?: readonly string[];
  status?: string;
  open?: boolean;
  unitId?: string;
  assigneeId?: string;
  conferenceId?: string;
};

export async function listThreads(db: Db, f: ThreadFilter): Promise<ThreadSummaryRow[]> {
  const where: (SQL | undefined)[] = [eq(threads.organizationId, f.organizationId)];
  if (f.unitIds) where.push(f.unitIds.length ? inArray(threads.unitId, [...f.unitIds]) : sql`false`);
  if (f.status) where.push(eq(threads.status, f.status));
  if (f.open) where.push(ne(threads.status, 'closed'));
  if (f.unitId) where.push(eq(threads.unitId, f.unitId));
  if (f.assigneeId) where.push(eq(threads.assigneeId, f.assigneeId));
  if (f.conferenceId) where.push(eq(threads.conferenceId, f.conferenceId));
  return summaries(db)
    .where(and(...where))
    .orderBy(desc(threads.lastMessageAt))
    .limit(500);
}

export async function getThreadSummary(db: Db, id: string): Promise<ThreadSummaryRow | null> {
  const [row] = await summaries(db).where(eq(threads.id, id));
  return row ?? null;
}

export const getThread = (db: Db, id: string) => firstRow(db, threads, eq(threads.id, id));

export async function listMessages(db: Db, threadId: string) {
  const [messages, files] = await Promise.all([
    db
      .select()
      .from(threadMessages)
      .where(eq(threadMessages.threadId, threadId))
      .orderBy(asc(threadMessages.createdAt), asc(threadMessages.id)),
    db
      .select()
      .from(threadAttachments)
      .where(eq(threadAttachments.threadId, threadId))
      .orderBy(asc(threadAttachments.createdAt)),
  ]);
  return { messages, files };
}

export const getMessage = (db: Db, threadId: string, messageId: string) =>
  firstRow(db, threadMessages, eq(threadMessages.threadId, threadId), eq(threadMessages.id, messageId));

export const getThreadAttachment = (db: Db, threadId: string, id: string) =>
  firstRow(db, threadAttachments, eq(threadAttachments.threadId, threadId), eq(threadAttachments.id, id));

/** The organization's active staff who may handle threads (the assign select). */
export async function threadStaff(db: Db, organizationId: string) {
  return db
    .selectDistinct({ id: users.id, name: users.fullName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, organizationId),
        inArray(memberships.role, [...THREAD_STAFF_ROLES]),
        eq(users.isActive, true),
      ),
    )
    .orderBy(asc(users.fullName));
}

export async function orgUnits(db: Db, organizationId: string, ids?: readonly string[]) {
  return db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(
      and(
        eq(units.organizationId, organizationId),
        ids ? (ids.length ? inArray(units.id, [...ids]) : sql`false`) : undefined,
      ),
    )
    .orderBy(asc(units.sortOrder), asc(units.name));
}

/** What a unit's thread may be linked to: the organization's conferences, this unit's nominations and report. */
export async function linkTargets(db: Db, organizationId: string, unitId: string) {
  const [confs, noms, reports] = await Promise.all([
    db
      .select({ id: conferences.id, name: sql<string>`${conferences.plan}->>'name'` })
      .from(conferences)
      .where(eq(conferences.organizationId, organizationId))
      .orderBy(desc(conferences.createdAt)),
    db
      .select({ id: nominations.id, name: nominations.name, conferenceId: nominations.conferenceId })
      .from(nominations)
      .where(and(eq(nominations.organizationId, organizationId), eq(nominations.unitId, unitId)))
      .orderBy(asc(nominations.sortKey)),
    db
      .select({ id: unitReports.id, conferenceId: unitReports.conferenceId })
      .from(unitReports)
      .where(and(eq(unitReports.organizationId, organizationId), eq(unitReports.unitId, unitId))),
  ]);
  return { confs, noms, reports };
}

export const getNominationRef = (db: Db, id: string) =>
  firstRow(db, nominations, eq(nominations.id, id)).then((n) =>
    n ? { id: n.id, unitId: n.unitId, conferenceId: n.conferenceId, organizationId: n.organizationId } : null,
  );

export const getUnitReportRef = (db: Db, id: string) =>
  firstRow(db, unitReports, eq(unitReports.id, id)).then((r) =>
    r ? { id: r.id, unitId: r.unitId, conferenceId: r.conferenceId, organizationId: r.organizationId } : null,
  );

export const getConferenceRef = (db: Db, id: string) =>
  firstRow(db, conferences, eq(conferences.id, id)).then((c) =>
    c ? { id: c.id, organizationId: c.organizationId } : null,
  );

export const getUnitRef = (db: Db, id: string) =>
  firstRow(db, units, eq(units.id, id)).then((u) =>
    u ? { id: u.id, organizationId: u.organizationId } : null,
  );

/** Open threads (not closed) of the organization and of one conference, with the oldest's opening. */
export async function openThreadFigures(db: Db, organizationId: string, conferenceId: string) {
  const [row] = await db
    .select({
      open: count(),
      ofConference: sql<number>`count(*) filter (where ${threads.conferenceId} = ${conferenceId})::int`,
      oldest: min(threads.createdAt),
    })
    .from(threads)
    .where(and(eq(threads.organizationId, organizationId), ne(threads.status, 'closed')));
  return {
    open: Number(row?.open ?? 0),
    ofConference: Number(row?.ofConference ?? 0),
    oldest: row?.oldest ?? null,
  };
}
