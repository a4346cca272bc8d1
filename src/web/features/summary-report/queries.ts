import type {
  SummaryReportView,
  SummarySectionHistory,
  SummarySectionKey,
  SummarySectionView,
} from '../../../shared/schemas/summary-report';
import { api } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export const summaryReportPath = (cid: string) => `/conferences/${cid}/summary-report`;
const apiBase = (cid: string) => `/api/conferences/${cid}/summary-report`;

export const summaryReportKey = (cid: string) => ['summary-report', cid] as const;
export const sectionHistoryKey = (cid: string, key: SummarySectionKey) =>
  ['summary-report', cid, 'history', key] as const;

export const useSummaryReport = (cid: string) =>
  useGet<SummaryReportView>(summaryReportKey(cid), apiBase(cid));

export const useSectionHistory = (cid: string, key: SummarySectionKey, enabled: boolean) =>
  useGet<SummarySectionHistory>(sectionHistoryKey(cid, key), `${apiBase(cid)}/sections/${key}/history`, {
    enabled,
  });

export const compileReport = (cid: string) => api<SummaryReportView>('POST', `${apiBase(cid)}/compile`);

export const saveSection = (cid: string, key: SummarySectionKey, body: string, version: number) =>
  api<SummarySectionView>('PUT', `${apiBase(cid)}/sections/${key}`, { body, version });
