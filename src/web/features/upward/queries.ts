import type { z } from 'zod';
import type {
  UpwardInbox,
  UpwardSendBody,
  UpwardSendResult,
  UpwardStatusList,
  upwardTargetsView,
} from '../../../shared/schemas/upward';
import { api, query } from '../../lib/api';
import { useGet } from '../../lib/use-get';

type Targets = z.infer<typeof upwardTargetsView>;

export const upwardStatusKey = (cid: string) => ['upward-status', cid] as const;
export const upwardTargetsKey = (cid: string) => ['upward-targets', cid] as const;
export const upwardInboxKey = (cid: string, offset: number) => ['upward-inbox', cid, offset] as const;

/** The upper conferences this organizer may send its delegation to. */
export function useUpwardTargets(cid: string, enabled: boolean) {
  return useGet<Targets>(upwardTargetsKey(cid), `/api/conferences/${cid}/upward/targets`, { enabled });
}

/** Each delegation member's status at the upper level. */
export function useUpwardStatus(cid: string) {
  return useGet<UpwardStatusList>(upwardStatusKey(cid), `/api/conferences/${cid}/upward/status`);
}

export const INBOX_PAGE = 50;

export function useUpwardInbox(cid: string, offset: number) {
  return useGet<UpwardInbox>(
    upwardInboxKey(cid, offset),
    `/api/conferences/${cid}/upward/inbox${query({ limit: INBOX_PAGE, offset })}`,
  );
}

export const upwardApi = {
  send: (cid: string, body: UpwardSendBody) =>
    api<UpwardSendResult>('POST', `/api/conferences/${cid}/upward/sends`, body),
};
