import { date, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { FieldLayout } from '../../../shared/rules/certificate-layout';
import { versionedTimestamps } from './columns';
import { conferenceRow } from './refs';

/** A printer's calibration: added to every field of a blank, in mm. */
export type PrinterCalibration = { name: string; dx: number; dy: number };

/**
 * Cài đặt in giấy khen — one row per conference: the blank's field boxes (mm), each printer's
 * calibration, the default mode, and the wording and decision details used until the document
 * register supplies the issued decision (null = derived from the conference or left blank).
 */
export const certificateSettings = pgTable(
  'certificate_settings',
  {
    ...conferenceRow(),
    /** design | blank */
    defaultMode: text('default_mode').notNull().default('design'),
    /** Field boxes of the pre-printed blank; null = the design layout. */
    layout: jsonb('layout').$type<FieldLayout>(),
    printers: jsonb('printers').$type<PrinterCalibration[]>().notNull().default([]),
    /** "GIẤY KHEN" | "GIẤY CHỨNG NHẬN". */
    title: text('title').notNull().default('GIẤY KHEN'),
    awardingLine: text('awarding_line'),
    achievement: text('achievement'),
    decisionNumber: text('decision_number'),
    decisionCode: text('decision_code').notNull().default('QĐ-UBND'),
    decisionDate: date('decision_date', { mode: 'string' }),
    issuedOn: date('issued_on', { mode: 'string' }),
    signerAuthority: text('signer_authority'),
    signerTitle: text('signer_title'),
    signerName: text('signer_name'),
    /** Ảnh chữ ký / con dấu (PNG/JPG) in the file store, printed on the full design; null = none. */
    signatureImageSha256: text('signature_image_sha256'),
    sealImageSha256: text('seal_image_sha256'),
    ...versionedTimestamps(),
  },
  (t) => [uniqueIndex('certificate_settings_conference_uq').on(t.conferenceId)],
);
