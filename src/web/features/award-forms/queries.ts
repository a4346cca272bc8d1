import type { AwardFormView } from '../../../shared/schemas/award-forms';
import type { AwardFormInput } from '../../../shared/schemas/nominations';
import type { PrizeBasisView } from '../../../shared/schemas/prizes';
import { api } from '../../lib/api';
import { useGet } from '../../lib/use-get';
import { awardFormsKey } from '../nominations/queries';

// The list queries (useAwardForms, useBaseSalaries) live in nominations/queries.ts, which the
// nomination form shares.
const formsPath = (cid: string) => `/api/conferences/${cid}/award-forms`;

export const createAwardForm = (cid: string, body: AwardFormInput) =>
  api<AwardFormView>('POST', formsPath(cid), body);
export const updateAwardForm = (cid: string, id: string, body: AwardFormInput & { version: number }) =>
  api<AwardFormView>('PUT', `${formsPath(cid)}/${id}`, body);
export const deleteAwardForm = (cid: string, id: string, version: number) =>
  api<void>('DELETE', `${formsPath(cid)}/${id}?version=${version}`);

/**
 * Each form's prize on the decision date, with that date and base salary (the QĐ's). Under the
 * award forms' key, so editing a form refetches it.
 */
export function usePrizeBasis(cid: string) {
  return useGet<PrizeBasisView>([...awardFormsKey(cid), 'prizes'], `${formsPath(cid)}/prizes`);
}
