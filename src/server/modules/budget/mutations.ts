// Dòng dự trù kinh phí: add, edit (versioned, 409 when stale), delete — each audited in its
// transaction. Negative quantities and prices never get here: the request schema refuses them
// with a message naming the line ("Dòng 'Hoa tươi': Đơn giá không được âm").
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { BudgetLineInput, BudgetLineUpdate } from '../../../shared/schemas/preparation';
import type { Db } from '../../db/client';
import { budgetLines } from '../../db/schema/index';
import { orNotFound } from '../../errors';
import { deleteAudited, insertAudited, updateAudited } from '../audit/audited-mutations';
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

export async function updateBudgetLine(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  id: string,
  input: BudgetLineUpdate,
) {
  return db.transaction(async (tx) => {
    const before = orNotFound(await getBudgetLine(tx, conf.id, id), 'dòng dự trù kinh phí');
    return updateAudited(tx, actor, conf, budgetLines, 'budget_line', {
      before,
      input,
      current: () => getBudgetLine(tx, conf.id, id),
    });
  });
}

export async function deleteBudgetLine(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  id: string,
  version: number,
) {
  await db.transaction(async (tx) => {
    const before = orNotFound(await getBudgetLine(tx, conf.id, id), 'dòng dự trù kinh phí');
    await deleteAudited(tx, actor, conf, budgetLines, 'budget_line', { before, version });
  });
}
