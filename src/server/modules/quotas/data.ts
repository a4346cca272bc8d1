import { and, count, desc, eq, inArray, max } from 'drizzle-orm';
import { COUNTED_STATUSES } from '../../../shared/rules/submission';
import type { Db } from '../../db/client';
import { firstRow } from '../../db/rows';
import { deadlineExtensions, milestones, nominations, quotas, unitReports } from '../../db/schema/index';

export type QuotaRow = typeof quotas.$inferSelect;

export async function listQuotas(db: Db, conferenceId: string): Promise<QuotaRow[]> {
  return db.select().from(quotas).where(eq(quotas.conferenceId, conferenceId));
}

export async function getQuotaCell(db: Db, conferenceId: string, unitId: string, awardFormId: string) {
  return firstRow(
    db,
    quotas,
    eq(quotas.conferenceId, conferenceId),
    eq(quotas.unitId, unitId),
    eq(quotas.awardFormId, awardFormId),
  );
}

/** Nominations that count against quotas, per (unit, form). */
export async function countUsedQuotas(db: Db, conferenceId: string) {
  return db
    .select({ unitId: nominations.unitId, awardFormId: nominations.awardFormId, used: count() })
    .from(nominations)
    .where(
      and(eq(nominations.conferenceId, conferenceId), inArray(nominations.status, [...COUNTED_STATUSES])),
    )
    .groupBy(nominations.unitId, nominations.awardFormId);
}

export async function countUsedQuota(db: Db, conferenceId: string, unitId: string, awardFormId: string) {
  const [row] = await db
    .select({ used: count() })
    .from(nominations)
    .where(
      and(
        eq(nominations.conferenceId, conferenceId),
        eq(nominations.unitId, unitId),
        eq(nominations.awardFormId, awardFormId),
        inArray(nominations.status, [...COUNTED_STATUSES]),
      ),
    );
  return row?.used ?? 0;
}

/** Hạn nộp: the date of the conference's submission-deadline milestone (the latest if several). */
export async function submissionDeadline(db: Db, conferenceId: string): Promise<string | null> {
  const [row] = await db
    .select({ startDate: milestones.startDate, endDate: milestones.endDate })
    .from(milestones)
    .where(and(eq(milestones.conferenceId, conferenceId), eq(milestones.kind, 'submission_deadline')))
    .orderBy(desc(milestones.startDate))
    .limit(1);
  return row ? (row.endDate ?? row.startDate) : null;
}

/** The latest extension per unit. */
export async function listExtensions(db: Db, conferenceId: string) {
  return db
    .select({ unitId: deadlineExtensions.unitId, until: max(deadlineExtensions.until) })
    .from(deadlineExtensions)
    .where(eq(deadlineExtensions.conferenceId, conferenceId))
    .groupBy(deadlineExtensions.unitId);
}

export async function extensionFor(db: Db, conferenceId: string, unitId: string): Promise<string | null> {
  const [row] = await db
    .select({ until: max(deadlineExtensions.until) })
    .from(deadlineExtensions)
    .where(and(eq(deadlineExtensions.conferenceId, conferenceId), eq(deadlineExtensions.unitId, unitId)));
  return row?.until ?? null;
}

export type SubmissionCounts = Awaited<ReturnType<typeof submissionCounts>>;

/** Per unit: report status and nomination counts by status. */
export async function submissionCounts(db: Db, conferenceId: string) {
  const byStatus = await db
    .select({ unitId: nominations.unitId, status: nominations.status, n: count() })
    .from(nominations)
    .where(eq(nominations.conferenceId, conferenceId))
    .groupBy(nominations.unitId, nominations.status);
  const reports = await db
    .select({ unitId: unitReports.unitId, status: unitReports.status })
    .from(unitReports)
    .where(eq(unitReports.conferenceId, conferenceId));
  return { byStatus, reports };
}
