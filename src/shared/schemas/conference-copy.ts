import { z } from 'zod';
import { COPY_OFFSET_UNITS, MAX_COPY_OFFSET } from '../rules/conference-copy';
import { text } from './primitives';

// Sao chép hội nghị cho giai đoạn sau: the request and what the dialog shows before confirming.

const UNIT_WORDS = { days: 'ngày', months: 'tháng', years: 'năm' } as const;

const year = (field: string) =>
  z
    .number({ error: (iss) => (iss.input === undefined ? `${field} là bắt buộc` : `${field} phải là số`) })
    .int({ error: `${field} phải là số nguyên` })
    .min(1945, { error: `${field} phải từ 1945 trở đi` })
    .max(2200, { error: `${field} không được sau 2200` });

export const copyOffsetSchema = z
  .object({
    amount: z
      .number({
        error: (iss) =>
          iss.input === undefined
            ? 'Độ dời các mốc thời gian là bắt buộc'
            : 'Độ dời các mốc thời gian phải là số',
      })
      .int({ error: 'Độ dời các mốc thời gian phải là số nguyên' }),
    unit: z.enum(COPY_OFFSET_UNITS, { error: 'Đơn vị độ dời phải là ngày, tháng hoặc năm' }),
  })
  .superRefine((o, ctx) => {
    const max = MAX_COPY_OFFSET[o.unit];
    if (Math.abs(o.amount) > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: `Độ dời các mốc thời gian không được quá ${max.toLocaleString('vi-VN')} ${UNIT_WORDS[o.unit]}`,
      });
    }
  });

export const conferenceCopyBodySchema = z
  .object({
    name: text('Tên hội nghị mới', 300),
    periodStart: year('Năm bắt đầu giai đoạn'),
    periodEnd: year('Năm kết thúc giai đoạn'),
    offset: copyOffsetSchema,
  })
  .superRefine((b, ctx) => {
    if (b.periodEnd < b.periodStart) {
      ctx.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: 'Năm kết thúc giai đoạn phải bằng hoặc sau năm bắt đầu',
      });
    }
  });
export type ConferenceCopyBody = z.infer<typeof conferenceCopyBodySchema>;

// ---- responses -------------------------------------------------------------------------------

const count = z.number().int();

/** What a copy takes along (counts in the source) and what it leaves behind. */
export const conferenceCopyPreviewView = z.object({
  copied: z.object({
    milestones: count,
    awardForms: count,
    criteria: count,
    quotaUnits: count,
    agendaItems: count,
    performances: count,
    tasks: count,
    budgetLines: count,
  }),
  notCopied: z.object({
    nominations: count,
    councilMeetings: count,
    delegates: count,
    unitReports: count,
    issuedDocuments: count,
  }),
});
export type ConferenceCopyPreview = z.infer<typeof conferenceCopyPreviewView>;
