import type { MeView as Me } from '../../../shared/schemas/auth';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import type { Dashboard } from '../../../shared/schemas/dashboard';
import { conferenceCan } from '../../lib/actor';
import { useGet } from '../../lib/use-get';

export const dashboardPath = (cid: string) => `/conferences/${cid}/dashboard`;
export const dashboardKey = (cid: string) => ['dashboard', cid] as const;

/** Bảng điều khiển is for the secretary, the chair and the admin (permission dashboard.view). */
export function canViewDashboard(me: Me, conf: Pick<ConferenceDetail, 'id' | 'organizationId'>): boolean {
  return conferenceCan(me, conf)('dashboard.view');
}

export function useDashboard(cid: string, enabled = true) {
  return useGet<Dashboard>(dashboardKey(cid), `/api/conferences/${cid}/dashboard`, { enabled });
}
