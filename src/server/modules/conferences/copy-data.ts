import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { NamedHonoree } from '../../../shared/rules/conference-copy';
import type { ConferenceCopyPreview } from '../../../shared/schemas/conference-copy';
import type { NominationKind } from '../../../shared/schemas/nominations';
import type { Plan } from '../../../shared/schemas/plan';
import type { Db } from '../../db/client';
import {
  agendaItems,
  awardForms,
  budgetLines,
  conferenceTasks,
  delegates,
  milestones,
  nominations,
  performances,
  programSessions,
  quotas,
} from '../../db/schema/index';

// Sao chép hội nghị — reads: what a copy takes from the source conference, and the counts the
// dialog names (what is copied, what is left behind).

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Counts of what a copy takes and leaves, in one statement. */
export async function copyPreviewCounts(db: Db, conferenceId: string): Promise<ConferenceCopyPreview> {
  const id = sql`${conferenceId}::uuid`;
  const [r] = rowsOf<Record<string, number>>(
    await db.execute(sql`
      SELECT
        (SELECT count(*) FROM milestones WHERE conference_id = ${id})::int AS milestones,
        (SELECT count(*) FROM award_forms WHERE conference_id = ${id})::int AS award_forms,
        (SELECT coalesce(sum(jsonb_array_length(criteria)), 0) FROM award_forms
          WHERE conference_id = ${id})::int AS criteria,
        (SELECT count(DISTINCT unit_id) FROM quotas WHERE conference_id = ${id} AND count > 0)::int AS quota_units,
        (SELECT count(*) FROM agenda_items WHERE conference_id = ${id} AND speech_id IS NULL)::int AS agenda_items,
        (SELECT count(*) FROM performances WHERE conference_id = ${id})::int AS performances,
        (SELECT count(*) FROM conference_tasks WHERE conference_id = ${id})::int AS tasks,
        (SELECT count(*) FROM budget_lines WHERE conference_id = ${id})::int AS budget_lines,
        (SELECT count(*) FROM nominations WHERE conference_id = ${id})::int AS nominations,
        (SELECT count(*) FROM review_meetings WHERE conference_id = ${id})::int AS council_meetings,
        (SELECT count(*) FROM delegates WHERE conference_id = ${id})::int AS delegates,
        (SELECT count(*) FROM unit_reports WHERE conference_id = ${id})::int AS unit_reports,
        (SELECT count(*) FROM issued_documents WHERE conference_id = ${id})::int AS issued_documents`),
  );
  const n = (k: string) => Number(r?.[k] ?? 0);
  return {
    copied: {
      milestones: n('milestones'),
      awardForms: n('award_forms'),
      criteria: n('criteria'),
      quotaUnits: n('quota_units'),
      agendaItems: n('agenda_items'),
      performances: n('performances'),
      tasks: n('tasks'),
      budgetLines: n('budget_lines'),
    },
    notCopied: {
      nominations: n('nominations'),
      councilMeetings: n('council_meetings'),
      delegates: n('delegates'),
      unitReports: n('unit_reports'),
      issuedDocuments: n('issued_documents'),
    },
  };
}

/** Everything of the source a copy takes, read in the copy's transaction. */
export async function loadCopySource(tx: Db, conferenceId: string) {
  const [ms, forms, qs, sessions, perfs, items, lines, tasks] = await Promise.all([
    tx
      .select()
      .from(milestones)
      .where(eq(milestones.conferenceId, conferenceId))
      .orderBy(asc(milestones.sortOrder)),
    tx
      .select()
      .from(awardForms)
      .where(eq(awardForms.conferenceId, conferenceId))
      .orderBy(asc(awardForms.sortOrder)),
    tx.select().from(quotas).where(eq(quotas.conferenceId, conferenceId)),
    tx.select().from(programSessions).where(eq(programSessions.conferenceId, conferenceId)),
    tx
      .select()
      .from(performances)
      .where(eq(performances.conferenceId, conferenceId))
      .orderBy(asc(performances.sortOrder)),
    tx
      .select({ item: agendaItems, delegateName: delegates.fullName })
      .from(agendaItems)
      .leftJoin(delegates, eq(delegates.id, agendaItems.presenterDelegateId))
      .where(eq(agendaItems.conferenceId, conferenceId))
      .orderBy(asc(agendaItems.position)),
    tx
      .select()
      .from(budgetLines)
      .where(eq(budgetLines.conferenceId, conferenceId))
      .orderBy(asc(budgetLines.sortOrder)),
    tx
      .select()
      .from(conferenceTasks)
      .where(eq(conferenceTasks.conferenceId, conferenceId))
      .orderBy(asc(conferenceTasks.sortOrder)),
  ]);
  return {
    milestones: ms,
    awardForms: forms,
    quotas: qs,
    session: sessions[0] ?? null,
    performances: perfs,
    agendaItems: items,
    budgetLines: lines,
    tasks: tasks,
  };
}
export type CopySource = Awaited<ReturnType<typeof loadCopySource>>;

/** The source's honorees its plan's speech parts name (the copy asks for their unit instead). */
export async function speechPartHonorees(tx: Db, conferenceId: string, plan: Plan) {
  const ids = plan.speechRule.parts.flatMap((p) =>
    p.kind === 'honoree' && p.nominationId ? [p.nominationId] : [],
  );
  if (ids.length === 0) return new Map<string, NamedHonoree>();
  const rows = await tx
    .select({ id: nominations.id, kind: nominations.kind, unitId: nominations.unitId })
    .from(nominations)
    .where(and(eq(nominations.conferenceId, conferenceId), inArray(nominations.id, ids)));
  return new Map(rows.map((r) => [r.id, { kind: r.kind as NominationKind, unitId: r.unitId }]));
}
