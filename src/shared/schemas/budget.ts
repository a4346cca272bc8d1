import { z } from 'zod';
import type { BudgetGroup } from './enums';
import { flags } from './primitives';
import { prizeBasisView } from './prizes';

// Dự trù kinh phí — the answers of /api/conferences/:conferenceId/budget (requests are in
// preparation.ts: budgetLineInputSchema, budgetLineUpdateSchema).

/** A BUDGET_GROUPS value; the column is text, so a row written outside the API passes through as is. */
const budgetGroup = z.custom<BudgetGroup>((v) => typeof v === 'string').meta({ type: 'string' });

export const budgetLineView = z.object({
  /** A uuid, or `prize-…` for a computed prize line. */
  id: z.string(),
  group: budgetGroup,
  title: z.string(),
  unit: z.string(),
  quantity: z.number(),
  unitPrice: z.number(),
  amount: z.number(),
  actualAmount: z.number().nullable(),
  notes: z.string(),
  /** Tiền thưởng computed from the honorees: not stored, not editable. */
  computed: z.boolean(),
  version: z.number(),
});
export type BudgetLineView = z.infer<typeof budgetLineView>;

export const budgetGroupTotalView = z.object({
  group: budgetGroup,
  label: z.string(),
  lines: z.array(budgetLineView),
  estimate: z.number(),
  actual: z.number(),
});
export type BudgetGroupTotalView = z.infer<typeof budgetGroupTotalView>;

export const budgetSummaryView = z.object({
  groups: z.array(budgetGroupTotalView),
  lines: z.array(budgetLineView),
  prizeLines: z.array(budgetLineView),
  /** Why no prize line could be computed, when none could. */
  prizeNote: z.string().nullable(),
  /** The decision date and base salary the prize lines are computed on, and the last change. */
  prizeBasis: prizeBasisView,
  estimate: z.number(),
  actual: z.number(),
  /** Thực chi − dự trù (negative: under the estimate). */
  difference: z.number(),
  estimateInWords: z.string(),
  actualInWords: z.string(),
});
export type BudgetSummaryView = z.infer<typeof budgetSummaryView>;

export const budgetView = budgetSummaryView.extend({
  permissions: flags('canManage'),
});
export type BudgetView = z.infer<typeof budgetView>;
