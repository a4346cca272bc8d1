import type { AuditListView } from '../../../shared/schemas/audit';
import type { ConferenceCopyBody, ConferenceCopyPreview } from '../../../shared/schemas/conference-copy';
import type {
  ConferenceListView,
  ConferenceView,
  MilestoneView,
  UpdatePlanBody,
} from '../../../shared/schemas/conferences';
import type { MilestoneInput, Plan } from '../../../shared/schemas/plan';
import { api, query } from '../../lib/api';
import { useGet } from '../../lib/use-get';
import { conferenceKey, conferenceRead } from './reads';

export const conferencesKey = ['conferences'] as const;
export { conferenceKey } from './reads';

const auditKey = (orgId: string, params: Record<string, string | number | undefined> = {}) =>
  ['audit', orgId, params] as const;

export function useConferences() {
  return useGet<ConferenceListView>(conferencesKey, '/api/conferences');
}

export function useConference(id: string) {
  const read = conferenceRead(id);
  return useGet<ConferenceView>(read.key, read.path);
}

/** Recent audit entries of an organization (newest first). */
export function useAudit(
  orgId: string | undefined,
  params: { entityType?: string; entityId?: string; conferenceId?: string; limit?: number },
  enabled = true,
) {
  return useGet<AuditListView>(
    auditKey(orgId ?? '', params),
    `/api/organizations/${orgId}/audit${query(params)}`,
    { enabled: enabled && !!orgId },
  );
}

export const createConference = (orgId: string, plan: Plan) =>
  api<ConferenceView>('POST', `/api/organizations/${orgId}/conferences`, { plan });
/** `acknowledgedWarnings`: the codes of the cảnh báo kế hoạch the secretary chose to save anyway. */
export const updatePlan = (id: string, body: UpdatePlanBody) =>
  api<ConferenceView>('PUT', `/api/conferences/${id}/plan`, body);

const milestonesPath = (cid: string) => `/api/conferences/${cid}/milestones`;
export const createMilestone = (cid: string, body: MilestoneInput) =>
  api<MilestoneView>('POST', milestonesPath(cid), body);
export const updateMilestone = (
  cid: string,
  id: string,
  body: MilestoneInput & { done: boolean; version: number },
) => api<MilestoneView>('PUT', `${milestonesPath(cid)}/${id}`, body);
export const setMilestoneDone = (cid: string, id: string, done: boolean, version: number) =>
  api<MilestoneView>('PUT', `${milestonesPath(cid)}/${id}/done`, { done, version });
export const deleteMilestone = (cid: string, id: string, version: number) =>
  api<void>('DELETE', `${milestonesPath(cid)}/${id}?version=${version}`);

/** What copying the conference takes along and leaves behind (counts), for the copy dialog. */
export function useCopyPreview(id: string) {
  return useGet<ConferenceCopyPreview>(['conference-copy', id], `/api/conferences/${id}/copy-preview`);
}
export const copyConference = (id: string, body: ConferenceCopyBody) =>
  api<ConferenceView>('POST', `/api/conferences/${id}/copy`, body);
