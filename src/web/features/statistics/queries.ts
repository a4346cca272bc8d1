import type { StatisticsView } from '../../../shared/schemas/movements';
import { query } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export const statisticsPath = '/statistics';
export type StatisticsQuery = { yearFrom: number; yearTo: number; receiver: string };

export const statisticsApi = (orgId: string, q: StatisticsQuery, ext = '') =>
  `/api/organizations/${orgId}/statistics${ext}${query(q)}`;

export function useStatistics(orgId: string | undefined, q: StatisticsQuery, enabled: boolean) {
  return useGet<StatisticsView>(['statistics', orgId ?? '', q], statisticsApi(orgId ?? '', q), {
    enabled: enabled && !!orgId,
    placeholderData: (previous) => previous,
  });
}
