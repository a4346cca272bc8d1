import { notifications } from '@mantine/notifications';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeView as Me } from '../../../shared/schemas/auth';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import type {
  AgendaItemInput,
  AgendaItemUpdate,
  PerformanceInput,
  PerformanceUpdate,
  ProgramView,
  RUN_ACTIONS,
  RunView,
} from '../../../shared/schemas/program';
import { conferenceCan } from '../../lib/actor';
import { api, query } from '../../lib/api';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useGet } from '../../lib/use-get';

export const programPath = (cid: string) => `/conferences/${cid}/program`;
export const runPath = (cid: string) => `/conferences/${cid}/program/run`;
export const programApi = (cid: string) => `/api/conferences/${cid}/program`;
export const programKey = (cid: string) => ['program', cid] as const;
export const runKey = (cid: string) => ['program-run', cid] as const;

export function canViewProgram(me: Me, conf: Pick<ConferenceDetail, 'id' | 'organizationId'>): boolean {
  return conferenceCan(me, conf)('program.view');
}

export function useProgram(cid: string) {
  return useGet<ProgramView>(programKey(cid), programApi(cid));
}

/** Without events (a proxy that drops streams), the run is still read again this often. */
const RUN_SAFETY_POLL_MS = 60_000;

/**
 * The run of show (chương trình đang diễn ra). The projection and the other screens follow along:
 * every move, made on any instance, comes as a `run_of_show` server-sent event and the run is read
 * again; EventSource reconnects by itself (with Last-Event-ID), and a slow poll covers the rest.
 */
export function useRun(cid: string) {
  const qc = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`${programApi(cid)}/run/events`);
    const refetch = () => void qc.invalidateQueries({ queryKey: runKey(cid) });
    source.addEventListener('run_of_show', refetch);
    // back after a lost connection: what moved meanwhile is replayed, but read once anyway
    let opened = false;
    source.onopen = () => {
      if (opened) refetch();
      opened = true;
    };
    return () => source.close();
  }, [cid, qc]);
  return useGet<RunView>(runKey(cid), `${programApi(cid)}/run`, { refetchInterval: RUN_SAFETY_POLL_MS });
}

export function storeProgram(qc: QueryClient, cid: string, data: ProgramView) {
  qc.setQueryData(programKey(cid), data);
}

type Versioned = { id: string; version: number };

/** The writes of the program pages; each answers the whole program (or the run of show). */
export const programWrites = {
  fromPlan: (cid: string) => api<ProgramView>('POST', `${programApi(cid)}/from-plan`),
  session: (cid: string, body: { startTime: string; plannedEnd: string; version: number }) =>
    api<ProgramView>('PUT', `${programApi(cid)}/session`, body),
  reorder: (cid: string, body: { ids: string[]; version: number }) =>
    api<ProgramView>('PUT', `${programApi(cid)}/order`, body),
  addItem: (cid: string, body: Partial<AgendaItemInput>) =>
    api<ProgramView>('POST', `${programApi(cid)}/items`, body),
  updateItem: (cid: string, item: Versioned, body: Omit<AgendaItemUpdate, 'version'>) =>
    api<ProgramView>('PUT', `${programApi(cid)}/items/${item.id}`, { ...body, version: item.version }),
  removeItem: (cid: string, item: Versioned) =>
    api<ProgramView>('DELETE', `${programApi(cid)}/items/${item.id}${query({ version: item.version })}`),
  addPerformance: (cid: string, body: PerformanceInput) =>
    api<ProgramView>('POST', `${programApi(cid)}/performances`, body),
  updatePerformance: (cid: string, p: Versioned, body: Omit<PerformanceUpdate, 'version'>) =>
    api<ProgramView>('PUT', `${programApi(cid)}/performances/${p.id}`, { ...body, version: p.version }),
  removePerformance: (cid: string, p: Versioned) =>
    api<ProgramView>('DELETE', `${programApi(cid)}/performances/${p.id}${query({ version: p.version })}`),
  run: (cid: string, body: { action: (typeof RUN_ACTIONS)[number]; fromItemId: string | null }) =>
    api<RunView>('POST', `${programApi(cid)}/run`, body),
};

/**
 * A write of the program through useApiMutation: the answer replaces the cached program; a stale
 * write (409) reloads it with a notice; other failures show as a notification unless a form
 * (`form`) takes the server's field messages.
 */
export function useProgramWrite<V>(
  cid: string,
  mutationFn: (vars: V) => Promise<ProgramView>,
  opts: { form?: { setErrors: (e: Record<string, string>) => void }; onSuccess?: () => void } = {},
) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const write = useApiMutation<V, ProgramView>({
    mutationFn,
    invalidate: [programKey(cid)],
    form: opts.form,
    onSuccess: (data) => {
      storeProgram(qc, cid, data);
      opts.onSuccess?.();
    },
  });
  const notify = !opts.form;
  useEffect(() => {
    if (write.conflict !== null) notifications.show({ color: 'orange', message: t('prog.page.conflict') });
  }, [write.conflict, t]);
  useEffect(() => {
    if (notify && write.error) notifications.show({ color: 'red', message: write.error });
  }, [notify, write.error]);
  return write;
}
