// The conference's generated documents, one builder per kind (the contract the documents
// routes, the document register and the UI share). A builder reads what it needs through
// data functions and returns the document model; the renderers do the rest. `number` and
// `date` come from the document register once a document is issued (null: blanks on a draft).
import type { Actor } from '../../shared/rules/permissions';
import type { Db } from '../db/client';
import type { ConferenceRow } from '../modules/conferences/data';
import type { DocumentType, OfficialDocument } from './model';

export const DOCUMENT_KINDS = [
  'plan', // Kế hoạch (KH)
  'program', // Chương trình hội nghị (CTr)
  'invitation', // Giấy mời (GM), one model for the whole list
  'delegate_list', // Danh sách đại biểu
  'submission', // Tờ trình đề nghị khen thưởng (TTr)
  'minutes', // Biên bản họp Hội đồng TĐKT (BB)
  'decision', // Quyết định khen thưởng (QĐ) + danh sách kèm theo
  'notice', // Thông báo công khai (TB)
  'summary_report', // Báo cáo tổng kết (BC)
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type BuildContext = {
  db: Db;
  actor: Actor;
  conference: ConferenceRow;
  /** From the register when issued; null on a draft. */
  number: number | null;
  /** ISO date of issue; null on a draft. */
  date: string | null;
  /** Kind-specific choice, e.g. the meeting whose minutes are wanted. */
  meetingId?: string;
  /** The origin public addresses are printed with (PUBLIC_URL, else the one the staff browser used). */
  origin?: string;
};

export type DocumentBuilder = {
  kind: DocumentKind;
  type: DocumentType;
  /** Vietnamese name shown in the documents list. */
  label: string;
  build: (ctx: BuildContext) => Promise<OfficialDocument>;
};
