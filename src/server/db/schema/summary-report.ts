// Báo cáo tổng kết — the conference's main report, compiled from the units' reports and the
// database, edited section by section by the office (several editors, versioned, with history),
// issued as a BC through the document register (documents/catalog.ts kind 'summary_report').
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ReportStatistics } from '../../../shared/schemas/summary-report';
import { createdAt, id, versionedTimestamps } from './columns';
import { users } from './core';
import { conferenceRow, orgId } from './refs';

/** One per conference: the statistics last compiled (a snapshot; refreshed on demand). */
export const summaryReports = pgTable(
  'summary_reports',
  {
    ...conferenceRow(),
    statistics: jsonb('statistics').$type<ReportStatistics>(),
    compiledAt: timestamp('compiled_at', { withTimezone: true }),
    ...versionedTimestamps(),
  },
  (t) => [uniqueIndex('summary_reports_conference_uq').on(t.conferenceId)],
);

/**
 * A section of the report (SUMMARY_SECTION_KEYS). `draft` is what the compiler made (the units'
 * report sections quoted per unit); `body` is the office's prose — compiling again renews the draft
 * and never touches the body. Plain text: paragraphs split by blank lines, "- " / "+ " bullets.
 */
export const summaryReportSections = pgTable(
  'summary_report_sections',
  {
    ...conferenceRow(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => summaryReports.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    draft: text('draft').notNull().default(''),
    body: text('body').notNull().default(''),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedByName: text('updated_by_name').notNull().default(''),
    ...versionedTimestamps(),
  },
  (t) => [uniqueIndex('summary_report_sections_key_uq').on(t.reportId, t.key)],
);

/** Lịch sử sửa — every saved body of a section, with who saved it (append-only). */
export const summaryReportSectionHistory = pgTable(
  'summary_report_section_history',
  {
    id: id(),
    organizationId: orgId(),
    sectionId: uuid('section_id')
      .notNull()
      .references(() => summaryReportSections.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    body: text('body').notNull(),
    editedBy: uuid('edited_by').references(() => users.id, { onDelete: 'set null' }),
    editedByName: text('edited_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('summary_report_section_history_idx').on(t.sectionId, t.version)],
);
