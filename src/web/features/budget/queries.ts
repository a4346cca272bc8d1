import type { BudgetLineView, BudgetView } from '../../../shared/schemas/budget';
import type { BudgetLineInput } from '../../../shared/schemas/preparation';
import { api } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export type BudgetAnswer = BudgetView;

export const budgetKey = (cid: string) => ['budget', cid] as const;
export const budgetApi = (cid: string) => `/api/conferences/${cid}/budget`;

export function useBudget(cid: string) {
  return useGet<BudgetAnswer>(budgetKey(cid), budgetApi(cid));
}

/** Adds a line (no `line`) or saves an edited one (its version guards against a stale edit). */
export const saveBudgetLine = (cid: string, line: BudgetLineView | null, body: BudgetLineInput) =>
  line
    ? api<BudgetLineView>('PUT', `${budgetApi(cid)}/lines/${line.id}`, { ...body, version: line.version })
    : api<BudgetLineView>('POST', `${budgetApi(cid)}/lines`, body);

export const deleteBudgetLine = (cid: string, line: BudgetLineView) =>
  api<null>('DELETE', `${budgetApi(cid)}/lines/${line.id}?version=${line.version}`);
