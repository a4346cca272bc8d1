/** Chỉ tiêu grid: totals per unit (row), per award form (column) and overall, checked against the total. */
export type QuotaCell = { unitId: string; awardFormId: string; count: number; used?: number };

export type QuotaTotals = {
  byUnit: Record<string, number>;
  byForm: Record<string, number>;
  overall: number;
};

export function quotaTotals(cells: QuotaCell[]): QuotaTotals {
  const byUnit: Record<string, number> = {};
  const byForm: Record<string, number> = {};
  let overall = 0;
  for (const c of cells) {
    byUnit[c.unitId] = (byUnit[c.unitId] ?? 0) + c.count;
    byForm[c.awardFormId] = (byForm[c.awardFormId] ?? 0) + c.count;
    overall += c.count;
  }
  return { byUnit, byForm, overall };
}

export type GridIssue = { path: string; message: string };

/** Rules of a grid save: not above the overall number, no cell below what is already used. */
export function validateQuotaGrid(args: {
  quotaTotal: number | null;
  cells: QuotaCell[];
  unitName: (id: string) => string;
  formName: (id: string) => string;
}): GridIssue[] {
  const issues: GridIssue[] = [];
  const { overall } = quotaTotals(args.cells);
  if (args.quotaTotal !== null && overall > args.quotaTotal) {
    issues.push({
      path: 'quotaTotal',
      message: `Tổng chỉ tiêu đã phân bổ (${overall}) vượt tổng chỉ tiêu (${args.quotaTotal})`,
    });
  }
  args.cells.forEach((c, i) => {
    if (c.used !== undefined && c.count < c.used) {
      issues.push({
        path: `cells.${i}.count`,
        message: `Chỉ tiêu "${args.formName(c.awardFormId)}" của ${args.unitName(c.unitId)} không được nhỏ hơn số đề nghị đã gửi (${c.used})`,
      });
    }
  });
  return issues;
}
