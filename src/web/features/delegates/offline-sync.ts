// Đón tiếp ngoại tuyến on the phone: keeps the day's list in IndexedDB (downloaded when the page
// opens, refreshed while online), answers search and QR from it when the network is gone, queues
// check-ins and undos made meanwhile (clientId = crypto.randomUUID(), the phone's time) and sends
// the queue in order (POST …/checkins/sync) as soon as the network is back.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isWellFormedToken, normalizeToken } from '../../../shared/rules/invitation-token';
import { matchesVietnamese } from '../../../shared/rules/vietnamese-text';
import type {
  DayListDelegate,
  DayListView,
  SyncItemInput,
  SyncItemResult,
  SyncResultView,
} from '../../../shared/schemas/checkin-sync';
import { MAX_SYNC_ITEMS } from '../../../shared/schemas/checkin-sync';
import { ApiError, api } from '../../lib/api';
import {
  dequeue,
  enqueue,
  listQueue,
  loadList,
  type QueuedAction,
  type StoredList,
  saveList,
  setOwn,
  sha256Hex,
} from './offline-store';
import { apiBase, checkinSummaryKey } from './queries';

const REFRESH_MS = 60_000;

/** A delegate as the phone shows it offline: the stored state with the queue applied on top. */
export type LocalDelegate = DayListDelegate & { pending: boolean };

export type SyncNotice = { clientId: string; status: SyncItemResult['status']; text: string };

/** The stored list with the queued actions applied (what the volunteer did, not synced yet). */
export function overlay(list: StoredList | null, queue: readonly QueuedAction[]): LocalDelegate[] {
  if (!list) return [];
  const byId = new Map(list.delegates.map((d) => [d.id, { ...d, pending: false } as LocalDelegate]));
  for (const q of queue) {
    const d = q.delegateId ? byId.get(q.delegateId) : undefined;
    if (!d) continue;
    if (q.item.kind === 'checkin' && !d.checkIn) {
      d.checkIn = {
        at: q.item.deviceAt,
        byName: q.label.split('\u0000')[1] ?? '',
        method: q.item.method ?? 'search',
      };
      d.pending = true;
    } else if (q.item.kind === 'undo') {
      d.checkIn = null;
      d.pending = true;
    }
  }
  return [...byId.values()];
}

const isNetworkError = (e: unknown) => !(e instanceof ApiError);

export function useOfflineReception(cid: string, me: { fullName: string }) {
  const qc = useQueryClient();
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  const [list, setList] = useState<StoredList | null>(null);
  const [queue, setQueue] = useState<QueuedAction[]>([]);
  const [notices, setNotices] = useState<SyncNotice[]>([]);
  const syncing = useRef(false);

  const reload = useCallback(async () => {
    const [l, q] = await Promise.all([loadList(cid), listQueue(cid)]);
    setList(l);
    setQueue(q);
    return q;
  }, [cid]);

  const refresh = useCallback(async () => {
    try {
      const view = await api<DayListView>('GET', `${apiBase(cid)}/checkin/day-list`);
      setList(await saveList(view));
      setOnline(navigator.onLine);
    } catch (e) {
      if (isNetworkError(e)) setOnline(false);
    }
  }, [cid]);

  /** Sends the queue in order; each answer updates the stored list and, when it matters, a notice. */
  const sync = useCallback(async () => {
    if (syncing.current || !navigator.onLine) return;
    syncing.current = true;
    try {
      let q = await listQueue(cid);
      while (q.length > 0) {
        const batch = q.slice(0, MAX_SYNC_ITEMS);
        let res: SyncResultView;
        try {
          res = await api<SyncResultView>('POST', `${apiBase(cid)}/checkins/sync`, {
            items: batch.map((a) => a.item),
          });
        } catch (e) {
          if (isNetworkError(e)) setOnline(false);
          return;
        }
        setOnline(true);
        const fresh: SyncNotice[] = [];
        for (const [i, r] of res.results.entries()) {
          const a = batch[i]!;
          const name = a.label.split('\u0000')[0]!;
          if (r.status === 'checked_in' && r.delegateId) await setOwn(cid, r.delegateId, r.clientId);
          if (r.status === 'undone' && r.delegateId) await setOwn(cid, r.delegateId, null);
          if (r.status === 'refused' || r.status === 'already_checked_in' || r.status === 'not_undone') {
            fresh.push({
              clientId: r.clientId,
              status: r.status,
              text: name ? `${name}: ${r.message}` : r.message,
            });
          }
        }
        await dequeue(batch.map((a) => a.seq!));
        if (fresh.length) setNotices((prev) => [...fresh, ...prev].slice(0, 20));
        q = await listQueue(cid);
      }
      await refresh();
      await reload();
      void qc.invalidateQueries({ queryKey: checkinSummaryKey(cid) });
      void qc.invalidateQueries({ queryKey: ['checkin-search', cid] });
    } finally {
      syncing.current = false;
    }
  }, [cid, qc, refresh, reload]);

  useEffect(() => {
    let alive = true;
    void reload().then(() => {
      if (!alive || !navigator.onLine) return;
      void refresh().then(() => sync());
    });
    const goOnline = () => {
      setOnline(true);
      void sync();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    const timer = setInterval(() => {
      if (navigator.onLine) void sync().then(refresh);
    }, REFRESH_MS);
    return () => {
      alive = false;
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      clearInterval(timer);
    };
  }, [reload, refresh, sync]);

  const delegates = useMemo(() => overlay(list, queue), [list, queue]);

  const search = useCallback(
    (q: string) => (q.trim() ? delegates.filter((d) => matchesVietnamese(d.searchName, q)).slice(0, 20) : []),
    [delegates],
  );

  const queueAction = useCallback(
    async (action: QueuedAction) => {
      await enqueue(action);
      setQueue(await listQueue(cid));
    },
    [cid],
  );

  /** A check-in without the network: shown as arrived at once, queued for the server. */
  const checkIn = useCallback(
    async (
      by: { token: string } | { delegateId: string },
    ): Promise<{ delegate: LocalDelegate | null; queued: boolean }> => {
      const deviceAt = new Date().toISOString();
      const clientId = crypto.randomUUID();
      let d: LocalDelegate | undefined;
      let item: SyncItemInput;
      if ('token' in by) {
        const token = normalizeToken(by.token);
        const hash = isWellFormedToken(token) ? await sha256Hex(token) : null;
        d = hash ? delegates.find((x) => x.tokenHash === hash) : undefined;
        item = { clientId, kind: 'checkin', token: by.token.trim().slice(0, 200), method: 'qr', deviceAt };
      } else {
        d = delegates.find((x) => x.id === by.delegateId);
        item = { clientId, kind: 'checkin', delegateId: by.delegateId, method: 'search', deviceAt };
      }
      if (d?.checkIn) return { delegate: d, queued: false };
      await queueAction({
        conferenceId: cid,
        item,
        delegateId: d?.id ?? null,
        label: `${d?.fullName ?? ''}\u0000${me.fullName}`,
      });
      return { delegate: d ?? null, queued: true };
    },
    [cid, delegates, me.fullName, queueAction],
  );

  /** An undo without the network: names this phone's own check-in when it has one. */
  const undo = useCallback(
    async (delegateId: string) => {
      const d = delegates.find((x) => x.id === delegateId);
      const queued = [...queue]
        .reverse()
        .find((a) => a.delegateId === delegateId && a.item.kind === 'checkin');
      const undoes = (queued && d?.pending ? queued.item.clientId : undefined) ?? list?.own[delegateId];
      await queueAction({
        conferenceId: cid,
        item: {
          clientId: crypto.randomUUID(),
          kind: 'undo',
          delegateId,
          ...(undoes ? { undoes } : {}),
          deviceAt: new Date().toISOString(),
        },
        delegateId,
        label: `${d?.fullName ?? ''}\u0000${me.fullName}`,
      });
    },
    [cid, delegates, list, me.fullName, queue, queueAction],
  );

  return {
    online,
    list,
    delegates,
    pendingCount: queue.length,
    notices,
    dismissNotices: () => setNotices([]),
    search,
    checkIn,
    undo,
    sync,
  };
}
