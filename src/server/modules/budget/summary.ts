// Dự trù kinh phí as a whole: the stored lines, the prize money lines as the award decision
// computes them (`decisionPrizes`: the honorees of the closed ballots × their form's prize on the
// decision date — the issued QĐ's date, else the draft's date, else the conference day; before the
// council has voted, the quotas stand in for the honorees), the totals per group and overall,
// estimate and actual, in figures and in words. The dashboard reads it too.

import { BUDGET_GROUP_LABELS } from '../../../shared/i18n/vi-preparation';
import { budgetTotals, groupTotals } from '../../../shared/rules/budget';
import { countsText } from '../../../shared/rules/honorees';
import { vietnameseDate } from '../../../shared/rules/vietnamese-date';
import type { BudgetLineView, BudgetSummaryView } from '../../../shared/schemas/budget';
import type { Db } from '../../db/client';
import { notFound } from '../../errors';
import { getConference } from '../conferences/data';
import { type DecisionPrizes, decisionPrizes } from '../documents/decision-prizes-data';
import { presentPrizeBasis } from '../documents/presenters';
import { listBudgetLines, quotaTotalsByForm } from './data';
import { presentBudgetLine } from './presenters';

const prizeLine = (
  key: string,
  title: string,
  unit: string,
  quantity: number,
  unitPrice: number,
  notes: string,
): BudgetLineView => ({
  id: `prize-${key}`,
  group: 'award',
  title,
  unit,
  quantity,
  unitPrice,
  amount: quantity * unitPrice,
  actualAmount: null,
  notes,
  computed: true,
  version: 0,
});

const noSalary = (day: string) =>
  `Chưa có mức lương cơ sở áp dụng vào ${vietnameseDate(day)} (ngày Quyết định khen thưởng): chưa tính được tiền thưởng`;

/** Tiền thưởng lines: one per award form (collectives and individuals apart), as the decision groups them. */
async function budgetPrizeLines(
  db: Db,
  conferenceId: string,
  prizes: DecisionPrizes,
): Promise<{ lines: BudgetLineView[]; note: string | null }> {
  if (!prizes.baseSalary) return { lines: [], note: noSalary(prizes.day) };
  if (prizes.honorees.length > 0) {
    return {
      // forms honored without prize money (coefficient 0) need no line
      lines: prizes.groups
        .filter((g) => (g.rows[0]?.amount ?? 0) > 0)
        .map((g) =>
          prizeLine(
            `${g.formId}-${g.collective ? 'c' : 'i'}`,
            `Tiền thưởng ${g.formName} (${countsText(g.rows)})`,
            g.collective ? 'tập thể' : 'người',
            g.rows.length,
            g.rows[0]?.amount ?? 0,
            'Theo danh sách được Hội đồng bỏ phiếu chọn',
          ),
        ),
      note: null,
    };
  }
  // Before the vote: the quotas of each award form, at the form's prize on the decision date.
  const quotaRows = await quotaTotalsByForm(db, conferenceId);
  const quota = new Map(quotaRows.map((q) => [q.awardFormId, Number(q.count)]));
  const lines: BudgetLineView[] = [];
  for (const f of prizes.forms) {
    const n = quota.get(f.id) ?? 0;
    if (n === 0 || !f.amount) continue;
    lines.push(
      prizeLine(
        f.id,
        `Tiền thưởng ${f.name}`,
        'suất',
        n,
        f.amount,
        'Dự kiến theo chỉ tiêu (chưa có kết quả bình xét)',
      ),
    );
  }
  return {
    lines,
    note: lines.length ? null : 'Chưa có hình thức khen thưởng có chỉ tiêu hoặc người được vinh danh',
  };
}

/** The whole estimate of a conference of `organizationId` (404 for another organizer's). */
export async function loadBudgetSummary(
  db: Db,
  organizationId: string,
  conferenceId: string,
): Promise<BudgetSummaryView> {
  const conf = await getConference(db, conferenceId);
  if (!conf || conf.organizationId !== organizationId) throw notFound('hội nghị');
  const [rows, prizes] = await Promise.all([
    listBudgetLines(db, conf.id),
    decisionPrizes(db, conf, { compareLastBallot: true }),
  ]);
  const prize = await budgetPrizeLines(db, conf.id, prizes);
  const lines = rows.map(presentBudgetLine);
  const all = [...prize.lines, ...lines];
  const totals = budgetTotals(all);
  return {
    groups: groupTotals(all).map((g) => ({ ...g, label: BUDGET_GROUP_LABELS[g.group] ?? g.group })),
    lines,
    prizeLines: prize.lines,
    prizeNote: prize.note,
    prizeBasis: presentPrizeBasis(prizes),
    ...totals,
  };
}
