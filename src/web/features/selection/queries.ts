import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { DelegationView, HonoreeListView, SpeechListView } from '../../../shared/schemas/selection';
import { apiGet } from '../../lib/api';

export const honoreesKey = (cid: string) => ['honorees', cid] as const;
export const speechesKey = (cid: string) => ['speeches', cid] as const;
export const delegationKey = (cid: string) => ['delegation', cid] as const;

/** Người/tập thể được vinh danh, grouped by award form (the results of closed ballots). */
export function useHonorees(cid: string) {
  return useQuery({
    queryKey: honoreesKey(cid),
    queryFn: () => apiGet<HonoreeListView>(`/api/conferences/${cid}/honorees`),
  });
}

export function useSpeeches(cid: string) {
  return useQuery({
    queryKey: speechesKey(cid),
    queryFn: () => apiGet<SpeechListView>(`/api/conferences/${cid}/speeches`),
  });
}

export function useDelegation(cid: string) {
  return useQuery({
    queryKey: delegationKey(cid),
    queryFn: () => apiGet<DelegationView>(`/api/conferences/${cid}/delegation`),
  });
}

/** Every mutation of speeches and the delegation answers with the whole list: store it. */
export function storeSpeeches(qc: QueryClient, cid: string, data: SpeechListView) {
  qc.setQueryData(speechesKey(cid), data);
  void qc.invalidateQueries({ queryKey: ['audit'] });
}

export function storeDelegation(qc: QueryClient, cid: string, data: DelegationView) {
  qc.setQueryData(delegationKey(cid), data);
  void qc.invalidateQueries({ queryKey: ['audit'] });
}
