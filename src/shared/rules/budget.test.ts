import { describe, expect, it } from 'vitest';
import { budgetLineIssues, budgetTotals, groupTotals, lineAmount } from './budget';
import { amountInWords } from './prize-money';

describe('budget', () => {
  it('multiplies quantity by unit price to the đồng', () => {
    expect(lineAmount(1, 5_000_000)).toBe(5_000_000);
    expect(lineAmount(12, 250_000)).toBe(3_000_000);
    // 2,5 thùng × 95.000 = 237.500; 0,3 × 2.340.000 exactly 702.000 (no float error)
    expect(lineAmount(2.5, 95_000)).toBe(237_500);
    expect(lineAmount(0.3, 2_340_000)).toBe(702_000);
    // 1,25 × 3 = 3,75 → 4 (half up); 0,01 × 49 = 0,49 → 0
    expect(lineAmount(1.25, 3)).toBe(4);
    expect(lineAmount(0.01, 49)).toBe(0);
    expect(() => lineAmount(-1, 10)).toThrow(RangeError);
  });

  it('names the line and the field of a negative value', () => {
    expect(budgetLineIssues({ title: 'Hoa tươi', quantity: 2, unitPrice: -1 })).toEqual([
      { field: 'unitPrice', message: "Dòng 'Hoa tươi': Đơn giá không được âm" },
    ]);
    expect(
      budgetLineIssues({ title: 'Nước', quantity: -3, unitPrice: 5, actualAmount: -1 }).map((i) => i.field),
    ).toEqual(['quantity', 'actualAmount']);
    expect(budgetLineIssues({ title: 'Nước', quantity: 0, unitPrice: 0, actualAmount: 0 })).toEqual([]);
  });

  it('totals per group in the groups order, estimate and actual', () => {
    const lines = [
      { group: 'water' as const, amount: 500_000, actualAmount: 450_000 },
      { group: 'hall' as const, amount: 2_000_000, actualAmount: null },
      { group: 'water' as const, amount: 100_000, actualAmount: null },
      { group: 'award' as const, amount: 7_450_000, actualAmount: null },
    ];
    const groups = groupTotals(lines);
    expect(groups.map((g) => [g.group, g.estimate, g.actual])).toEqual([
      ['award', 7_450_000, 0],
      ['hall', 2_000_000, 0],
      ['water', 600_000, 450_000],
    ]);
    const totals = budgetTotals(lines);
    expect(totals.estimate).toBe(10_050_000);
    expect(totals.actual).toBe(450_000);
    expect(totals.difference).toBe(-9_600_000);
    expect(totals.estimateInWords).toBe('Mười triệu không trăm năm mươi nghìn đồng');
    // the words are the decisions' words, not a second implementation
    expect(totals.actualInWords).toBe(amountInWords(450_000));
    expect(budgetTotals([]).estimateInWords).toBe('Không đồng');
  });
});
