import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { BudgetView } from '../../../shared/schemas/budget';
import { apiGet } from '../../lib/api';

export type BudgetAnswer = BudgetView;

export const budgetKey = (cid: string) => ['budget', cid] as const;
export const budgetApi = (cid: string) => `/api/conferences/${cid}/budget`;

export function useBudget(cid: string) {
  return useQuery({ queryKey: budgetKey(cid), queryFn: () => apiGet<BudgetAnswer>(budgetApi(cid)) });
}

export function invalidateBudget(qc: QueryClient, cid: string) {
  void qc.invalidateQueries({ queryKey: budgetKey(cid) });
  void qc.invalidateQueries({ queryKey: ['audit'] });
}
