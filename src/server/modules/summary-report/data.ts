import { asc, desc, eq, sql } from 'drizzle-orm';
import type { ReportSections } from '../../../shared/schemas/nominations';
import type { Db } from '../../db/client';
import { summaryReportSectionHistory, summaryReportSections, summaryReports } from '../../db/schema/index';
import { sentNominations } from '../dashboard/data';

// Báo cáo tổng kết — reads: the report and its sections, a section's history, and what compiling
// needs: the sent nominations counted with GROUPING SETS (the dashboard's sentNominations, joined
// to the honours of the conference's QĐ that are not revoked), the units with their reports, and
// the organizer's previous conference.

export type SummaryReportRow = typeof summaryReports.$inferSelect;
export type SummarySectionRow = typeof summaryReportSections.$inferSelect;

export async function getSummaryReport(db: Db, conferenceId: string): Promise<SummaryReportRow | null> {
  const [row] = await db.select().from(summaryReports).where(eq(summaryReports.conferenceId, conferenceId));
  return row ?? null;
}

export function listSections(db: Db, reportId: string): Promise<SummarySectionRow[]> {
  return db.select().from(summaryReportSections).where(eq(summaryReportSections.reportId, reportId));
}

export async function getSection(db: Db, conferenceId: string, key: string) {
  const [row] = await db
    .select({ section: summaryReportSections })
    .from(summaryReportSections)
    .innerJoin(summaryReports, eq(summaryReports.id, summaryReportSections.reportId))
    .where(sql`${summaryReports.conferenceId} = ${conferenceId} AND ${summaryReportSections.key} = ${key}`);
  return row?.section ?? null;
}

export function sectionHistory(db: Db, sectionId: string) {
  return db
    .select()
    .from(summaryReportSectionHistory)
    .where(eq(summaryReportSectionHistory.sectionId, sectionId))
    .orderBy(desc(summaryReportSectionHistory.version), asc(summaryReportSectionHistory.createdAt));
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** A count by one attribute: `dim` names it (form, kind, unit, gender, group, movement, all). */
export type FigureCount = { dim: string; key: string | null; nominations: number; honoured: number };

const DIMS = ['form', 'kind', 'unit', 'gender', 'group', 'movement'] as const;

/**
 * The sent nominations of a conference and, of them, the honoured ones (an honour of the
 * conference's QĐ khen thưởng, not revoked), by form, kind, unit, gender, occupation group and
 * movement, and in all — one statement.
 */
export async function figureCounts(db: Db, conferenceId: string): Promise<FigureCount[]> {
  const c = sql`${conferenceId}::uuid`;
  const rows = rowsOf<{
    award_form_id: string | null;
    kind: string | null;
    unit_id: string | null;
    gender_key: string | null;
    group_key: string | null;
    movement_id: string | null;
    g: number;
    n: number;
    h: number;
  }>(
    await db.execute(sql`
      SELECT award_form_id, kind, unit_id, gender_key, group_key, movement_id,
             grouping(award_form_id, kind, unit_id, gender_key, group_key, movement_id)::int AS g,
             count(*)::int AS n, count(hh.nomination_id)::int AS h
      FROM ${sentNominations(conferenceId)} AS n
      LEFT JOIN (
        SELECT DISTINCT h.nomination_id FROM honours h
        JOIN issued_documents d ON d.id = h.issued_document_id
        WHERE d.conference_id = ${c} AND d.kind = 'decision' AND h.revoked_at IS NULL
          AND h.nomination_id IS NOT NULL
      ) AS hh ON hh.nomination_id = n.id
      GROUP BY GROUPING SETS ((award_form_id), (kind), (unit_id), (gender_key), (group_key), (movement_id), ())`),
  );
  // grouping() sets a bit for each column NOT grouped by; the one grouped by is the zero bit
  const columns = ['award_form_id', 'kind', 'unit_id', 'gender_key', 'group_key', 'movement_id'] as const;
  return rows.map((r) => {
    const g = Number(r.g);
    const i = columns.findIndex((_, idx) => (g & (1 << (columns.length - 1 - idx))) === 0);
    return {
      dim: i < 0 ? 'all' : DIMS[i]!,
      key: i < 0 ? null : (r[columns[i]!] ?? null),
      nominations: Number(r.n),
      honoured: Number(r.h),
    };
  });
}

export type CompileFacts = {
  forms: { id: string; name: string }[];
  units: {
    id: string;
    name: string;
    reportStatus: string | null;
    sections: Partial<ReportSections> | null;
  }[];
  movements: { id: string; name: string }[];
};

/** Names of the forms, units (with their report) and movements, in their order — one statement. */
export async function compileFacts(
  db: Db,
  conf: { id: string; organizationId: string },
): Promise<CompileFacts> {
  const c = sql`${conf.id}::uuid`;
  const o = sql`${conf.organizationId}::uuid`;
  const [row] = rowsOf<Record<keyof CompileFacts, unknown>>(
    await db.execute(sql`
      SELECT
        (SELECT coalesce(json_agg(json_build_object('id', f.id, 'name', f.name) ORDER BY f.sort_order, f.code), '[]'::json)
         FROM award_forms f WHERE f.conference_id = ${c}) AS forms,
        (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name, 'reportStatus', r.status,
                  'sections', r.sections) ORDER BY u.sort_order, u.name), '[]'::json)
         FROM units u LEFT JOIN unit_reports r ON r.unit_id = u.id AND r.conference_id = ${c}
         WHERE u.organization_id = ${o}) AS units,
        (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name) ORDER BY m.name), '[]'::json)
         FROM movements m WHERE m.organization_id = ${o}) AS movements`),
  );
  const parse = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  return {
    forms: parse(row?.forms ?? []),
    units: parse(row?.units ?? []),
    movements: parse(row?.movements ?? []),
  };
}

/** The organizer's conference before this one: the latest whose period ends before this one's ends. */
export async function previousConference(
  db: Db,
  conf: { id: string; organizationId: string; plan: { periodEnd: number } },
): Promise<{ id: string; plan: { name: string; periodStart: number; periodEnd: number } } | null> {
  const [row] = rowsOf<{ id: string; plan: unknown }>(
    await db.execute(sql`
      SELECT id, plan FROM conferences
      WHERE organization_id = ${conf.organizationId}::uuid AND id <> ${conf.id}::uuid
        AND (plan->>'periodEnd')::int < ${conf.plan.periodEnd}
      ORDER BY (plan->>'periodEnd')::int DESC, created_at DESC LIMIT 1`),
  );
  if (!row) return null;
  const plan = (typeof row.plan === 'string' ? JSON.parse(row.plan) : row.plan) as {
    name: string;
    periodStart: number;
    periodEnd: number;
  };
  return { id: row.id, plan };
}

/** The report with its sections (none while it was never compiled nor edited). */
export async function loadReport(db: Db, conferenceId: string) {
  const report = await getSummaryReport(db, conferenceId);
  return { report, sections: report ? await listSections(db, report.id) : [] };
}
