import { lineAmount } from '../../../shared/rules/budget';
import { type Actor, can } from '../../../shared/rules/permissions';
import type { BudgetLineView, BudgetSummaryView, BudgetView } from '../../../shared/schemas/budget';
import type { BudgetGroup } from '../../../shared/schemas/enums';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import type { BudgetLineRow } from './data';

export function presentBudgetLine(r: BudgetLineRow): BudgetLineView {
  return {
    id: r.id,
    group: r.group as BudgetGroup,
    title: r.title,
    unit: r.unit,
    quantity: Number(r.quantity),
    unitPrice: r.unitPrice,
    amount: lineAmount(Number(r.quantity), r.unitPrice),
    actualAmount: r.actualAmount,
    notes: r.notes,
    computed: false,
    version: r.version,
  };
}

/** The estimate with what the actor may do with it. */
export function presentBudget(summary: BudgetSummaryView, actor: Actor, conf: ConferenceRow): BudgetView {
  return { ...summary, permissions: { canManage: can(actor, 'budget.manage', conferenceScope(conf)) } };
}
