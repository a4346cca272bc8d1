import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowOf, rowsWhere } from '../../db/rows';
import { budgetLines, quotas } from '../../db/schema/index';

export type BudgetLineRow = typeof budgetLines.$inferSelect;

export async function listBudgetLines(db: Db, conferenceId: string): Promise<BudgetLineRow[]> {
  return rowsWhere(db, budgetLines, eq(budgetLines.conferenceId, conferenceId), [
    budgetLines.sortOrder,
    budgetLines.createdAt,
    budgetLines.id,
  ]);
}

export async function getBudgetLine(db: Db, conferenceId: string, id: string): Promise<BudgetLineRow | null> {
  return rowOf(db, budgetLines, budgetLines.conferenceId, conferenceId, id);
}

/** Chỉ tiêu per award form (summed over the units): the prize estimate before the council votes. */
export async function quotaTotalsByForm(db: Db, conferenceId: string) {
  return db
    .select({ awardFormId: quotas.awardFormId, count: sql<number>`coalesce(sum(${quotas.count}), 0)::int` })
    .from(quotas)
    .where(eq(quotas.conferenceId, conferenceId))
    .groupBy(quotas.awardFormId);
}
