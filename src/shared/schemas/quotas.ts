import { z } from 'zod';
import { isoDate, nonNegativeInt, text } from './primitives';

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
