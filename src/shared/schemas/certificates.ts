import { z } from 'zod';
import {
  CERTIFICATE_FIELDS,
  type CertificateField,
  checkFieldLayout,
  FIELD_LABELS,
  type FieldLayout,
  MAX_OFFSET_MM,
} from '../rules/certificate-layout';
import { isoDate, text } from './primitives';

export const CERTIFICATE_MODES = ['design', 'blank'] as const;
export type CertificateModeValue = (typeof CERTIFICATE_MODES)[number];

const num = (field: string) =>
  z.number({ error: (iss) => (iss.input === undefined ? `${field} là bắt buộc` : `${field} phải là số`) });

const fieldBoxSchema = (field: CertificateField) => {
  const label = FIELD_LABELS[field];
  return z.object({
    x: num(`${label}: x (mm)`),
    y: num(`${label}: y (mm)`),
    width: num(`${label}: chiều rộng (mm)`),
    size: num(`${label}: cỡ chữ (pt)`),
    lines: num(`${label}: số dòng`).int({ error: `${label}: số dòng phải là số nguyên` }),
  });
};

export const fieldLayoutSchema = z
  .object(
    Object.fromEntries(CERTIFICATE_FIELDS.map((f) => [f, fieldBoxSchema(f)])) as Record<
      CertificateField,
      ReturnType<typeof fieldBoxSchema>
    >,
  )
  .superRefine((layout, ctx) => {
    for (const p of checkFieldLayout(layout as FieldLayout)) {
      ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
    }
  });

const offset = (label: string) =>
  num(label)
    .min(-MAX_OFFSET_MM, { error: `${label} phải trong khoảng ±${MAX_OFFSET_MM} mm` })
    .max(MAX_OFFSET_MM, { error: `${label} phải trong khoảng ±${MAX_OFFSET_MM} mm` });

export const printerCalibrationSchema = z.object({
  name: text('Tên máy in', 100),
  dx: offset('Độ lệch ngang'),
  dy: offset('Độ lệch dọc'),
});

const optional = (field: string, max: number) =>
  z
    .string({ error: `${field} phải là chuỗi ký tự` })
    .trim()
    .max(max, { error: `${field} không được dài quá ${max} ký tự` })
    .nullable()
    .transform((v) => (v ? v : null));

export const certificateSettingsInputSchema = z
  .object({
    /** 0 when nothing is stored yet. */
    version: z.number({ error: 'Phiên bản (version) phải là số' }).int().min(0),
    defaultMode: z.enum(CERTIFICATE_MODES, { error: 'Chế độ in phải là mẫu đầy đủ hoặc in trên phôi' }),
    layout: fieldLayoutSchema.nullable(),
    printers: z.array(printerCalibrationSchema).max(20, { error: 'Tối đa 20 máy in' }),
    title: text('Tên giấy khen', 100),
    awardingLine: optional('Dòng cấp khen', 200),
    achievement: optional('Thành tích', 500),
    decisionNumber: optional('Số quyết định', 20),
    decisionCode: text('Ký hiệu quyết định', 30),
    decisionDate: isoDate('Ngày quyết định').nullable(),
    issuedOn: isoDate('Ngày ký giấy khen').nullable(),
    signerAuthority: optional('Dòng thẩm quyền ký', 200),
    signerTitle: optional('Chức vụ người ký', 200),
    signerName: optional('Họ tên người ký', 200),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.printers.forEach((p, i) => {
      const key = p.name.toLocaleLowerCase('vi');
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['printers', i, 'name'],
          message: `Máy in "${p.name}" bị trùng tên`,
        });
      }
      seen.add(key);
    });
  });
export type CertificateSettingsInput = z.infer<typeof certificateSettingsInputSchema>;

// ---- responses -------------------------------------------------------------------------------

const fieldBoxView = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  size: z.number(),
  lines: z.number(),
});
const fieldLayoutView = z.object(
  Object.fromEntries(CERTIFICATE_FIELDS.map((f) => [f, fieldBoxView])) as Record<
    CertificateField,
    typeof fieldBoxView
  >,
);
const nullableText = z.string().nullable();

/** What the certificate page shows: the stored values, what the empty ones fall back to, the count. */
export const certificateSettingsView = z.object({
  version: z.number(),
  defaultMode: z.enum(CERTIFICATE_MODES),
  /** The blank's layout (the design layout when none is stored). */
  layout: fieldLayoutView,
  layoutCustomized: z.boolean(),
  printers: z.array(z.object({ name: z.string(), dx: z.number(), dy: z.number() })),
  title: z.string(),
  awardingLine: nullableText,
  achievement: nullableText,
  decisionNumber: nullableText,
  decisionCode: z.string(),
  decisionDate: nullableText,
  issuedOn: nullableText,
  signerAuthority: nullableText,
  signerTitle: nullableText,
  signerName: nullableText,
  /** What an empty field falls back to (from the plan and the organizer). */
  fallback: z.object({
    awardingLine: z.string(),
    achievement: z.string(),
    signerAuthority: z.string(),
    signerTitle: z.string(),
    signerName: z.string(),
    issuePlace: z.string(),
  }),
  honoreeCount: z.number(),
  canManage: z.boolean(),
  /** Whether a signature / seal image is stored (printed on the full design). */
  signatureImage: z.boolean(),
  sealImage: z.boolean(),
  /**
   * The award decision (QĐ) issued in the document register: when there is one, the certificates
   * print its number, code and date, and the decision fields of these settings are not used.
   */
  issuedDecision: z
    .object({ number: z.string(), code: z.string(), date: z.string(), numberLine: z.string() })
    .nullable(),
});
export type CertificateSettings = z.infer<typeof certificateSettingsView>;
