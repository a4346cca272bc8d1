import { type QueryClient, useQuery } from '@tanstack/react-query';
import { can } from '../../../shared/rules/permissions';
import type { MeView as Me } from '../../../shared/schemas/auth';
import type {
  AwardFormListView as AwardFormList,
  BaseSalaryView as BaseSalary,
} from '../../../shared/schemas/award-forms';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import type { NominationKind, NominationStatus, OccupationGroup } from '../../../shared/schemas/nominations';
import type {
  QuotaGridView as QuotaGrid,
  SubmissionsView as Submissions,
} from '../../../shared/schemas/quotas';
import { actorFromMe, conferenceCan } from '../../lib/actor';
import { apiGet, query } from '../../lib/api';
import type { Nomination, NominationList, UnitReport, UnitReportSummary } from '../../lib/types';

export const awardFormsKey = (cid: string) => ['award-forms', cid] as const;
export const quotasKey = (cid: string) => ['quotas', cid] as const;
export const submissionsKey = (cid: string) => ['submissions', cid] as const;
export const nominationsKey = (cid: string) => ['nominations', cid] as const;
export const nominationKey = (cid: string, id: string) => ['nomination', cid, id] as const;
export const unitReportKey = (cid: string, unitId: string) => ['unit-report', cid, unitId] as const;
export const reportsKey = (cid: string) => ['reports', cid] as const;

export function useAwardForms(cid: string) {
  return useQuery({
    queryKey: awardFormsKey(cid),
    queryFn: () => apiGet<AwardFormList>(`/api/conferences/${cid}/award-forms`),
    staleTime: 60_000,
  });
}

export function useBaseSalaries() {
  return useQuery({
    queryKey: ['base-salaries'],
    queryFn: () => apiGet<{ items: BaseSalary[] }>('/api/base-salaries'),
    staleTime: 10 * 60_000,
  });
}

export function useQuotaGrid(cid: string) {
  return useQuery({
    queryKey: quotasKey(cid),
    queryFn: () => apiGet<QuotaGrid>(`/api/conferences/${cid}/quotas`),
  });
}

export function useSubmissions(cid: string) {
  return useQuery({
    queryKey: submissionsKey(cid),
    queryFn: () => apiGet<Submissions>(`/api/conferences/${cid}/submissions`),
  });
}

export type NominationFilters = {
  unitId?: string;
  awardFormId?: string;
  status?: NominationStatus;
  occupationGroup?: OccupationGroup;
  gender?: 'male' | 'female';
  kind?: NominationKind;
  q?: string;
};

/** '?unitId=…&q=…' for the list and the export (empty filters left out). */
export const filtersQuery = (f: NominationFilters, extra: Record<string, number> = {}) =>
  query({
    unitId: f.unitId,
    awardFormId: f.awardFormId,
    status: f.status,
    occupationGroup: f.occupationGroup,
    gender: f.gender,
    kind: f.kind,
    q: f.q?.trim(),
    ...extra,
  });

export function useNominations(cid: string, filters: NominationFilters, page = { limit: 50, offset: 0 }) {
  return useQuery({
    queryKey: [...nominationsKey(cid), filters, page],
    queryFn: () =>
      apiGet<NominationList>(`/api/conferences/${cid}/nominations${filtersQuery(filters, page)}`),
    placeholderData: (prev) => prev,
  });
}

export function useNomination(cid: string, id: string) {
  return useQuery({
    queryKey: nominationKey(cid, id),
    queryFn: () => apiGet<Nomination>(`/api/conferences/${cid}/nominations/${id}`),
  });
}

export function useUnitReport(cid: string, unitId: string) {
  return useQuery({
    queryKey: unitReportKey(cid, unitId),
    queryFn: () => apiGet<UnitReport>(`/api/conferences/${cid}/units/${unitId}/report`),
  });
}

export function useReports(cid: string, enabled = true) {
  return useQuery({
    queryKey: reportsKey(cid),
    queryFn: () => apiGet<{ items: UnitReportSummary[] }>(`/api/conferences/${cid}/reports`),
    enabled,
  });
}

/** After any change to nominations: lists, counts, quota use and submission state are stale. */
export function invalidateNominationData(qc: QueryClient, cid: string) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: nominationsKey(cid) }),
    qc.invalidateQueries({ queryKey: ['nomination', cid] }),
    qc.invalidateQueries({ queryKey: quotasKey(cid) }),
    qc.invalidateQueries({ queryKey: submissionsKey(cid) }),
    qc.invalidateQueries({ queryKey: reportsKey(cid) }),
    qc.invalidateQueries({ queryKey: ['audit'] }),
  ]);
}

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
