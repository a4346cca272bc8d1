// Mã xác minh giấy khen: every honour gets one when it is written (shared/rules/verify-code.ts);
// rows made before migration 0024 get theirs at boot (backfillVerifyCodes, idempotent).
import { randomBytes } from 'node:crypto';
import { eq, isNull } from 'drizzle-orm';
import { verifyCodeFrom } from '../../../shared/rules/verify-code';
import type { Db } from '../../db/client';
import { honours } from '../../db/schema/index';

/** A fresh unguessable code (55 random bits + a check symbol). */
export const newVerifyCode = () => verifyCodeFrom(randomBytes(11));

/** Gives every honour without a code one; answers how many were given. Safe to run at every boot. */
export async function backfillVerifyCodes(db: Db): Promise<number> {
  const missing = await db.select({ id: honours.id }).from(honours).where(isNull(honours.verifyCode));
  if (missing.length === 0) return 0;
  await db.transaction(async (tx) => {
    for (const row of missing) {
      await tx.update(honours).set({ verifyCode: newVerifyCode() }).where(eq(honours.id, row.id));
    }
  });
  return missing.length;
}
