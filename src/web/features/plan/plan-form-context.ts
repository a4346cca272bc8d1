import type { UseFormReturnType } from '@mantine/form';
import { createContext, useContext } from 'react';
import type { Plan } from '../../../shared/schemas/plan';

export type PlanForm = UseFormReturnType<Plan>;

export type PlanFormApi = {
  form: PlanForm;
  /** Input props for a dot path, with the saved error or else the live rule error. */
  bind: (path: string, options?: { type?: 'input' | 'checkbox' }) => Record<string, unknown>;
  /** Errors of the shared plan rules, recomputed on every change (keyed by dot path). */
  live: Record<string, string>;
  /** The error to show for a path: the server's/schema's first, then the live rule's. */
  errorOf: (path: string) => string | undefined;
};

export const PlanFormContext = createContext<PlanFormApi | null>(null);

export function usePlanForm(): PlanFormApi {
  const v = useContext(PlanFormContext);
  if (!v) throw new Error('usePlanForm outside the plan form');
  return v;
}
