// Dòng dự trù kinh phí: add, edit (versioned, 409 when stale), delete — each audited in its
// transaction. Negative quantities and prices never get here: the request schema refuses them
// with a message naming the line ("Dòng 'Hoa tươi': Đơn giá không được âm").
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { BudgetLineInput, BudgetLineUpdate } from '../../../shared/schemas/preparation';
import type { Db } from '../../db/client';
import { budgetLines } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { conflict, notFound } from '../../errors';
import { conferenceAuditor } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { getBudgetLine } from './data';

const audit = conferenceAuditor('budget_line');

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
    const [row] = await tx
      .insert(budgetLines)
      .values({
        ...input,
        organizationId: conf.organizationId,
        conferenceId: conf.id,
        sortOrder: Number(last?.n ?? 0) + 1,
      })
      .returning();
    await audit(tx, actor, conf, 'budget_line.created', row!.id, undefined, row);
    return row!;
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
    const before = await getBudgetLine(tx, conf.id, id);
    if (!before) throw notFound('dòng dự trù kinh phí');
    const { version, ...values } = input;
    const after = await updateVersioned(tx, budgetLines, id, version, values, () =>
      getBudgetLine(tx, conf.id, id),
    );
    await audit(tx, actor, conf, 'budget_line.updated', id, before, after);
    return after;
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
    const before = await getBudgetLine(tx, conf.id, id);
    if (!before) throw notFound('dòng dự trù kinh phí');
    if (before.version !== version) throw conflict(before);
    await tx.delete(budgetLines).where(eq(budgetLines.id, id));
    await audit(tx, actor, conf, 'budget_line.deleted', id, before, undefined);
  });
}
