// Cài đặt văn bản of a conference: how prize amounts are rounded, the legal-basis lines
// ("Căn cứ …") of the award decision and the date of its draft (the prizes are computed on it).
// Versioned like every other setting (409 on a stale save).
import { z } from 'zod';
import { PRIZE_ROUNDINGS } from '../rules/prize-money';
import { isoDate } from './primitives';
import { prizeBasisView } from './prizes';

export const MAX_LEGAL_BASIS_LINES = 20;

export const documentSettingsInputSchema = z.object({
  /** 0 when nothing is stored yet. */
  version: z.number({ error: 'Phiên bản (version) phải là số' }).int().min(0),
  prizeRounding: z.enum(PRIZE_ROUNDINGS, {
    error: 'Cách làm tròn tiền thưởng phải là: không làm tròn, lên chục nghìn, hoặc đến nghìn gần nhất',
  }),
  /** Null: the default lines (the laws in force); otherwise each line as printed. */
  decisionLegalBasis: z
    .array(
      z
        .string({ error: 'Căn cứ pháp lý phải là chuỗi ký tự' })
        .trim()
        .min(1, { error: 'Căn cứ pháp lý: dòng trống, hãy xóa dòng đó' })
        .max(500, { error: 'Căn cứ pháp lý: mỗi dòng không được dài quá 500 ký tự' }),
      { error: 'Căn cứ pháp lý phải là danh sách dòng' },
    )
    .min(1, { error: 'Căn cứ pháp lý: cần ít nhất một dòng (hoặc dùng mặc định)' })
    .max(MAX_LEGAL_BASIS_LINES, { error: `Căn cứ pháp lý: tối đa ${MAX_LEGAL_BASIS_LINES} dòng` })
    .nullable(),
  /**
   * The date of the draft QĐ, on which its prizes are computed (null: the conference day).
   * Left out: unchanged. An issued QĐ keeps the date it was issued with.
   */
  decisionDate: isoDate('Ngày Quyết định khen thưởng (dự thảo)').nullable().optional(),
});
export type DocumentSettingsInput = z.infer<typeof documentSettingsInputSchema>;

export const documentSettingsView = z.object({
  version: z.number(),
  prizeRounding: z.enum(PRIZE_ROUNDINGS),
  decisionLegalBasis: z.array(z.string()).nullable(),
  /** The lines printed when none are stored (the laws in force on the draft's date). */
  defaultLegalBasis: z.array(z.string()),
  /** The stored date of the draft QĐ (null: the conference day is used). */
  decisionDate: z.string().nullable(),
  /** The conference day, the draft's date when none is stored. */
  conferenceDay: z.string().nullable(),
  /** The draft QĐ's prizes: its date, the base salary in force that day, the amounts. */
  draftPrizes: prizeBasisView,
  canManage: z.boolean(),
});
export type DocumentSettings = z.infer<typeof documentSettingsView>;
