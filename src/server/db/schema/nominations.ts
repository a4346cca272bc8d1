import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  ApprovalRule,
  CollectiveDetails,
  IndividualDetails,
  ReportNumbers,
  ReportSections,
  UnitReview,
} from '../../../shared/schemas/nominations';
import { createdAt, id, updatedAt, version, versionedTimestamps } from './columns';
import { users } from './core';
import { honourSubjects, movements } from './identities';
import { conferenceRow, orgId, unitId } from './refs';

/** Mức lương cơ sở — national, dated: the amount in force on a date is the latest effective_from ≤ date. */
export const baseSalaries = pgTable(
  'base_salaries',
  {
    id: id(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    legalBasis: text('legal_basis').notNull().default(''),
    ...versionedTimestamps(),
  },
  (t) => [uniqueIndex('base_salaries_from_uq').on(t.effectiveFrom)],
);

/** Hình thức khen thưởng / danh hiệu — an award form of a conference, with its criteria (tiêu chí). */
export const awardForms = pgTable(
  'award_forms',
  {
    ...conferenceRow(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** individual | collective | household */
    appliesTo: text('applies_to').notNull(),
    /** Hệ số tiền thưởng × mức lương cơ sở. */
    prizeCoefficient: numeric('prize_coefficient', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    approvalRule: jsonb('approval_rule').$type<ApprovalRule>().notNull(),
    criteria: jsonb('criteria').$type<string[]>().notNull().default([]),
    /** Most honorees this form may have in the conference (null: no limit); ranking decides beyond it. */
    maxHonorees: integer('max_honorees'),
    /** Fewest honorees this form should have (null: no target; equal to max: an exact number). Warned, never enforced. */
    minHonorees: integer('min_honorees'),
    sortOrder: integer('sort_order').notNull().default(0),
    ...versionedTimestamps(),
  },
  (t) => [
    uniqueIndex('award_forms_conf_code_uq').on(t.conferenceId, t.code),
    index('award_forms_conf_idx').on(t.conferenceId),
  ],
);

/** Chỉ tiêu — how many nominees a unit may propose for one award form. */
export const quotas = pgTable(
  'quotas',
  {
    ...conferenceRow(),
    unitId: unitId(),
    awardFormId: uuid('award_form_id')
      .notNull()
      .references(() => awardForms.id, { onDelete: 'cascade' }),
    count: integer('count').notNull().default(0),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('quotas_cell_uq').on(t.conferenceId, t.unitId, t.awardFormId)],
);

/** Gia hạn nộp — the secretary reopens submission for one unit after the deadline. */
export const deadlineExtensions = pgTable(
  'deadline_extensions',
  {
    ...conferenceRow(),
    unitId: unitId(),
    until: date('until', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('deadline_ext_conf_unit_idx').on(t.conferenceId, t.unitId)],
);

/** Báo cáo đánh giá của đơn vị. */
export const unitReports = pgTable(
  'unit_reports',
  {
    ...conferenceRow(),
    unitId: unitId(),
    sections: jsonb('sections').$type<ReportSections>().notNull(),
    numbers: jsonb('numbers').$type<ReportNumbers>().notNull(),
    status: text('status').notNull().default('draft'),
    returnReason: text('return_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    ...versionedTimestamps(),
  },
  (t) => [uniqueIndex('unit_reports_conf_unit_uq').on(t.conferenceId, t.unitId)],
);

/** Đề nghị vinh danh — a nominee (collective or individual) proposed by a unit. */
export const nominations = pgTable(
  'nominations',
  {
    ...conferenceRow(),
    unitId: unitId(),
    awardFormId: uuid('award_form_id')
      .notNull()
      .references(() => awardForms.id),
    /** individual | collective */
    kind: text('kind').notNull(),
    /** Display name: the person's full name or the collective's name. */
    name: text('name').notNull(),
    /** Lower-case name without diacritics, for search ("huong" finds "Hường"). */
    searchName: text('search_name').notNull(),
    /** Vietnamese name order as bytes (vietnameseNameSortKey); the column is COLLATE "C" (migration 0004). */
    sortKey: text('sort_key').notNull(),
    gender: text('gender'),
    occupationGroup: text('occupation_group'),
    // The details and the review record are complete from the unit's submission on (submitting
    // checks nominationInputSchema and stores what it parsed); a draft's may lack fields
    // (nominationDraftSchema), so the nominations module reads them as drafts.
    individual: jsonb('individual').$type<IndividualDetails>(),
    collective: jsonb('collective').$type<CollectiveDetails>(),
    /** Tóm tắt thành tích — sanitized HTML (allow-listed tags only). */
    summaryHtml: text('summary_html').notNull().default(''),
    unitReview: jsonb('unit_review').$type<UnitReview | null>(),
    /** Phong trào thi đua the achievement belongs to (optional). */
    movementId: uuid('movement_id').references(() => movements.id, { onDelete: 'set null' }),
    /** The achievement's reference (sáng kiến, công trình, QĐ cited): one achievement, one honour. */
    achievementRef: text('achievement_ref').notNull().default(''),
    /** Giải trình: why the unit sends a nominee the register finds not yet eligible. */
    eligibilityNote: text('eligibility_note').notNull().default(''),
    /** The identity in the register, once known (set when the honour is written at the QĐ). */
    subjectId: uuid('subject_id').references(() => honourSubjects.id),
    status: text('status').notNull().default('draft'),
    returnReason: text('return_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    ...versionedTimestamps(),
  },
  (t) => [
    index('nominations_conf_status_idx').on(t.conferenceId, t.status),
    index('nominations_conf_unit_idx').on(t.conferenceId, t.unitId),
    index('nominations_conf_form_idx').on(t.conferenceId, t.awardFormId),
    index('nominations_conf_sort_idx').on(t.conferenceId, t.sortKey),
    // The dashboard's counts (by unit, form, status, gender, occupation group) read only this index.
    index('nominations_conf_dashboard_idx').on(
      t.conferenceId,
      t.status,
      t.unitId,
      t.awardFormId,
      t.kind,
      t.gender,
      t.occupationGroup,
    ),
  ],
);

/** Tệp đính kèm — content-addressed: the bytes live under DATA_DIR/files/<sha256>. */
export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    organizationId: orgId(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_nomination_idx').on(t.nominationId)],
);

/**
 * Lịch sử xử lý — each send, return, acceptance and refusal of a nomination: who, when, and the
 * reason the office gave. A return's reason stays here after the unit sends it again.
 */
export const nominationEvents = pgTable(
  'nomination_events',
  {
    id: id(),
    organizationId: orgId(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    /** The status it moved to: submitted | returned | resubmitted | accepted | rejected. */
    status: text('status').notNull(),
    reason: text('reason'),
    actorId: uuid('actor_id').references(() => users.id),
    /** The actor's name at the time, as the unit read it. */
    actorName: text('actor_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('nomination_events_nomination_idx').on(t.nominationId, t.createdAt)],
);

/** A row about one nomination (ballot items and results, delegation members). */
export const nominationRef = () =>
  uuid('nomination_id')
    .notNull()
    .references(() => nominations.id);
