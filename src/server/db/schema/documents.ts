import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, versionedTimestamps } from './columns';
import { organizations, users } from './core';
import { conferenceRow } from './refs';

/**
 * Sổ văn bản — one row per version of an official document of a conference. A draft has no
 * number; issuing assigns the next number of its type in its year (see document_number_counters),
 * renders DOCX and PDF once, stores both in the file store and keeps their SHA-256: an issued row
 * never changes again (the database refuses it, see migration 0010). A change is a new version:
 * a new draft whose `previous_id` cites the old one and which takes a new number when issued.
 */
export const issuedDocuments = pgTable(
  'issued_documents',
  {
    ...conferenceRow(),
    /** A documents/catalog.ts kind: plan, program, decision … */
    kind: text('kind').notNull(),
    /** Loại văn bản: KH, QĐ, GM … — the numbering series. */
    type: text('type').notNull(),
    /** Ký hiệu as printed after the number, "KH-UBND" (known once issued). */
    code: text('code').notNull().default(''),
    /** Kind-specific choice the builder was given (the meeting of a BB). */
    meetingId: uuid('meeting_id'),
    /** draft | issued */
    status: text('status').notNull().default('draft'),
    /** Phiên bản: 1, then +1 for each new version citing the previous one. */
    version: integer('version').notNull().default(1),
    previousId: uuid('previous_id').references((): AnyPgColumn => issuedDocuments.id),
    /** Year of the number series (the year of the document date); null on a draft. */
    year: integer('year'),
    number: integer('number'),
    /** Ngày ban hành printed on the document. */
    documentDate: date('document_date'),
    signerName: text('signer_name').notNull().default(''),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    docxSha256: text('docx_sha256'),
    pdfSha256: text('pdf_sha256'),
    /** The document model (documents/model.ts) the files were rendered from. */
    model: jsonb('model'),
    title: text('title').notNull().default(''),
    summary: text('summary').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    issuedBy: uuid('issued_by').references(() => users.id),
    issuedByName: text('issued_by_name').notNull().default(''),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    /** Optimistic concurrency for draft edits. */
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('issued_documents_conf_idx').on(t.conferenceId, t.kind),
    index('issued_documents_org_year_idx').on(t.organizationId, t.year, t.type),
    uniqueIndex('issued_documents_number_uq')
      .on(t.organizationId, t.type, t.year, t.number)
      .where(sql`${t.number} IS NOT NULL`),
    uniqueIndex('issued_documents_previous_uq').on(t.previousId).where(sql`${t.previousId} IS NOT NULL`),
  ],
);

/**
 * The last number given per organization, type and year. Issuing increments it with an upsert
 * in the issuing transaction: the row stays locked until commit, so two issues at the same
 * instant take consecutive numbers, and a failed issue rolls its number back (no gaps).
 */
export const documentNumberCounters = pgTable(
  'document_number_counters',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    type: text('type').notNull(),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.type, t.year] })],
);

/**
 * Cài đặt văn bản — one row per conference: how prize money is rounded (none | up_10000 |
 * nearest_1000, see rules/prize-money.ts), the award decision's legal-basis lines (Căn cứ …;
 * null = the default lines built from the organization and the plan) and the date of the draft
 * award decision (null = the conference day), on which its prizes are computed until one is issued.
 */
export const documentSettings = pgTable(
  'document_settings',
  {
    ...conferenceRow(),
    prizeRounding: text('prize_rounding').notNull().default('none'),
    decisionLegalBasis: jsonb('decision_legal_basis').$type<string[]>(),
    decisionDate: date('decision_date', { mode: 'string' }),
    ...versionedTimestamps(),
  },
  (t) => [uniqueIndex('document_settings_conference_uq').on(t.conferenceId)],
);
