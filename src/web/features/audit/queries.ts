import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditListView } from '../../../shared/schemas/audit';
import { apiGet, query } from '../../lib/api';

const AUDIT_PAGE = 50;

/** The organization's audit log, newest first, a page of AUDIT_PAGE at a time. */
export function useAuditPages(orgId: string | undefined, entityType: string | null, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['audit', orgId ?? '', 'page', entityType ?? ''],
    enabled: !!orgId && enabled,
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      apiGet<AuditListView>(
        `/api/organizations/${orgId}/audit${query({ entityType: entityType ?? undefined, beforeId: pageParam, limit: AUDIT_PAGE })}`,
      ),
    getNextPageParam: (last) => (last.items.length === AUDIT_PAGE ? last.items.at(-1)?.id : undefined),
  });
}
