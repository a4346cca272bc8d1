// Dòng dự trù kinh phí: add, edit (versioned, 409 when stale), delete — each audited in its
// transaction. Negative quantities and prices never get here: the request schema refuses them
// with a message naming the line ("Dòng 'Hoa tươi': Đơn giá không được âm").
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { BudgetLineInput } from '../../../shared/schemas/preparation';
import type { Db } from '../../db/client';
import { budgetLines } from '../../db/schema/index';
import { auditedRowWrites, insertAudited } from '../audit/audited-mutations';
import type { ConferenceRow } from '../conferences/data';
import { getBudgetLine } from './data';

export async function createBudgetLine(
  db: Db,
  actor: Actor | null,
  conf: ConferenceRow,
  input: BudgetLineInput,
) {
  return db.transaction(async (tx) => {
    const [last] = await tx
      .select({ n: sql<number>`coalesce(max(${budgetLines.sortOrder}), 0)::int` })
      .from(budgetLines)
      .where(eq(budgetLines.conferenceId, conf.id));
    return insertAudited(tx, actor, conf, budgetLines, 'budget_line', {
      ...input,
      sortOrder: Number(last?.n ?? 0) + 1,
    });
  });
}

/** Edit (versioned) and delete a line: nothing beyond the line and its version to check. */
export const { update: updateBudgetLine, remove: deleteBudgetLine } = auditedRowWrites(
  budgetLines,
  'budget_line',
  { get: getBudgetLine, what: 'dòng dự trù kinh phí' },
);
