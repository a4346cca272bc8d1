import { count, desc, eq, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowOf, rowsWhere } from '../../db/rows';
import { awardForms, baseSalaries, nominations } from '../../db/schema/index';

export type AwardFormRow = typeof awardForms.$inferSelect;
export type BaseSalaryRow = typeof baseSalaries.$inferSelect;

export async function listAwardForms(db: Db, conferenceId: string): Promise<AwardFormRow[]> {
  return rowsWhere(db, awardForms, eq(awardForms.conferenceId, conferenceId), [
    awardForms.sortOrder,
    awardForms.name,
  ]);
}

export async function getAwardForm(db: Db, conferenceId: string, id: string): Promise<AwardFormRow | null> {
  return rowOf(db, awardForms, awardForms.conferenceId, conferenceId, id);
}

export async function countNominationsOfForm(db: Db, awardFormId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(nominations)
    .where(eq(nominations.awardFormId, awardFormId));
  return row?.n ?? 0;
}

export async function listBaseSalaries(db: Db) {
  return db.select().from(baseSalaries).orderBy(desc(baseSalaries.effectiveFrom));
}

/** Mức lương cơ sở in force on a date (YYYY-MM-DD), or null before the first one. */
export async function baseSalaryOn(db: Db, day: string) {
  const [row] = await db
    .select()
    .from(baseSalaries)
    .where(lte(baseSalaries.effectiveFrom, day))
    .orderBy(desc(baseSalaries.effectiveFrom))
    .limit(1);
  return row ?? null;
}
