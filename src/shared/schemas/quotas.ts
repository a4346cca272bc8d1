import { z } from 'zod';
import { UNIT_TYPES } from './enums';
import { AWARD_SUBJECTS, NOMINATION_STATUSES, REPORT_STATUSES } from './nominations';
import { flags, isoDate, nonNegativeInt, text } from './primitives';

export const quotaGridBodySchema = z.object({
  quotaTotal: nonNegativeInt('Tổng chỉ tiêu').nullable(),
  cells: z.array(
    z.object({
      unitId: z.uuid({ error: 'Đơn vị không hợp lệ' }),
      awardFormId: z.uuid({ error: 'Hình thức khen thưởng không hợp lệ' }),
      count: nonNegativeInt('Chỉ tiêu'),
      /** The version the client saw; 0 for a cell that did not exist yet. */
      version: z.number().int().min(0),
    }),
  ),
});

export const quotaTransferBodySchema = z
  .object({
    awardFormId: z.uuid({ error: 'Hình thức khen thưởng không hợp lệ' }),
    fromUnitId: z.uuid({ error: 'Đơn vị nhả chỉ tiêu không hợp lệ' }),
    toUnitId: z.uuid({ error: 'Đơn vị nhận chỉ tiêu không hợp lệ' }),
    count: z
      .number({ error: 'Số chỉ tiêu chuyển phải là số' })
      .int()
      .min(1, { error: 'Số chỉ tiêu chuyển phải từ 1 trở lên' }),
    reason: z.string().trim().max(1000).default(''),
  })
  .refine((b) => b.fromUnitId !== b.toUnitId, {
    path: ['toUnitId'],
    message: 'Đơn vị nhận phải khác đơn vị nhả chỉ tiêu',
  });

export const reopenBodySchema = z.object({
  until: isoDate('Gia hạn đến ngày'),
  reason: text('Lý do gia hạn', 1000),
});

// ---- responses -------------------------------------------------------------------------------

const totalsView = z.object({
  byUnit: z.record(z.string(), z.number()),
  byForm: z.record(z.string(), z.number()),
  overall: z.number(),
});

const quotaCellView = z.object({
  unitId: z.uuid(),
  awardFormId: z.uuid(),
  count: z.number().int(),
  used: z.number().int(),
  version: z.number().int(),
});
export type QuotaCellView = z.infer<typeof quotaCellView>;

/** Bảng chỉ tiêu: units × award forms, with use, totals and permissions. */
export const quotaGridView = z.object({
  quotaTotal: z.number().int().nullable(),
  units: z.array(z.object({ id: z.uuid(), name: z.string(), type: z.enum(UNIT_TYPES) })),
  forms: z.array(
    z.object({ id: z.uuid(), code: z.string(), name: z.string(), appliesTo: z.enum(AWARD_SUBJECTS) }),
  ),
  cells: z.array(quotaCellView),
  totals: totalsView,
  usedTotals: totalsView,
  permissions: flags('canManage'),
});
export type QuotaGridView = z.infer<typeof quotaGridView>;

const deadlineStateView = z.object({
  deadline: z.string().nullable(),
  extendedUntil: z.string().nullable(),
  open: z.boolean(),
  daysLeft: z.number().int().nullable(),
});

/** One unit's submission state (tình hình nộp hồ sơ). */
const submissionRowView = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  unitType: z.enum(UNIT_TYPES),
  deadline: deadlineStateView,
  reportStatus: z.enum(REPORT_STATUSES).nullable(),
  nominationCounts: z.partialRecord(z.enum(NOMINATION_STATUSES), z.number().int()),
  overdue: z.boolean(),
});
export type SubmissionRowView = z.infer<typeof submissionRowView>;

export const submissionsView = z.object({
  today: z.string(),
  deadline: z.string().nullable(),
  items: z.array(submissionRowView),
  permissions: flags('canReopen'),
});
export type SubmissionsView = z.infer<typeof submissionsView>;

export const reopenView = z.object({ unitId: z.uuid(), until: z.string(), reason: z.string() });
export type ReopenView = z.infer<typeof reopenView>;
