// Test setup shared by the documents module's integration tests: the demo app with the
// secretary's session and the API path under the conference, and the forms' prize coefficients.
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { awardForms } from '../../db/schema/index';

/** The demo app, `base` = /api/conferences/<demo conference><path>, and the secretary's cookie. */
export async function openDemo(path: string, opts: { history?: boolean } = {}) {
  const t = await createTestApp({}, opts);
  return { t, base: `/api/conferences/${t.demo.conferenceId}${path}`, secretary: await t.login('thuky') };
}

/** Sets the hệ số tiền thưởng of the demo's award forms, by form code ("DHTT-TT": 1.5). */
export async function setPrizeCoefficients(t: TestApp, byCode: Record<string, number>) {
  for (const [code, prizeCoefficient] of Object.entries(byCode)) {
    await t.database.db
      .update(awardForms)
      .set({ prizeCoefficient })
      .where(eq(awardForms.id, t.demo.formIds.get(code)!));
  }
}
