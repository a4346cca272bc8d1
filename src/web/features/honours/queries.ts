import type {
  DuplicateListView,
  HonourFormInput,
  HonourFormListView,
  HonourFormUpdate,
  HonourFormView,
  HonourImportResultView,
  HonourInput,
  HonourListView,
  HonourLookupQuery,
  HonourView,
  MergeBody,
  SubjectPageView,
  SubjectView,
} from '../../../shared/schemas/honours';
import { api, apiUpload } from '../../lib/api';
import { useGet } from '../../lib/use-get';

// Sổ khen thưởng: the reads and writes of the register's pages (all at the organizer's level).

export const honoursKey = (orgId: string) => ['honours', orgId] as const;
const base = (orgId: string) => `/api/organizations/${orgId}`;

export type HonourFilters = Partial<Omit<HonourLookupQuery, 'limit' | 'offset'>>;

/** The lookup's query string (also the export's), without empty values. */
export function lookupQuery(filters: HonourFilters, page?: { limit: number; offset: number }): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...page })) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function useHonourLookup(
  orgId: string,
  filters: HonourFilters,
  page: { limit: number; offset: number },
) {
  const qs = lookupQuery(filters, page);
  return useGet<HonourListView>([...honoursKey(orgId), 'lookup', qs], `${base(orgId)}/honours${qs}`, {
    enabled: !!orgId,
    placeholderData: (previous) => previous,
  });
}

export const exportPath = (orgId: string, filters: HonourFilters) =>
  `${base(orgId)}/honours/export.xlsx${lookupQuery(filters)}`;
export const templatePath = (orgId: string) => `${base(orgId)}/honours/template.xlsx`;

export function useHonourForms(orgId: string) {
  return useGet<HonourFormListView>([...honoursKey(orgId), 'forms'], `${base(orgId)}/honour-forms`, {
    enabled: !!orgId,
  });
}

export function useSubjectPage(orgId: string, subjectId: string) {
  return useGet<SubjectPageView>(
    [...honoursKey(orgId), 'subject', subjectId],
    `${base(orgId)}/honour-subjects/${subjectId}`,
    { enabled: !!orgId && !!subjectId },
  );
}

export function useDuplicates(orgId: string) {
  return useGet<DuplicateListView>(
    [...honoursKey(orgId), 'duplicates'],
    `${base(orgId)}/honour-subjects/duplicates`,
    { enabled: !!orgId },
  );
}

export const createHonour = (orgId: string, body: HonourInput) =>
  api<HonourView>('POST', `${base(orgId)}/honours`, body);
export const revokeHonour = (orgId: string, id: string, reason: string) =>
  api<HonourView>('POST', `${base(orgId)}/honours/${id}/revoke`, { reason });
export const importHonours = (orgId: string, file: File) =>
  apiUpload<HonourImportResultView>(`${base(orgId)}/honours/import`, file);
export const createHonourForm = (orgId: string, body: HonourFormInput) =>
  api<HonourFormView>('POST', `${base(orgId)}/honour-forms`, body);
export const updateHonourForm = (orgId: string, id: string, body: HonourFormUpdate) =>
  api<HonourFormView>('PUT', `${base(orgId)}/honour-forms/${id}`, body);
export const mergeSubjects = (orgId: string, body: MergeBody) =>
  api<SubjectPageView>('POST', `${base(orgId)}/honour-subjects/merge`, body);
export const unmergeSubject = (orgId: string, id: string) =>
  api<SubjectPageView>('POST', `${base(orgId)}/honour-subjects/${id}/unmerge`);
export const setDiscipline = (
  orgId: string,
  id: string,
  body: { disciplinePending: boolean; disciplineNote: string; version: number },
) => api<SubjectView>('PUT', `${base(orgId)}/honour-subjects/${id}/discipline`, body);
