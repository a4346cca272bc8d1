import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DelegateListView } from '../../../shared/schemas/delegates';
import type {
  DelegationInput,
  DelegationView,
  HonoreeListView,
  SpeechListView,
  speechInputSchema,
} from '../../../shared/schemas/selection';
import { api, downloadFile, query } from '../../lib/api';
import { useGet } from '../../lib/use-get';
import { delegateListKey } from '../delegates/queries';

export const honoreesKey = (cid: string) => ['honorees', cid] as const;
export const speechesKey = (cid: string) => ['speeches', cid] as const;
export const delegationKey = (cid: string) => ['delegation', cid] as const;

/** Người/tập thể được vinh danh, grouped by award form (the results of closed ballots). */
export function useHonorees(cid: string) {
  return useGet<HonoreeListView>(honoreesKey(cid), `/api/conferences/${cid}/honorees`);
}

export function useSpeeches(cid: string) {
  return useGet<SpeechListView>(speechesKey(cid), `/api/conferences/${cid}/speeches`);
}

export function useDelegation(cid: string) {
  return useGet<DelegationView>(delegationKey(cid), `/api/conferences/${cid}/delegation`);
}

/** Who joins the delegation: an honoree or a delegate (a guest…). */
export type DelegationChoice = DelegationInput;

/** The conference's delegates, to choose a guest for the delegation (shares the delegate page's cache). */
export function useDelegatesToChoose(cid: string, enabled: boolean) {
  return useGet<DelegateListView>(delegateListKey(cid), `/api/conferences/${cid}/delegates`, { enabled });
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

/** Writes of speeches and the delegation: each answers with the whole list. */
export const selectionApi = {
  addSpeech: (cid: string, body: z.input<typeof speechInputSchema>) =>
    api<SpeechListView>('POST', `/api/conferences/${cid}/speeches`, body),
  removeSpeech: (cid: string, s: { id: string; version: number }) =>
    api<SpeechListView>('DELETE', `/api/conferences/${cid}/speeches/${s.id}${query({ version: s.version })}`),
  addDelegate: (cid: string, who: DelegationChoice) =>
    api<DelegationView>('POST', `/api/conferences/${cid}/delegation`, who),
  removeDelegate: (cid: string, m: { id: string; version: number }) =>
    api<DelegationView>(
      'DELETE',
      `/api/conferences/${cid}/delegation/${m.id}${query({ version: m.version })}`,
    ),
  downloadDossier: (cid: string) =>
    downloadFile(`/api/conferences/${cid}/delegation/dossier.zip`, 'ho-so-doan.zip'),
};
