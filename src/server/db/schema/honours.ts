// Sổ khen thưởng — the organizer's memory of who was honoured: identities (people, collectives,
// households), the honours themselves, the catalogue of forms the register knows, the emulation
// movements with the units' registrations, and eligibility rules as dated data.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { EligibilityParams } from '../../../shared/schemas/honours';
import { createdAt, id, versionedTimestamps } from './columns';
import { units, users } from './core';
import { issuedDocuments } from './documents';
import { honourSubjects, movements } from './identities';
import { nominations } from './nominations';
import { orgId } from './refs';

/**
 * Danh mục hình thức trong sổ — every form the register knows for an organizer, from its own
 * conferences and from higher levels (Bằng khen UBND tỉnh, Huân chương …), with the columns of the
 * statutory statistics it counts in. Dated: a form may be valid only for some years.
 */
export const honourForms = pgTable(
  'honour_forms',
  {
    id: id(),
    organizationId: orgId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** individual | collective | household */
    appliesTo: text('applies_to').notNull(),
    /** Cấp khen: shared/schemas/honours HONOUR_LEVELS. */
    level: text('level').notNull(),
    /** The statistics column it counts in (HONOUR_STAT_COLUMNS), or null: counted in no form. */
    statColumn: text('stat_column'),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    ...versionedTimestamps(),
  },
  (t) => [uniqueIndex('honour_forms_org_code_uq').on(t.organizationId, t.code)],
);

/** Đăng ký thi đua — what one unit commits to in a movement, and its result at the end. */
export const movementRegistrations = pgTable(
  'movement_registrations',
  {
    id: id(),
    organizationId: orgId(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    commitment: text('commitment').notNull(),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    result: text('result').notNull().default(''),
    ...versionedTimestamps(),
  },
  (t) => [uniqueIndex('movement_registrations_uq').on(t.movementId, t.unitId)],
);

/**
 * Khen thưởng — one honour of one identity: the form, the year, the decision (number, date,
 * signer level), the achievement, the movement and the prize. `source` says how it came: issued
 * through the document register (`decision`, with the document and the nomination), imported from
 * an XLSX of earlier decisions (`import`) or typed in (`manual`).
 */
export const honours = pgTable(
  'honours',
  {
    id: id(),
    organizationId: orgId(),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => honourSubjects.id),
    formCode: text('form_code').notNull(),
    formName: text('form_name').notNull(),
    year: integer('year').notNull(),
    decisionNumber: text('decision_number').notNull(),
    decisionDate: date('decision_date', { mode: 'string' }).notNull(),
    /** HONOUR_LEVELS */
    signerLevel: text('signer_level').notNull(),
    /** Phương thức khen thưởng: HONOUR_METHODS. */
    method: text('method').notNull().default('regular'),
    /** Đối tượng for the statistics (HONOUR_CATEGORIES), null: by kind only. */
    category: text('category'),
    achievement: text('achievement').notNull().default(''),
    /** The achievement's reference (sáng kiến, công trình, decision cited) — one achievement, one honour. */
    achievementRef: text('achievement_ref').notNull().default(''),
    movementId: uuid('movement_id').references(() => movements.id, { onDelete: 'set null' }),
    prizeAmount: bigint('prize_amount', { mode: 'number' }).notNull().default(0),
    /** decision | import | manual */
    source: text('source').notNull(),
    issuedDocumentId: uuid('issued_document_id').references(() => issuedDocuments.id, {
      onDelete: 'set null',
    }),
    nominationId: uuid('nomination_id').references(() => nominations.id, { onDelete: 'set null' }),
    /** Thu hồi (Law Ch. VII): a revoked honour stays in the register, counted nowhere. */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason').notNull().default(''),
    /**
     * Mã xác minh printed on the certificate with a QR to the public verification page: random,
     * with a check character (shared/rules/verify-code.ts). Null only for rows made before
     * migration 0024 until the boot's backfill gives them one.
     */
    verifyCode: text('verify_code'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('honours_verify_code_uq').on(t.verifyCode),
    index('honours_subject_idx').on(t.subjectId, t.year),
    index('honours_org_year_idx').on(t.organizationId, t.year, t.formCode),
    index('honours_decision_idx').on(t.organizationId, t.decisionNumber),
    // One decision is its number and date (numbers restart every year): a person once per form in it.
    uniqueIndex('honours_once_uq').on(
      t.organizationId,
      t.decisionNumber,
      t.decisionDate,
      t.subjectId,
      t.formCode,
    ),
    index('honours_document_idx').on(t.issuedDocumentId).where(sql`${t.issuedDocumentId} IS NOT NULL`),
  ],
);

/**
 * Điều kiện xét khen thưởng — one rule of an organizer for one form, valid for the nominations of
 * the years in [valid_from, valid_to]. `is_example` marks the demo's examples (not law).
 */
export const eligibilityRules = pgTable(
  'eligibility_rules',
  {
    id: id(),
    organizationId: orgId(),
    formCode: text('form_code').notNull(),
    /** ELIGIBILITY_RULE_KINDS */
    kind: text('kind').notNull(),
    params: jsonb('params').$type<EligibilityParams>().notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    note: text('note').notNull().default(''),
    isExample: boolean('is_example').notNull().default(false),
    ...versionedTimestamps(),
  },
  (t) => [index('eligibility_rules_org_form_idx').on(t.organizationId, t.formCode)],
);
