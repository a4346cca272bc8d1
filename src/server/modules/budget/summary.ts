// Dự trù kinh phí as a whole: the stored lines, the prize money lines computed the way the award
// decision computes them (the honorees of the closed ballots × their form's coefficient × the
// base salary in force on the conference day; before the council has voted, the quotas stand
// in for the honorees), the totals per group and overall, estimate and actual, in figures and
// in words. The dashboard reads it too.

import { BUDGET_GROUP_LABELS } from '../../../shared/i18n/vi-preparation';
import { budgetTotals, groupTotals } from '../../../shared/rules/budget';
import { countsText } from '../../../shared/rules/honorees';
import { prizeAmount, prizeLines } from '../../../shared/rules/prize-money';
import { todayInVietnam } from '../../../shared/rules/timeline';
import type { BudgetLineView, BudgetSummaryView } from '../../../shared/schemas/budget';
import type { Db } from '../../db/client';
import { notFound } from '../../errors';
import { listAwardForms, listBaseSalaries } from '../award-forms/data';
import { type ConferenceRow, getConference } from '../conferences/data';
import { getConferenceDay } from '../delegates/data';
import { documentSettingsFor } from '../documents/settings-data';
import { listHonoreeEntries } from '../selection/data';
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

const NO_SALARY = 'Chưa có mức lương cơ sở áp dụng vào ngày Hội nghị: chưa tính được tiền thưởng';

/** Tiền thưởng lines: one per award form (collectives and individuals apart), as the decision groups them. */
async function budgetPrizeLines(
  db: Db,
  conf: ConferenceRow,
): Promise<{ lines: BudgetLineView[]; note: string | null }> {
  const [honorees, forms, baseSalaries, day, settings] = await Promise.all([
    listHonoreeEntries(db, conf.id),
    listAwardForms(db, conf.id),
    listBaseSalaries(db),
    getConferenceDay(db, conf),
    documentSettingsFor(db, conf.id),
  ]);
  // rounded as the award decision rounds them (Cài đặt văn bản)
  const rounding = settings.prizeRounding;
  const on = day?.start ?? todayInVietnam();
  if (honorees.length > 0) {
    const { groups } = prizeLines(honorees, forms, { baseSalaries, day: on, rounding });
    if (groups.some((g) => g.rows.some((r) => r.amount === null))) return { lines: [], note: NO_SALARY };
    return {
      // forms honored without prize money (coefficient 0) need no line
      lines: groups
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
  // Before the vote: the quotas of each award form.
  const quotaRows = await quotaTotalsByForm(db, conf.id);
  const quota = new Map(quotaRows.map((q) => [q.awardFormId, Number(q.count)]));
  const lines: BudgetLineView[] = [];
  for (const f of forms) {
    const n = quota.get(f.id) ?? 0;
    if (n === 0) continue;
    const prize = prizeAmount({
      coefficient: Number(f.prizeCoefficient),
      decisionDate: on,
      baseSalaries,
      rounding,
    });
    if (!prize) return { lines: [], note: NO_SALARY };
    if (prize.amount === 0) continue;
    lines.push(
      prizeLine(
        f.id,
        `Tiền thưởng ${f.name}`,
        'suất',
        n,
        prize.amount,
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
  const [rows, prize] = await Promise.all([listBudgetLines(db, conf.id), budgetPrizeLines(db, conf)]);
  const lines = rows.map(presentBudgetLine);
  const all = [...prize.lines, ...lines];
  const totals = budgetTotals(all);
  return {
    groups: groupTotals(all).map((g) => ({ ...g, label: BUDGET_GROUP_LABELS[g.group] ?? g.group })),
    lines,
    prizeLines: prize.lines,
    prizeNote: prize.note,
    ...totals,
  };
}
