import { sql } from 'drizzle-orm';
import type { TimelineMilestone } from '../../../shared/rules/dashboard';
import type { Db } from '../../db/client';

// Bảng điều khiển — reads. Two statements, run side by side (plus budgetTotal): the nominations
// counted once with GROUPING SETS, and everything else (milestones, units with their report and
// extension, award forms with their quota, tasks by kind, delegates by category/gender/attributes)
// aggregated in the database and returned as a handful of small JSON arrays.

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** grouping(unit_id, award_form_id, status, gender_key, group_key): 1 = not grouped by that column. */
const BY_UNIT_STATUS = 0b01011;
const BY_FORM_STATUS = 0b10011;
const BY_GENDER = 0b11101;
const BY_GROUP = 0b11110;

/**
 * The nominations a conference's numbers count: the sent ones (every status but draft), with the
 * keys they are counted by — a collective under 'collective', an individual without a gender or an
 * occupation group under 'unknown'. One home for the dashboard and the summary report's statistics
 * (modules/summary-report), so both show the same numbers.
 */
export const sentNominations = (conferenceId: string) => sql`(
        SELECT id, unit_id, award_form_id, status, kind, movement_id,
               CASE WHEN kind = 'collective' THEN 'collective' ELSE coalesce(gender, 'unknown') END AS gender_key,
               CASE WHEN kind = 'collective' THEN 'collective' ELSE coalesce(occupation_group, 'unknown') END AS group_key
        FROM nominations
        WHERE conference_id = ${conferenceId}::uuid AND status <> 'draft'
      )`;

export type NominationCounts = {
  /** unitId → status → n */
  byUnit: Map<string, Record<string, number>>;
  /** awardFormId → status → n */
  byForm: Map<string, Record<string, number>>;
  /** male | female | unknown | collective → n */
  byGender: Map<string, number>;
  /** an OCCUPATION_GROUPS value | unknown | collective → n */
  byGroup: Map<string, number>;
};

type CountRow = {
  unit_id: string | null;
  award_form_id: string | null;
  status: string | null;
  gender_key: string | null;
  group_key: string | null;
  g: number;
  n: number;
};

/** Sent nominations (every status but draft) by unit × status, form × status, gender and occupation group. */
export async function nominationCounts(db: Db, conferenceId: string): Promise<NominationCounts> {
  const rows = rowsOf<CountRow>(
    await db.execute(sql`
      SELECT unit_id, award_form_id, status, gender_key, group_key,
             grouping(unit_id, award_form_id, status, gender_key, group_key)::int AS g,
             count(*)::int AS n
      FROM ${sentNominations(conferenceId)} AS n
      GROUP BY GROUPING SETS ((unit_id, status), (award_form_id, status), (gender_key), (group_key))`),
  );
  const out: NominationCounts = {
    byUnit: new Map(),
    byForm: new Map(),
    byGender: new Map(),
    byGroup: new Map(),
  };
  const add = (m: Map<string, Record<string, number>>, id: string, status: string, n: number) => {
    const entry = m.get(id) ?? {};
    entry[status] = n;
    m.set(id, entry);
  };
  for (const r of rows) {
    const g = Number(r.g);
    const n = Number(r.n);
    if (g === BY_UNIT_STATUS) add(out.byUnit, r.unit_id!, r.status!, n);
    else if (g === BY_FORM_STATUS) add(out.byForm, r.award_form_id!, r.status!, n);
    else if (g === BY_GENDER) out.byGender.set(r.gender_key!, n);
    else if (g === BY_GROUP) out.byGroup.set(r.group_key!, n);
  }
  return out;
}

export type ConferenceFacts = {
  milestones: TimelineMilestone[];
  units: { id: string; name: string; reportStatus: string | null; extendedUntil: string | null }[];
  forms: { id: string; name: string; quota: number }[];
  tasks: { kind: string; total: number; done: number; overdue: number }[];
  delegates: { category: string; subgroup: string; gender: string | null; attributes: string[]; n: number }[];
};

/** Everything but the nominations and the budget, in one statement. `today` is YYYY-MM-DD (Vietnam). */
export async function conferenceFacts(
  db: Db,
  conf: { id: string; organizationId: string },
  today: string,
): Promise<ConferenceFacts> {
  const c = sql`${conf.id}::uuid`;
  const [row] = rowsOf<Record<keyof ConferenceFacts, unknown>>(
    await db.execute(sql`
      SELECT
        (SELECT coalesce(json_agg(json_build_object(
                  'id', m.id, 'title', m.title, 'kind', m.kind, 'startDate', m.start_date,
                  'endDate', m.end_date, 'done', m.done) ORDER BY m.start_date, m.sort_order), '[]'::json)
         FROM milestones m WHERE m.conference_id = ${c}) AS milestones,
        (SELECT coalesce(json_agg(json_build_object(
                  'id', u.id, 'name', u.name, 'reportStatus', r.status, 'extendedUntil', e.until)
                  ORDER BY u.sort_order, u.name), '[]'::json)
         FROM units u
         LEFT JOIN unit_reports r ON r.unit_id = u.id AND r.conference_id = ${c}
         LEFT JOIN (SELECT unit_id, max(until) AS until FROM deadline_extensions
                    WHERE conference_id = ${c} GROUP BY unit_id) e ON e.unit_id = u.id
         WHERE u.organization_id = ${conf.organizationId}::uuid) AS units,
        (SELECT coalesce(json_agg(json_build_object('id', f.id, 'name', f.name, 'quota', coalesce(q.quota, 0))
                  ORDER BY f.sort_order, f.code), '[]'::json)
         FROM award_forms f
         LEFT JOIN (SELECT award_form_id, sum(count)::int AS quota FROM quotas
                    WHERE conference_id = ${c} GROUP BY award_form_id) q ON q.award_form_id = f.id
         WHERE f.conference_id = ${c}) AS forms,
        (SELECT coalesce(json_agg(t), '[]'::json) FROM (
           SELECT kind,
                  count(*) FILTER (WHERE status <> 'cancelled')::int AS total,
                  count(*) FILTER (WHERE status = 'done')::int AS done,
                  count(*) FILTER (WHERE status NOT IN ('done', 'cancelled') AND due_date < ${today}::date)::int AS overdue
           FROM conference_tasks WHERE conference_id = ${c} GROUP BY kind) t) AS tasks,
        (SELECT coalesce(json_agg(d), '[]'::json) FROM (
           SELECT category, subgroup, gender, attributes, count(*)::int AS n
           FROM delegates WHERE conference_id = ${c} GROUP BY category, subgroup, gender, attributes) d) AS delegates`),
  );
  const parse = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  return {
    milestones: parse(row?.milestones ?? []),
    units: parse(row?.units ?? []),
    forms: parse(row?.forms ?? []),
    tasks: parse(row?.tasks ?? []),
    delegates: parse(row?.delegates ?? []),
  };
}
