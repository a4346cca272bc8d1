import { sql } from 'drizzle-orm';
import type { TodoFacts } from '../../../shared/rules/next-steps';
import type { Db } from '../../db/client';
import type { milestones } from '../../db/schema/index';

// Việc cần làm tiếp — what one person has to do in one conference, read for that person only:
// their unit's report and nominations, the open ballots they may still vote in, the council
// meetings ahead. The pure rule (shared/rules/next-steps.ts) turns these into the panel's items.

type MilestoneRow = typeof milestones.$inferSelect;
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** The unit head's unit: deadline (with the unit's extension), what it has sent, what came back. */
export async function unitTodoFacts(
  db: Db,
  conf: { id: string },
  unitId: string,
  rows: readonly MilestoneRow[],
): Promise<NonNullable<TodoFacts['unit']>> {
  const c = sql`${conf.id}::uuid`;
  const u = sql`${unitId}::uuid`;
  const [r] = rowsOf<{
    extended_until: string | null;
    report_sent: boolean;
    report_returned: boolean;
    sent: number;
    returned: number;
  }>(
    await db.execute(sql`
      SELECT
        (SELECT max(until)::text FROM deadline_extensions WHERE conference_id = ${c} AND unit_id = ${u}) AS extended_until,
        EXISTS (SELECT 1 FROM unit_reports WHERE conference_id = ${c} AND unit_id = ${u} AND status <> 'draft') AS report_sent,
        EXISTS (SELECT 1 FROM unit_reports WHERE conference_id = ${c} AND unit_id = ${u} AND status = 'returned') AS report_returned,
        (SELECT count(*)::int FROM nominations WHERE conference_id = ${c} AND unit_id = ${u}
          AND status IN ('submitted', 'resubmitted', 'accepted')) AS sent,
        (SELECT count(*)::int FROM nominations WHERE conference_id = ${c} AND unit_id = ${u}
          AND status = 'returned') AS returned`),
  );
  const deadline =
    rows
      .filter((m) => m.kind === 'submission_deadline')
      .map((m) => m.endDate ?? m.startDate)
      .sort()
      .at(-1) ?? null;
  return {
    unitId,
    deadline,
    extendedUntil: r?.extended_until ?? null,
    reportSent: Boolean(r?.report_sent) && !r?.report_returned,
    nominationsSent: Number(r?.sent ?? 0),
    returned: Number(r?.returned ?? 0) + (r?.report_returned ? 1 : 0),
  };
}

/** A council member's open ballots not voted yet, and the meetings from today on. */
export async function councilTodoFacts(
  db: Db,
  conf: { id: string; organizationId: string },
  userId: string,
  today: string,
): Promise<Pick<TodoFacts, 'ballots' | 'meetingsAhead'>> {
  const c = sql`${conf.id}::uuid`;
  const member = sql`(SELECT id FROM council_members
    WHERE organization_id = ${conf.organizationId}::uuid AND user_id = ${userId}::uuid AND active)`;
  const [ballots, meetings] = await Promise.all([
    db.execute(sql`
      SELECT b.id AS ballot_id, b.meeting_id, b.title
      FROM ballots b JOIN review_meetings m ON m.id = b.meeting_id
      WHERE m.conference_id = ${c} AND b.status = 'open'
        AND EXISTS (SELECT 1 FROM ${member} cm WHERE b.electorate ? cm.id::text
          AND NOT EXISTS (SELECT 1 FROM ballot_voters v WHERE v.ballot_id = b.id AND v.council_member_id = cm.id))
      ORDER BY b.created_at`),
    db.execute(sql`
      SELECT m.id AS meeting_id, m.meeting_date::text AS date, m.title
      FROM review_meetings m
      WHERE m.conference_id = ${c} AND m.status <> 'closed' AND m.meeting_date >= ${today}::date
        AND EXISTS ${member}
      ORDER BY m.meeting_date`),
  ]);
  return {
    ballots: rowsOf<{ ballot_id: string; meeting_id: string; title: string }>(ballots).map((b) => ({
      ballotId: b.ballot_id,
      meetingId: b.meeting_id,
      title: b.title,
    })),
    meetingsAhead: rowsOf<{ meeting_id: string; date: string; title: string }>(meetings).map((m) => ({
      meetingId: m.meeting_id,
      date: m.date,
      title: m.title,
    })),
  };
}
