import type {
  BallotEligibilityView,
  EligibilityRuleInput,
  EligibilityRuleView,
  EligibilityVerdictListView,
  HonourFormView,
} from '../../../shared/schemas/honours';
import type { MovementView } from '../../../shared/schemas/movements';
import { api } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export const eligibilityRulesKey = (orgId: string) => ['eligibility-rules', orgId] as const;
const rulesUrl = (orgId: string) => `/api/organizations/${orgId}/eligibility-rules`;

export function useEligibilityRules(orgId: string | undefined) {
  return useGet<{ items: EligibilityRuleView[] }>(eligibilityRulesKey(orgId ?? ''), rulesUrl(orgId ?? ''), {
    enabled: !!orgId,
  });
}

export const createEligibilityRule = (orgId: string, body: EligibilityRuleInput) =>
  api<EligibilityRuleView>('POST', rulesUrl(orgId), body);
export const updateEligibilityRule = (
  orgId: string,
  id: string,
  body: EligibilityRuleInput & { version: number },
) => api<EligibilityRuleView>('PUT', `${rulesUrl(orgId)}/${id}`, body);
export const deleteEligibilityRule = (orgId: string, id: string, version: number) =>
  api<null>('DELETE', `${rulesUrl(orgId)}/${id}?version=${version}`);

/**
 * The register's catalogue of forms (GET …/honour-forms). Tolerant: before that route exists, or
 * for a user who may not read it, the list is empty and the pickers fall back to typed codes.
 */
export function useHonourForms(orgId: string | undefined) {
  return useGet<{ items: HonourFormView[] }>(
    ['honour-forms', orgId ?? ''],
    `/api/organizations/${orgId}/honour-forms`,
    { enabled: !!orgId, retry: false, staleTime: 60_000 },
  );
}

/** The organizer's emulation movements (GET …/movements); empty when the route answers nothing. */
export function useMovements(orgId: string | undefined) {
  return useGet<{ items: Pick<MovementView, 'id' | 'name' | 'startDate' | 'endDate'>[] }>(
    ['movements', orgId ?? ''],
    `/api/organizations/${orgId}/movements`,
    { enabled: !!orgId, retry: false, staleTime: 60_000 },
  );
}

/** The voting card's warnings: each nominee of the ballot judged against the register. */
export function useBallotEligibility(cid: string, meetingId: string, ballotId: string) {
  return useGet<BallotEligibilityView>(
    ['ballot-eligibility', cid, meetingId, ballotId],
    `/api/conferences/${cid}/meetings/${meetingId}/ballots/${ballotId}/eligibility`,
    { staleTime: 60_000 },
  );
}

/** The verdicts of the nominations a list page shows (its badge). */
export function useEligibilityVerdicts(cid: string, ids: string[], enabled = true) {
  const sorted = [...ids].sort();
  return useGet<EligibilityVerdictListView>(
    ['eligibility-verdicts', cid, sorted.join(',')],
    `/api/conferences/${cid}/eligibility?ids=${sorted.join(',')}`,
    { enabled: enabled && sorted.length > 0, staleTime: 30_000, retry: false },
  );
}
