import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';

/**
 * Tổng dự trù kinh phí of a conference: the sum of its budget lines' quantity × unit price (VND,
 * rounded to the đồng), the sum of what was actually spent, and how many lines there are.
 *
 * One query. The prize money lines (honorees × award-form amounts) are computed, not stored; when
 * the budget module lands, this is the one function to swap for its total with those lines added.
 */
export async function budgetTotal(
  db: Db,
  conferenceId: string,
): Promise<{ total: number; actualTotal: number; lines: number }> {
  const result = await db.execute(sql`
    SELECT coalesce(round(sum(quantity * unit_price)), 0)::bigint AS total,
           coalesce(sum(actual_amount), 0)::bigint AS actual_total,
           count(*)::int AS lines
    FROM budget_lines WHERE conference_id = ${conferenceId}::uuid`);
  const row = (
    result as unknown as { rows: { total: string | number; actual_total: string | number; lines: number }[] }
  ).rows[0];
  return {
    total: Number(row?.total ?? 0),
    actualTotal: Number(row?.actual_total ?? 0),
    lines: Number(row?.lines ?? 0),
  };
}
