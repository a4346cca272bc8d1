import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { can } from '../../../shared/rules/permissions';
import type { SubmissionAction } from '../../../shared/rules/submission';
import type { MeView as Me } from '../../../shared/schemas/auth';
import type {
  AwardFormListView as AwardFormList,
  BaseSalaryView as BaseSalary,
} from '../../../shared/schemas/award-forms';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import type {
  BulkAcceptView,
  Nomination,
  NominationList,
  UnitReport,
} from '../../../shared/schemas/nomination-views';
import type {
  NominationDraft,
  NominationKind,
  NominationStatus,
  OccupationGroup,
  ReportNumbers,
  ReportSections,
} from '../../../shared/schemas/nominations';
import type {
  QuotaGridView as QuotaGrid,
  SubmissionsView as Submissions,
} from '../../../shared/schemas/quotas';
import { actorFromMe, conferenceCan } from '../../lib/actor';
import { ApiError, api, apiUpload, query } from '../../lib/api';
import { useGet } from '../../lib/use-get';
import {
  type NominationFilters,
  nominationsKey,
  nominationsRead,
  quotaGridRead,
  quotasKey,
  submissionsKey,
  submissionsRead,
  unitReportKey,
  unitReportRead,
} from './reads';

export const awardFormsKey = (cid: string) => ['award-forms', cid] as const;
export {
  filtersQuery,
  type NominationFilters,
  nominationsKey,
  quotasKey,
  submissionsKey,
  unitReportKey,
} from './reads';
export const nominationKey = (cid: string, id: string) => ['nomination', cid, id] as const;
export const reportsKey = (cid: string) => ['reports', cid] as const;
const reportUrl = (cid: string, unitId: string) => unitReportRead(cid, unitId).path;

export function useAwardForms(cid: string) {
  return useGet<AwardFormList>(awardFormsKey(cid), `/api/conferences/${cid}/award-forms`, {
    staleTime: 60_000,
  });
}

export function useBaseSalaries() {
  return useGet<{ items: BaseSalary[] }>(['base-salaries'], '/api/base-salaries', { staleTime: 10 * 60_000 });
}

export function useQuotaGrid(cid: string) {
  const read = quotaGridRead(cid);
  return useGet<QuotaGrid>(read.key, read.path);
}

export function useSubmissions(cid: string) {
  const read = submissionsRead(cid);
  return useGet<Submissions>(read.key, read.path);
}

export function useNominations(cid: string, filters: NominationFilters, page = { limit: 50, offset: 0 }) {
  const read = nominationsRead(cid, filters, page);
  return useGet<NominationList>(read.key, read.path, { placeholderData: (prev) => prev });
}

export function useNomination(cid: string, id: string) {
  return useGet<Nomination>(nominationKey(cid, id), `/api/conferences/${cid}/nominations/${id}`);
}

export function useUnitReport(cid: string, unitId: string) {
  const read = unitReportRead(cid, unitId);
  return useGet<UnitReport>(read.key, read.path);
}

/** After any change to nominations: lists, counts, quota use, submission state and reports are stale. */
export const nominationDataKeys = (cid: string): QueryKey[] => [
  nominationsKey(cid),
  ['nomination', cid],
  quotasKey(cid),
  submissionsKey(cid),
  reportsKey(cid),
  ['unit-report', cid],
];

export function invalidateNominationData(qc: QueryClient, cid: string) {
  return Promise.all(
    [...nominationDataKeys(cid), ['audit']].map((queryKey) => qc.invalidateQueries({ queryKey })),
  );
}

// ---- writes (used through useApiMutation) ----------------------------------------------------

const nominationUrl = (cid: string, id: string) => `/api/conferences/${cid}/nominations/${id}`;

type SaveVars = { cid: string; unitId: string; id?: string; version: number; body: NominationDraft };

/** Creates a draft for the unit (no id) or saves an existing nomination at `version`. */
export const saveNomination = (v: SaveVars) =>
  v.id
    ? api<Nomination>('PUT', nominationUrl(v.cid, v.id), { ...v.body, version: v.version })
    : api<Nomination>('POST', `/api/conferences/${v.cid}/units/${v.unitId}/nominations`, v.body);

/**
 * Saves, then sends the files chosen before the first save, one by one. A refused file (its bytes
 * are not a photo, PDF or DOCX) does not undo the save: it comes back in `failed` with the reason.
 */
export async function saveNominationWithFiles(v: SaveVars & { files: File[] }) {
  let saved = await saveNomination(v);
  const failed: string[] = [];
  for (const file of v.files) {
    try {
      saved = await uploadAttachment({ cid: v.cid, id: saved.id, file });
    } catch (err) {
      failed.push(`${file.name}: ${err instanceof ApiError ? err.message : String(err)}`);
    }
  }
  return { saved, failed };
}

export const transitionNomination = (v: {
  cid: string;
  id: string;
  version: number;
  action: SubmissionAction;
  reason?: string;
  /** Gửi: the unit's explanation for a nominee not yet eligible, stored with the send. */
  eligibilityNote?: string;
}) =>
  api<Nomination>('POST', `${nominationUrl(v.cid, v.id)}/${v.action}`, {
    version: v.version,
    reason: v.reason,
    eligibilityNote: v.eligibilityNote,
  });

/** Tiếp nhận several nominations at once (all or none), each at the version the list showed. */
export const acceptNominations = (v: { cid: string; items: { id: string; version: number }[] }) =>
  api<BulkAcceptView>('POST', `/api/conferences/${v.cid}/nominations/accept`, { items: v.items });

export const deleteNomination = (v: { cid: string; id: string; version: number }) =>
  api<null>('DELETE', `${nominationUrl(v.cid, v.id)}?version=${v.version}`);

export const attachmentsUrl = (cid: string, id: string) => `${nominationUrl(cid, id)}/attachments`;

export const uploadAttachment = (v: { cid: string; id: string; file: File }) =>
  apiUpload<Nomination>(attachmentsUrl(v.cid, v.id), v.file);

export const removeAttachment = (v: { cid: string; id: string; attachmentId: string }) =>
  api<null>('DELETE', `${attachmentsUrl(v.cid, v.id)}/${v.attachmentId}`);

export const saveUnitReport = (v: {
  cid: string;
  unitId: string;
  body: { sections: ReportSections; numbers: ReportNumbers; version: number };
}) => api<UnitReport>('PUT', reportUrl(v.cid, v.unitId), v.body);

export const transitionUnitReport = (v: {
  cid: string;
  unitId: string;
  version: number;
  action: 'submit' | 'return' | 'accept';
  reason?: string;
}) =>
  api<UnitReport>('POST', `${reportUrl(v.cid, v.unitId)}/${v.action}`, {
    version: v.version,
    reason: v.reason,
  });

export type NominationRole = {
  /** Reads what units have sent (secretary, council, chair). */
  isStaff: boolean;
  /** Sets forms, criteria, quotas, deadlines (secretary). */
  canManage: boolean;
  canReview: boolean;
  /** The unit this user heads in the conference's organization, if any. */
  myUnitId: string | null;
  myUnitName: string | null;
};

/** What the signed-in user is in this conference's nominations (mirrors the server's checks). */
export function nominationRole(
  me: Me,
  conf: Pick<ConferenceDetail, 'id' | 'organizationId'>,
): NominationRole {
  const has = conferenceCan(me, conf);
  const head = me.memberships.find(
    (m) =>
      m.role === 'unit_head' &&
      m.unitId &&
      m.organizationId === conf.organizationId &&
      (!m.conferenceId || m.conferenceId === conf.id),
  );
  return {
    isStaff: has('nomination.read') || has('nomination.settings'),
    canManage: has('nomination.settings'),
    canReview: has('nomination.review'),
    myUnitId: head?.unitId ?? null,
    myUnitName: head?.unitName ?? null,
  };
}

/** May the user write this unit's nominations and report (its head, or the office)? */
export function canWriteUnit(me: Me, conf: Pick<ConferenceDetail, 'id' | 'organizationId'>, unitId: string) {
  return can(actorFromMe(me), 'nomination.write', {
    organizationId: conf.organizationId,
    conferenceId: conf.id,
    unitId,
  });
}
