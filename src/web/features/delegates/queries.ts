import { notifications } from '@mantine/notifications';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { MeView as Me } from '../../../shared/schemas/auth';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import type {
  CheckInEvent,
  CheckInResultView,
  CheckInUndoneEvent,
  CheckInUndoneView,
  CheckinSummaryView,
  CompositionGaugeView,
  DelegateListView,
  DelegateView,
  RsvpStatus,
  WalkInInput,
} from '../../../shared/schemas/delegates';
import { conferenceCan } from '../../lib/actor';
import { api, apiUpload, query } from '../../lib/api';
import { useGet } from '../../lib/use-get';
import type { DelegateFormValues } from './delegate-fields';

export const delegatesPath = {
  list: (cid: string) => `/conferences/${cid}/delegates`,
  reception: (cid: string) => `/conferences/${cid}/reception`,
  notArrived: (cid: string) => `/conferences/${cid}/reception/not-arrived`,
};

export const apiBase = (cid: string) => `/api/conferences/${cid}`;

export const delegateListKey = (cid: string) => ['delegates', cid] as const;
export const checkinSummaryKey = (cid: string) => ['checkin-summary', cid] as const;
export const checkinSearchKey = (cid: string, q: string) => ['checkin-search', cid, q] as const;
export const notArrivedKey = (cid: string) => ['checkin-not-arrived', cid] as const;

export type DelegatesRole = { canRead: boolean; canManage: boolean; canCheckIn: boolean };

export function delegatesRole(me: Me, conf: Pick<ConferenceDetail, 'id' | 'organizationId'>): DelegatesRole {
  const has = conferenceCan(me, conf);
  return {
    canRead: has('delegate.read'),
    canManage: has('delegate.manage'),
    canCheckIn: has('delegate.checkin'),
  };
}

/** The whole list (the secretary's page filters and computes the gauge in the browser). */
export function useDelegateList(cid: string) {
  return useGet<DelegateListView>(delegateListKey(cid), `${apiBase(cid)}/delegates`);
}

/** Puts one changed delegate into the cached list (the gauge recomputes from it at once; the write refetches). */
export function storeDelegate(qc: QueryClient, cid: string, d: DelegateView) {
  qc.setQueryData<DelegateListView>(delegateListKey(cid), (old) => {
    if (!old) return old;
    const exists = old.items.some((x) => x.id === d.id);
    return { ...old, items: exists ? old.items.map((x) => (x.id === d.id ? d : x)) : [...old.items, d] };
  });
}

export function useCheckinSummary(cid: string) {
  return useGet<CheckinSummaryView>(checkinSummaryKey(cid), `${apiBase(cid)}/checkin/summary`);
}

export function useCheckinSearch(cid: string, q: string) {
  const term = q.trim();
  return useGet<{ items: DelegateView[] }>(
    checkinSearchKey(cid, term),
    `${apiBase(cid)}/checkin/search${query({ q: term, limit: 20 })}`,
    { enabled: term.length > 0, placeholderData: (prev) => prev },
  );
}

export function useNotArrived(cid: string) {
  return useGet<{ items: DelegateView[] }>(notArrivedKey(cid), `${apiBase(cid)}/checkin/not-arrived`);
}

/** Marks a delegate as arrived in every cached search answer and list of this conference. */
export function applyCheckIn(qc: QueryClient, cid: string, e: Pick<CheckInEvent, 'delegateId' | 'checkIn'>) {
  const mark = (items: DelegateView[]) =>
    items.map((d) => (d.id === e.delegateId && !d.checkIn ? { ...d, checkIn: e.checkIn } : d));
  qc.setQueriesData<{ items: DelegateView[] }>({ queryKey: ['checkin-search', cid] }, (old) =>
    old ? { ...old, items: mark(old.items) } : old,
  );
  qc.setQueryData<{ items: DelegateView[] }>(notArrivedKey(cid), (old) =>
    old ? { ...old, items: old.items.filter((d) => d.id !== e.delegateId) } : old,
  );
  qc.setQueryData<DelegateListView>(delegateListKey(cid), (old) =>
    old ? { ...old, items: mark(old.items) } : old,
  );
  void qc.invalidateQueries({ queryKey: checkinSummaryKey(cid) });
}

/** Marks a delegate as not arrived again (a check-in undone) in every cached answer of this conference. */
export function applyUndo(qc: QueryClient, cid: string, delegateId: string) {
  const unmark = (items: DelegateView[]) =>
    items.map((d) => (d.id === delegateId ? { ...d, checkIn: null } : d));
  qc.setQueriesData<{ items: DelegateView[] }>({ queryKey: ['checkin-search', cid] }, (old) =>
    old ? { ...old, items: unmark(old.items) } : old,
  );
  qc.setQueryData<DelegateListView>(delegateListKey(cid), (old) =>
    old ? { ...old, items: unmark(old.items) } : old,
  );
  void qc.invalidateQueries({ queryKey: notArrivedKey(cid) });
  void qc.invalidateQueries({ queryKey: checkinSummaryKey(cid) });
}

/**
 * Live check-ins from every reception phone of the conference (server-sent events). Returns the
 * connection state and the latest events (newest first); the caches are updated as they arrive.
 */
export function useCheckinEvents(cid: string, enabled: boolean) {
  const qc = useQueryClient();
  const [connected, setConnected] = useState(false);
  const [events, setEvents] = useState<CheckInEvent[]>([]);
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource(`${apiBase(cid)}/checkin/events`);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.addEventListener('checkin', (msg) => {
      const e = JSON.parse((msg as MessageEvent<string>).data) as CheckInEvent;
      applyCheckIn(qc, cid, e);
      setEvents((prev) => [e, ...prev.filter((x) => x.delegateId !== e.delegateId)].slice(0, 20));
    });
    source.addEventListener('checkin_undone', (msg) => {
      const e = JSON.parse((msg as MessageEvent<string>).data) as CheckInUndoneEvent;
      applyUndo(qc, cid, e.delegateId);
      setEvents((prev) => prev.filter((x) => x.delegateId !== e.delegateId));
    });
    return () => source.close();
  }, [cid, enabled, qc]);
  return { connected, events };
}

/** The writes of the delegates pages (each used through useApiMutation). */
export const delegateApi = {
  create: (cid: string, values: DelegateFormValues) =>
    api<DelegateView>('POST', `${apiBase(cid)}/delegates`, values),
  update: (cid: string, d: DelegateView, values: DelegateFormValues) =>
    api<DelegateView>('PUT', `${apiBase(cid)}/delegates/${d.id}`, {
      ...values,
      unitId: d.unitId,
      version: d.version,
    }),
  rsvp: (cid: string, d: DelegateView, rsvpStatus: RsvpStatus, substituteName = '') =>
    api<DelegateView>('PUT', `${apiBase(cid)}/delegates/${d.id}/rsvp`, {
      rsvpStatus,
      substituteName,
      version: d.version,
    }),
  remove: (cid: string, d: DelegateView) =>
    api<null>('DELETE', `${apiBase(cid)}/delegates/${d.id}?version=${d.version}`),
  reopen: (cid: string) => api<CompositionGaugeView>('POST', `${apiBase(cid)}/delegates/reopen`, {}),
  finalize: (cid: string, body: { overrideReason: string; listVersion: number }) =>
    api<CompositionGaugeView>('POST', `${apiBase(cid)}/delegates/finalize`, body),
  addHonorees: (cid: string) =>
    api<{ added: number; alreadyListed: number }>('POST', `${apiBase(cid)}/delegates/from-honorees`, {}),
  importXlsx: (cid: string, file: File) =>
    apiUpload<{ created: number }>(`${apiBase(cid)}/delegates/import`, file),
  walkIn: (cid: string, body: WalkInInput) =>
    api<CheckInResultView>('POST', `${apiBase(cid)}/checkins/walk-in`, body),
  checkIn: (cid: string, body: { token: string } | { delegateId: string }) =>
    api<CheckInResultView>('POST', `${apiBase(cid)}/checkins`, body),
  undoCheckIn: (cid: string, delegateId: string) =>
    api<CheckInUndoneView>('DELETE', `${apiBase(cid)}/checkins/${delegateId}`),
};

/** A failed write that has no form to show it in: a red notification. */
export function useErrorNotice(error: string | null) {
  useEffect(() => {
    if (error) notifications.show({ color: 'red', message: error });
  }, [error]);
}
