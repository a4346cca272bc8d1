import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { budgetLines, quotas } from '../../db/schema/index';

export type BudgetLineRow = typeof budgetLines.$inferSelect;

export async function listBudgetLines(db: Db, conferenceId: string): Promise<BudgetLineRow[]> {
  return db
    .select()
    .from(budgetLines)
    .where(eq(budgetLines.conferenceId, conferenceId))
    .orderBy(asc(budgetLines.sortOrder), asc(budgetLines.createdAt), asc(budgetLines.id));
}

export async function getBudgetLine(db: Db, conferenceId: string, id: string): Promise<BudgetLineRow | null> {
  const [row] = await db
    .select()
    .from(budgetLines)
    .where(and(eq(budgetLines.conferenceId, conferenceId), eq(budgetLines.id, id)));
  return row ?? null;
}

/** Chỉ tiêu per award form (summed over the units): the prize estimate before the council votes. */
export async function quotaTotalsByForm(db: Db, conferenceId: string) {
  return db
    .select({ awardFormId: quotas.awardFormId, count: sql<number>`coalesce(sum(${quotas.count}), 0)::int` })
    .from(quotas)
    .where(eq(quotas.conferenceId, conferenceId))
    .groupBy(quotas.awardFormId);
}
