import type { UnitInput, UnitListView, UnitView } from '../../../shared/schemas/organizations';
import type { LinkCandidatesView, UnitLinkBody } from '../../../shared/schemas/upward';
import { api } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export const unitsKey = (orgId: string) => ['units', orgId] as const;

export function useUnits(orgId: string | undefined) {
  return useGet<UnitListView>(unitsKey(orgId ?? ''), `/api/organizations/${orgId}/units`, {
    enabled: !!orgId,
  });
}

export const createUnit = (orgId: string, body: UnitInput) =>
  api<UnitView>('POST', `/api/organizations/${orgId}/units`, body);
export const updateUnit = (id: string, body: UnitInput & { version: number }) =>
  api<UnitView>('PUT', `/api/units/${id}`, body);
/** The whole order of the organizer's units (all or nothing on the server). */
export const reorderUnits = (orgId: string, ids: string[]) =>
  api<UnitListView>('PUT', `/api/organizations/${orgId}/units/order`, { ids });
export const deleteUnit = (u: UnitView) => api<void>('DELETE', `/api/units/${u.id}?version=${u.version}`);

/** Organizers a unit may stand for (liên kết cấp dưới), read when the secretary manages units. */
export function useLinkCandidates(orgId: string | undefined, enabled: boolean) {
  return useGet<LinkCandidatesView>(
    ['link-candidates', orgId ?? ''],
    `/api/organizations/${orgId}/link-candidates`,
    {
      enabled: !!orgId && enabled,
    },
  );
}
export const linkUnit = (id: string, body: UnitLinkBody) =>
  api<unknown>('PUT', `/api/units/${id}/link`, body);
