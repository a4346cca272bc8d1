// Dự trù kinh phí: a line's amount is quantity × unit price in whole đồng (the quantity may have
// two decimals, e.g. 2,5 thùng); lines add up per group and overall, for the estimate (dự trù)
// and the actual spending (thực chi). The total in words is prize-money.ts's `amountInWords`.
import { BUDGET_GROUPS, type BudgetGroup } from '../schemas/enums';
import { amountInWords } from './prize-money';

/** quantity × unit price rounded to the đồng (half up); the quantity is taken in hundredths. */
export function lineAmount(quantity: number, unitPrice: number): number {
  if (!Number.isFinite(quantity) || quantity < 0) throw new RangeError(`Số lượng không hợp lệ: ${quantity}`);
  if (!Number.isSafeInteger(unitPrice) || unitPrice < 0)
    throw new RangeError(`Đơn giá không hợp lệ: ${unitPrice}`);
  const hundredths = Math.round(quantity * 100) * unitPrice;
  return Math.floor((hundredths + 50) / 100);
}

export type BudgetLineValues = {
  title: string;
  quantity: number;
  unitPrice: number;
  actualAmount?: number | null;
};

export type BudgetLineIssue = { field: 'quantity' | 'unitPrice' | 'actualAmount'; message: string };

/** What is wrong with a line, each message naming the line: "Dòng 'Hoa tươi': Đơn giá không được âm". */
export function budgetLineIssues(line: BudgetLineValues): BudgetLineIssue[] {
  const name = `Dòng '${line.title.trim() || 'không tên'}'`;
  const issues: BudgetLineIssue[] = [];
  if (line.quantity < 0) issues.push({ field: 'quantity', message: `${name}: Số lượng không được âm` });
  if (line.unitPrice < 0) issues.push({ field: 'unitPrice', message: `${name}: Đơn giá không được âm` });
  if (line.actualAmount != null && line.actualAmount < 0) {
    issues.push({ field: 'actualAmount', message: `${name}: Thực chi không được âm` });
  }
  return issues;
}

export type TotalledLine = { group: BudgetGroup; amount: number; actualAmount: number | null };

export type GroupTotal<L extends TotalledLine> = {
  group: BudgetGroup;
  lines: L[];
  /** Dự trù. */
  estimate: number;
  /** Thực chi so far (lines not yet spent count 0). */
  actual: number;
};

/** The groups in BUDGET_GROUPS order (only those with lines), each with its totals. */
export function groupTotals<L extends TotalledLine>(lines: readonly L[]): GroupTotal<L>[] {
  return BUDGET_GROUPS.map((group) => {
    const own = lines.filter((l) => l.group === group);
    return {
      group,
      lines: own,
      estimate: own.reduce((s, l) => s + l.amount, 0),
      actual: own.reduce((s, l) => s + (l.actualAmount ?? 0), 0),
    };
  }).filter((g) => g.lines.length > 0);
}

export type BudgetTotals = {
  estimate: number;
  actual: number;
  /** actual − estimate: negative when under the estimate. */
  difference: number;
  estimateInWords: string;
  actualInWords: string;
};

/** Tổng cộng in figures and in words ("Hai triệu … đồng"). */
export function budgetTotals(lines: readonly TotalledLine[]): BudgetTotals {
  const estimate = lines.reduce((s, l) => s + l.amount, 0);
  const actual = lines.reduce((s, l) => s + (l.actualAmount ?? 0), 0);
  return {
    estimate,
    actual,
    difference: actual - estimate,
    estimateInWords: amountInWords(estimate),
    actualInWords: amountInWords(actual),
  };
}
