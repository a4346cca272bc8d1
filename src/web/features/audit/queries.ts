import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditActorsView, AuditFilter, AuditListView } from '../../../shared/schemas/audit';
import { apiGet, query } from '../../lib/api';
import { useGet } from '../../lib/use-get';

const AUDIT_PAGE = 50;

/** The organization's audit log as filtered, newest first, a page of AUDIT_PAGE at a time. */
export function useAuditPages(orgId: string | undefined, filter: AuditFilter, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['audit', orgId ?? '', 'page', filter],
    enabled: !!orgId && enabled,
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      apiGet<AuditListView>(
        `/api/organizations/${orgId}/audit${query({ ...filter, beforeId: pageParam, limit: AUDIT_PAGE })}`,
      ),
    getNextPageParam: (last) => (last.items.length === AUDIT_PAGE ? last.items.at(-1)?.id : undefined),
  });
}

/** The people who appear in the log (the "Người thực hiện" filter). */
export function useAuditActors(orgId: string | undefined, enabled: boolean) {
  return useGet<AuditActorsView>(
    ['audit', orgId ?? '', 'actors'],
    `/api/organizations/${orgId}/audit/actors`,
    {
      enabled: enabled && !!orgId,
    },
  );
}

/** The export's address for the same filters. */
export const auditExportPath = (orgId: string, filter: AuditFilter) =>
  `/api/organizations/${orgId}/audit/export.xlsx${query(filter)}`;

/** The changes of one object, newest first (its history panel). */
export function useAuditOf(orgId: string, entityType: string, entityId: string, enabled: boolean) {
  const filter = { entityType, entityId, limit: 100 };
  return useGet<AuditListView>(
    ['audit', orgId, 'of', filter],
    `/api/organizations/${orgId}/audit${query(filter)}`,
    {
      enabled,
    },
  );
}
