// Writes of the báo cáo tổng kết: compile (create the report and its sections when missing,
// recompute the statistics, renew every section's draft — never its body) and save a section's
// body at its version (409 with the current section when stale), each in one transaction with its
// audit entry; every saved body is appended to the section's history.
import { and, eq, sql } from 'drizzle-orm';
import { unitHasSubmitted } from '../../../shared/rules/dashboard';
import type { Actor } from '../../../shared/rules/permissions';
import { sectionDraft } from '../../../shared/rules/summary-report';
import {
  type ReportStatistics,
  SUMMARY_SECTION_KEYS,
  type SummarySectionKey,
} from '../../../shared/schemas/summary-report';
import type { Db } from '../../db/client';
import { summaryReportSectionHistory, summaryReportSections, summaryReports } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import {
  compileFacts,
  figureCounts,
  getSection,
  getSummaryReport,
  previousConference,
  type SummaryReportRow,
} from './data';
import { presentFigures, presentSection, presentStatistics } from './presenters';

/** The report row and its eight sections, made when missing (two callers at once: one wins, both read it). */
async function ensureReport(
  tx: Db,
  conf: Pick<ConferenceRow, 'id' | 'organizationId'>,
): Promise<SummaryReportRow> {
  await tx
    .insert(summaryReports)
    .values({ organizationId: conf.organizationId, conferenceId: conf.id })
    .onConflictDoNothing();
  const report = (await getSummaryReport(tx, conf.id))!;
  await tx
    .insert(summaryReportSections)
    .values(
      SUMMARY_SECTION_KEYS.map((key) => ({
        organizationId: conf.organizationId,
        conferenceId: conf.id,
        reportId: report.id,
        key,
      })),
    )
    .onConflictDoNothing();
  return report;
}

/** The statistics and the drafts from the database as it is now (reads only). */
export async function computeReport(db: Db, conf: ConferenceRow) {
  const prev = await previousConference(db, conf);
  const [counts, facts, prevCounts, prevFacts] = await Promise.all([
    figureCounts(db, conf.id),
    compileFacts(db, conf),
    prev ? figureCounts(db, prev.id) : Promise.resolve([]),
    prev ? compileFacts(db, { id: prev.id, organizationId: conf.organizationId }) : Promise.resolve(null),
  ]);
  const previous = prev && prevFacts ? presentFigures(prev, prevCounts, prevFacts.forms) : null;
  const sent = facts.units.filter(
    (u) => unitHasSubmitted({ reportStatus: u.reportStatus, byStatus: {} }).report,
  );
  const statistics: ReportStatistics = presentStatistics(
    conf,
    counts,
    facts,
    sent.length,
    previous,
    new Date().toISOString(),
  );
  const quoted = sent.map((u) => ({ unitName: u.name, sections: u.sections ?? {} }));
  const drafts = Object.fromEntries(
    SUMMARY_SECTION_KEYS.map((k) => [k, sectionDraft(k, quoted, { now: statistics, before: previous })]),
  ) as Record<SummarySectionKey, string>;
  return { statistics, drafts };
}

/** Cập nhật số liệu: the statistics and every section's draft renewed; the bodies stay as written. */
export async function compileReport(opts: { db: Db; actor: Actor | null; conf: ConferenceRow }) {
  const { db, actor, conf } = opts;
  const { statistics, drafts } = await computeReport(db, conf);
  return db.transaction(async (tx) => {
    const report = await ensureReport(tx, conf);
    const [after] = await tx
      .update(summaryReports)
      .set({
        statistics,
        compiledAt: new Date(statistics.compiledAt),
        version: sql`${summaryReports.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(summaryReports.id, report.id))
      .returning();
    for (const key of SUMMARY_SECTION_KEYS) {
      // the draft is the compiler's, not an edit: the section's version stays (no 409 for its editors)
      await tx
        .update(summaryReportSections)
        .set({ draft: drafts[key] })
        .where(and(eq(summaryReportSections.reportId, report.id), eq(summaryReportSections.key, key)));
    }
    await writeConferenceAudit(tx, actor, conf, {
      action: 'summary_report.compiled',
      entityType: 'summary_report',
      entityId: report.id,
      before: { compiledAt: report.compiledAt, nominations: report.statistics?.nominations ?? null },
      after: {
        compiledAt: after?.compiledAt,
        nominations: statistics.nominations,
        honoured: statistics.honoured,
      },
    });
    return after!;
  });
}

/** Saves a section's body at `version`; 409 carries the section as it is now. */
export async function saveSection(opts: {
  db: Db;
  actor: Actor;
  conf: ConferenceRow;
  key: SummarySectionKey;
  body: string;
  version: number;
}) {
  const { db, actor, conf, key, body, version } = opts;
  return db.transaction(async (tx) => {
    await ensureReport(tx, conf);
    const before = (await getSection(tx, conf.id, key))!;
    const after = await updateVersioned(
      tx,
      summaryReportSections,
      before.id,
      version,
      { body, updatedBy: actor.userId, updatedByName: actor.fullName },
      async () => presentSection(key, (await getSection(tx, conf.id, key)) ?? undefined),
    );
    await tx.insert(summaryReportSectionHistory).values({
      organizationId: conf.organizationId,
      sectionId: after.id,
      version: after.version,
      body,
      editedBy: actor.userId,
      editedByName: actor.fullName,
    });
    await writeConferenceAudit(tx, actor, conf, {
      action: 'summary_report_section.saved',
      entityType: 'summary_report_section',
      entityId: after.id,
      before: { key, body: before.body, version: before.version },
      after: { key, body: after.body, version: after.version },
    });
    return after;
  });
}
