import { z } from 'zod';
import { isoDate, isoDateTime, text, versionField } from './primitives';

// Sổ văn bản (document register) — request schemas and the shapes the API answers with.
// Routes: see the comment at the top of server/modules/documents/register-routes.ts.

export const REGISTER_STATUSES = ['draft', 'issued'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

const signerName = text('Họ tên người ký', 120);
const signedAt = isoDateTime('Thời điểm ký');

/** A new draft of a kind (the number and date come when it is issued). */
export const createDraftSchema = z.object({
  kind: text('Loại văn bản', 40),
  meetingId: z.uuid({ error: 'Cuộc họp không hợp lệ' }).optional(),
  signerName: signerName.optional(),
  signedAt: signedAt.nullable().optional(),
});
export type CreateDraftInput = z.infer<typeof createDraftSchema>;

/** Edits of a draft: who signs and when (an issued document refuses them). */
export const updateDraftSchema = z.object({
  signerName: signerName,
  signedAt: signedAt.nullable().default(null),
  rowVersion: versionField,
});
export type UpdateDraftInput = z.infer<typeof updateDraftSchema>;

/** Ban hành: the signer, the signing time and the date printed (default: the signing day). */
export const issueSchema = z.object({
  signerName: signerName,
  signedAt: signedAt,
  documentDate: isoDate('Ngày ban hành').optional(),
});
export type IssueInput = z.infer<typeof issueSchema>;

/** Ban hành a kind at once: a draft made and issued in one step. */
export const issueKindSchema = issueSchema.extend({
  kind: text('Loại văn bản', 40),
  meetingId: z.uuid({ error: 'Cuộc họp không hợp lệ' }).optional(),
});
export type IssueKindInput = z.infer<typeof issueKindSchema>;

export const registerQuerySchema = z.object({
  year: z.coerce
    .number({ error: 'Năm phải là số' })
    .int({ error: 'Năm phải là số nguyên' })
    .min(2000, { error: 'Năm phải từ 2000 trở đi' })
    .max(2100, { error: 'Năm không được quá 2100' })
    .optional(),
  type: z.string().trim().max(10, { error: 'Loại văn bản không hợp lệ' }).optional(),
});
export type RegisterQuery = z.infer<typeof registerQuerySchema>;

// ---- responses -------------------------------------------------------------------------------

/** One entry of the register, as the API answers. */
export const registerEntryView = z.object({
  id: z.string(),
  conferenceId: z.string(),
  kind: z.string(),
  label: z.string(),
  type: z.string(),
  code: z.string(),
  status: z.enum(REGISTER_STATUSES),
  version: z.number(),
  previousId: z.string().nullable(),
  /** The number line of the version it cites ("Số: 01/KH-UBND"), when there is one. */
  previousNumberLine: z.string().nullable(),
  /** A newer version citing this one. */
  nextId: z.string().nullable(),
  year: z.number().nullable(),
  number: z.number().nullable(),
  /** "Số: 01/KH-UBND" once issued; null on a draft. */
  numberLine: z.string().nullable(),
  documentDate: z.string().nullable(),
  signerName: z.string(),
  signedAt: z.string().nullable(),
  issuedByName: z.string(),
  issuedAt: z.string().nullable(),
  title: z.string(),
  summary: z.string(),
  docxSha256: z.string().nullable(),
  pdfSha256: z.string().nullable(),
  rowVersion: z.number(),
});
export type RegisterEntry = z.infer<typeof registerEntryView>;

export const registerListView = z.object({ items: z.array(registerEntryView), canIssue: z.boolean() });
export type RegisterList = z.infer<typeof registerListView>;

/** The documents a conference can generate: each kind, whether its data exists yet and why not. */
export const documentKindView = z.object({
  kind: z.string(),
  label: z.string(),
  type: z.string(),
  /** The actor may read this kind. */
  permitted: z.boolean(),
  available: z.boolean(),
  reason: z.string().nullable(),
});
export type DocumentKindView = z.infer<typeof documentKindView>;

export const documentKindListView = z.object({ items: z.array(documentKindView) });
export type DocumentKindListView = z.infer<typeof documentKindListView>;

/** The message an issued document gives to any edit. */
export const FROZEN_MESSAGE = 'Văn bản đã ban hành, không sửa được; hãy tạo phiên bản mới';
