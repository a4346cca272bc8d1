import { useQuery } from '@tanstack/react-query';
import type { AuditEntryView } from '../../../shared/schemas/audit';
import type { ConferenceSummaryView, ConferenceView } from '../../../shared/schemas/conferences';
import { apiGet, query } from '../../lib/api';

export const conferencesKey = ['conferences'] as const;
export const conferenceKey = (id: string) => ['conference', id] as const;
export const auditKey = (orgId: string, params: Record<string, string | number | undefined> = {}) =>
  ['audit', orgId, params] as const;

export function useConferences() {
  return useQuery({
    queryKey: conferencesKey,
    queryFn: () => apiGet<{ items: ConferenceSummaryView[] }>('/api/conferences'),
  });
}

export function useConference(id: string) {
  return useQuery({
    queryKey: conferenceKey(id),
    queryFn: () => apiGet<ConferenceView>(`/api/conferences/${id}`),
  });
}

/** Recent audit entries of an organization (newest first). */
export function useAudit(
  orgId: string | undefined,
  params: { entityType?: string; entityId?: string; conferenceId?: string; limit?: number },
  enabled = true,
) {
  return useQuery({
    queryKey: auditKey(orgId ?? '', params),
    queryFn: () => apiGet<{ items: AuditEntryView[] }>(`/api/organizations/${orgId}/audit${query(params)}`),
    enabled: enabled && !!orgId,
  });
}
