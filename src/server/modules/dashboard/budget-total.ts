import type { PrizeBasisView } from '../../../shared/schemas/prizes';
import type { Db } from '../../db/client';
import { loadBudgetSummary } from '../budget/summary';
import type { ConferenceRow } from '../conferences/data';

/**
 * Tổng dự trù kinh phí of a conference, as the budget page shows it: the stored lines plus the
 * computed prize money lines (honorees × award-form amounts, or the quotas before the vote), the
 * actual spending so far, and how many lines make it up; with the prizes' decision date and base
 * salary (the budget's, which are the QĐ's).
 */
export type BudgetTotal = { total: number; actualTotal: number; lines: number };

export async function budgetTotal(
  db: Db,
  conf: ConferenceRow,
): Promise<{ budget: BudgetTotal; prizes: PrizeBasisView }> {
  const s = await loadBudgetSummary(db, conf.organizationId, conf.id);
  return {
    budget: { total: s.estimate, actualTotal: s.actual, lines: s.lines.length + s.prizeLines.length },
    prizes: s.prizeBasis,
  };
}
