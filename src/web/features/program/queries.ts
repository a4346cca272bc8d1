import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { CallUpGroup } from '../../../shared/rules/mc-script';
import type { MeView as Me } from '../../../shared/schemas/auth';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import type { RunItem } from '../../../shared/schemas/program';
import { conferenceCan } from '../../lib/actor';
import { apiGet } from '../../lib/api';

export const programPath = (cid: string) => `/conferences/${cid}/program`;
export const runPath = (cid: string) => `/conferences/${cid}/program/run`;
export const programApi = (cid: string) => `/api/conferences/${cid}/program`;
export const programKey = (cid: string) => ['program', cid] as const;
export const runKey = (cid: string) => ['program-run', cid] as const;

export type AgendaItem = {
  id: string;
  position: number;
  number: string;
  kind: string;
  title: string;
  durationMinutes: number;
  start: string;
  end: string;
  pastEnd: boolean;
  presenterKind: string;
  presenter: string;
  presenterDelegateId: string | null;
  presenterName: string;
  notes: string;
  mcTemplate: string | null;
  mcDefault: string;
  mcLines: string[];
  speech: { id: string; speakerName: string; unitName: string; title: string } | null;
  performance: { id: string; title: string; unitName: string; performers: string } | null;
  handovers: { awardFormId: string; presenter: string }[];
  callUp: CallUpGroup[];
  version: number;
};

export type Performance = {
  id: string;
  unitId: string | null;
  unitName: string;
  title: string;
  performers: string;
  durationMinutes: number;
  version: number;
};

export type RunState = {
  running: boolean;
  finished: boolean;
  current: (RunItem & { index: number }) | null;
  next: RunItem | null;
  startedAt: string | null;
  runStartedAt: string | null;
  elapsedMinutes: number | null;
  overMinutes: number | null;
  overUnder: string | null;
  total: number;
};

export type ProgramSession = {
  startTime: string;
  plannedEnd: string;
  version: number;
  stored: boolean;
  end: string;
  overMinutes: number;
  overUnder: string;
};

export type Program = {
  session: ProgramSession;
  items: AgendaItem[];
  messages: { level: 'error' | 'warning'; index: number | null; message: string }[];
  performances: Performance[];
  allocation: {
    ok: boolean;
    rows: {
      unitId: string | null;
      unitName: string;
      min: number;
      max: number;
      count: number;
      ok: boolean;
      label: string;
      message: string | null;
    }[];
    messages: string[];
  };
  run: RunState;
  permissions: { canManage: boolean; canRun: boolean };
};

export type RunAnswer = RunState & { session: ProgramSession; permissions: { canRun: boolean } };

export function canViewProgram(me: Me, conf: Pick<ConferenceDetail, 'id' | 'organizationId'>): boolean {
  return conferenceCan(me, conf)('program.view');
}

export function useProgram(cid: string) {
  return useQuery({ queryKey: programKey(cid), queryFn: () => apiGet<Program>(programApi(cid)) });
}

/** The run of show, polled every few seconds (projection and other screens follow along). */
export function useRun(cid: string) {
  return useQuery({
    queryKey: runKey(cid),
    queryFn: () => apiGet<RunAnswer>(`${programApi(cid)}/run`),
    refetchInterval: 3000,
  });
}

export function storeProgram(qc: QueryClient, cid: string, data: Program) {
  qc.setQueryData(programKey(cid), data);
}
