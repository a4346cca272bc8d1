import { type QueryClient, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api';
import type { Delegation, HonoreeGroups, SpeechList } from '../../lib/types';

export const honoreesKey = (cid: string) => ['honorees', cid] as const;
export const speechesKey = (cid: string) => ['speeches', cid] as const;
export const delegationKey = (cid: string) => ['delegation', cid] as const;

/** Người/tập thể được vinh danh, grouped by award form (the results of closed ballots). */
export function useHonorees(cid: string) {
  return useQuery({
    queryKey: honoreesKey(cid),
    queryFn: () => apiGet<HonoreeGroups>(`/api/conferences/${cid}/honorees`),
  });
}

export function useSpeeches(cid: string) {
  return useQuery({
    queryKey: speechesKey(cid),
    queryFn: () => apiGet<SpeechList>(`/api/conferences/${cid}/speeches`),
  });
}

export function useDelegation(cid: string) {
  return useQuery({
    queryKey: delegationKey(cid),
    queryFn: () => apiGet<Delegation>(`/api/conferences/${cid}/delegation`),
  });
}

/** Every mutation of speeches and the delegation answers with the whole list: store it. */
export function storeSpeeches(qc: QueryClient, cid: string, data: SpeechList) {
  qc.setQueryData(speechesKey(cid), data);
  void qc.invalidateQueries({ queryKey: ['audit'] });
}

export function storeDelegation(qc: QueryClient, cid: string, data: Delegation) {
  qc.setQueryData(delegationKey(cid), data);
  void qc.invalidateQueries({ queryKey: ['audit'] });
}
