// Test setup shared by the documents module's integration tests: the forms' prize coefficients.
import { eq } from 'drizzle-orm';
import type { TestApp } from '../../../../tests/helpers/test-app';
import { awardForms } from '../../db/schema/index';

/** Sets the hệ số tiền thưởng of the demo's award forms, by form code ("DHTT-TT": 1.5). */
export async function setPrizeCoefficients(t: TestApp, byCode: Record<string, number>) {
  for (const [code, prizeCoefficient] of Object.entries(byCode)) {
    await t.database.db
      .update(awardForms)
      .set({ prizeCoefficient })
      .where(eq(awardForms.id, t.demo.formIds.get(code)!));
  }
}
