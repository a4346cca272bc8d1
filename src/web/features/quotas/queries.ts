import type { QuotaGridView, ReopenView } from '../../../shared/schemas/quotas';
import { api } from '../../lib/api';

// The read queries (useQuotaGrid, useSubmissions and their keys) live in nominations/queries.ts,
// shared with the unit workspace.
export type QuotaGridSave = {
  quotaTotal: number | null;
  cells: { unitId: string; awardFormId: string; count: number; version: number }[];
};
type QuotaTransfer = {
  awardFormId: string;
  fromUnitId: string;
  toUnitId: string;
  count: number;
  reason: string;
};

export const saveQuotaGrid = (cid: string, body: QuotaGridSave) =>
  api<QuotaGridView>('PUT', `/api/conferences/${cid}/quotas`, body);
export const transferQuota = (cid: string, body: QuotaTransfer) =>
  api<QuotaGridView>('POST', `/api/conferences/${cid}/quotas/transfer`, body);
export const reopenUnit = (cid: string, unitId: string, body: { until: string; reason: string }) =>
  api<ReopenView>('POST', `/api/conferences/${cid}/units/${unitId}/reopen`, body);
