import type { NominationKind, NominationStatus, OccupationGroup } from '../../../shared/schemas/nominations';
import { query } from '../../lib/api';
import type { Read } from '../../lib/use-get';
import { conferenceRead } from '../conferences/reads';

// The cache keys and paths of the nominations step's reads. Kept apart from queries.ts (which the
// pages load) so that the start-up prefetch of a unit's workspace (router.tsx) names the very same
// reads without loading the pages' code.

export const quotasKey = (cid: string) => ['quotas', cid] as const;
export const submissionsKey = (cid: string) => ['submissions', cid] as const;
export const nominationsKey = (cid: string) => ['nominations', cid] as const;
export const unitReportKey = (cid: string, unitId: string) => ['unit-report', cid, unitId] as const;

export type NominationFilters = {
  unitId?: string;
  awardFormId?: string;
  status?: NominationStatus;
  occupationGroup?: OccupationGroup;
  gender?: 'male' | 'female';
  kind?: NominationKind;
  q?: string;
};
export type ListPage = { limit: number; offset: number };

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

export const quotaGridRead = (cid: string): Read => ({
  key: quotasKey(cid),
  path: `/api/conferences/${cid}/quotas`,
});
export const submissionsRead = (cid: string): Read => ({
  key: submissionsKey(cid),
  path: `/api/conferences/${cid}/submissions`,
});
export const nominationsRead = (cid: string, filters: NominationFilters, page: ListPage): Read => ({
  key: [...nominationsKey(cid), filters, page],
  path: `/api/conferences/${cid}/nominations${filtersQuery(filters, page)}`,
});
export const unitReportRead = (cid: string, unitId: string): Read => ({
  key: unitReportKey(cid, unitId),
  path: `/api/conferences/${cid}/units/${unitId}/report`,
});

/** A unit's own list shows all its nominations at once. */
export const UNIT_LIST_PAGE: ListPage = { limit: 500, offset: 0 };

/** Everything the unit's workspace (Hồ sơ đề nghị của đơn vị) shows, asked for together. */
export const unitWorkspaceReads = (cid: string, unitId: string): Read[] => [
  conferenceRead(cid),
  submissionsRead(cid),
  quotaGridRead(cid),
  nominationsRead(cid, { unitId }, UNIT_LIST_PAGE),
  unitReportRead(cid, unitId),
];
