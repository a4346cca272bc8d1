// Cài đặt văn bản of a conference: how prize amounts are rounded, and the legal-basis lines
// ("Căn cứ …") of the award decision. Versioned like every other setting (409 on a stale save).
import { z } from 'zod';
import { PRIZE_ROUNDINGS } from '../rules/prize-money';

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
});
export type DocumentSettingsInput = z.infer<typeof documentSettingsInputSchema>;

export const documentSettingsView = z.object({
  version: z.number(),
  prizeRounding: z.enum(PRIZE_ROUNDINGS),
  decisionLegalBasis: z.array(z.string()).nullable(),
  /** The lines printed when none are stored. */
  defaultLegalBasis: z.array(z.string()),
  canManage: z.boolean(),
});
export type DocumentSettings = z.infer<typeof documentSettingsView>;
