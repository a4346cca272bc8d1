import { sql } from 'drizzle-orm';
import type { LifecycleFacts } from '../../../shared/rules/lifecycle';
import type { Plan } from '../../../shared/schemas/plan';
import type { Db } from '../../db/client';
import type { milestones as milestoneTable } from '../../db/schema/index';

// Vòng đời — the facts the lifecycle rule (shared/rules/lifecycle.ts) decides from, counted in
// one statement per conference: units that have sent their report and a nominee, nominations
// waiting or accepted, closed council meetings, ballots, honorees, the delegate list, check-ins,
// the agenda, the logistics checklist, the issued KH and QĐ, the upper-level delegation.

/** Everything but the clock and the milestones: the counts as they are now. */
export type StoredFacts = Omit<LifecycleFacts, 'today' | 'milestones'>;

type Row = {
  plan_issued: boolean;
  decision_issued: boolean;
  units_total: number;
  units_submitted: number;
  extended_until: string | null;
  pending: number;
  accepted: number;
  closed_meetings: string[] | string | null;
  ballots_open: number;
  ballots_closed: number;
  honorees: number;
  delegates: number;
  finalized: boolean;
  checkins: number;
  agenda_items: number;
  logistics_total: number;
  logistics_done: number;
  delegation: number;
};

const COUNTED = sql`('submitted', 'resubmitted', 'accepted')`;

type Conf = { id: string; organizationId: string; plan: Plan };

export async function loadStoredFacts(db: Db, conf: Conf): Promise<StoredFacts> {
  const c = sql`${conf.id}::uuid`;
  const result = await db.execute(sql`
    SELECT
      EXISTS (SELECT 1 FROM issued_documents WHERE conference_id = ${c} AND kind = 'plan' AND status = 'issued') AS plan_issued,
      EXISTS (SELECT 1 FROM issued_documents WHERE conference_id = ${c} AND kind = 'decision' AND status = 'issued') AS decision_issued,
      (SELECT count(*)::int FROM units WHERE organization_id = ${conf.organizationId}::uuid) AS units_total,
      (SELECT count(*)::int FROM units u
        WHERE u.organization_id = ${conf.organizationId}::uuid
          AND EXISTS (SELECT 1 FROM unit_reports r WHERE r.conference_id = ${c} AND r.unit_id = u.id AND r.status <> 'draft')
          AND EXISTS (SELECT 1 FROM nominations n WHERE n.conference_id = ${c} AND n.unit_id = u.id AND n.status IN ${COUNTED})
      ) AS units_submitted,
      (SELECT max(until)::text FROM deadline_extensions WHERE conference_id = ${c}) AS extended_until,
      (SELECT count(*)::int FROM nominations WHERE conference_id = ${c} AND status IN ('submitted', 'resubmitted')) AS pending,
      (SELECT count(*)::int FROM nominations WHERE conference_id = ${c} AND status = 'accepted') AS accepted,
      (SELECT coalesce(json_agg(meeting_date::text), '[]'::json) FROM review_meetings
        WHERE conference_id = ${c} AND status = 'closed') AS closed_meetings,
      (SELECT count(*) FILTER (WHERE b.status = 'open')::int FROM ballots b
        JOIN review_meetings m ON m.id = b.meeting_id WHERE m.conference_id = ${c}) AS ballots_open,
      (SELECT count(*) FILTER (WHERE b.status = 'closed')::int FROM ballots b
        JOIN review_meetings m ON m.id = b.meeting_id WHERE m.conference_id = ${c}) AS ballots_closed,
      (SELECT count(DISTINCT nomination_id)::int FROM ballot_results WHERE conference_id = ${c} AND selected) AS honorees,
      (SELECT count(*)::int FROM delegates WHERE conference_id = ${c}) AS delegates,
      EXISTS (SELECT 1 FROM delegate_lists WHERE conference_id = ${c} AND finalized_at IS NOT NULL) AS finalized,
      (SELECT count(*)::int FROM delegate_checkins k JOIN delegates d ON d.id = k.delegate_id
        WHERE d.conference_id = ${c}) AS checkins,
      (SELECT count(*)::int FROM agenda_items WHERE conference_id = ${c}) AS agenda_items,
      (SELECT count(*)::int FROM conference_tasks
        WHERE conference_id = ${c} AND kind = 'logistics' AND status <> 'cancelled') AS logistics_total,
      (SELECT count(*)::int FROM conference_tasks
        WHERE conference_id = ${c} AND kind = 'logistics' AND status = 'done') AS logistics_done,
      (SELECT count(*)::int FROM delegation_members WHERE conference_id = ${c}) AS delegation`);
  const r = (result as unknown as { rows: Row[] }).rows[0]!;
  const closed = typeof r.closed_meetings === 'string' ? JSON.parse(r.closed_meetings) : r.closed_meetings;
  const n = (v: unknown) => Number(v ?? 0);
  const quota = conf.plan.delegationQuota;
  return {
    planSigned: conf.plan.signedAt !== null || Boolean(r.plan_issued),
    units: { total: n(r.units_total), submitted: n(r.units_submitted) },
    extendedUntil: r.extended_until,
    nominations: { pending: n(r.pending), accepted: n(r.accepted) },
    closedMeetingDates: (closed ?? []) as string[],
    ballots: { open: n(r.ballots_open), closed: n(r.ballots_closed) },
    honorees: n(r.honorees),
    delegates: { total: n(r.delegates), finalized: Boolean(r.finalized) },
    checkins: n(r.checkins),
    agendaItems: n(r.agenda_items),
    logistics: { total: n(r.logistics_total), done: n(r.logistics_done) },
    decisionIssued: Boolean(r.decision_issued),
    delegation: { members: n(r.delegation), quota: quota.collectives + quota.individuals },
  };
}

/** The facts of the rule on `today`. */
export const lifecycleFacts = (
  stored: StoredFacts,
  milestones: readonly (typeof milestoneTable.$inferSelect)[],
  today: string,
): LifecycleFacts => ({
  ...stored,
  today,
  milestones: milestones.map((m) => ({
    id: m.id,
    kind: m.kind,
    startDate: m.startDate,
    endDate: m.endDate,
    startTime: m.startTime,
    done: m.done,
  })),
});
