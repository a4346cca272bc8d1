// Responses of the award-forms module (requests: awardFormInputSchema, baseSalaryInputSchema in
// nominations.ts, where the nomination form also reads them).
import { z } from 'zod';
import { AWARD_SUBJECTS, approvalRuleSchema } from './nominations';
import { flags, listView } from './primitives';

/** Hình thức khen thưởng with its criteria. */
export const awardFormView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  appliesTo: z.enum(AWARD_SUBJECTS),
  prizeCoefficient: z.number(),
  approvalRule: approvalRuleSchema,
  criteria: z.array(z.string()),
  maxHonorees: z.number().int().nullable(),
  /** Số tối thiểu cần vinh danh (null: no target; equal to maxHonorees: exactly that many). */
  minHonorees: z.number().int().nullable(),
  sortOrder: z.number().int(),
  version: z.number().int(),
});
export type AwardFormView = z.infer<typeof awardFormView>;

export const awardFormListView = listView(awardFormView, flags('canManage'));
export type AwardFormListView = z.infer<typeof awardFormListView>;

/** Mức lương cơ sở from a date on. */
export const baseSalaryView = z.object({
  id: z.uuid(),
  effectiveFrom: z.string(),
  amount: z.number().int(),
  legalBasis: z.string(),
});
export type BaseSalaryView = z.infer<typeof baseSalaryView>;

export const baseSalaryListView = z.object({ items: z.array(baseSalaryView) });
