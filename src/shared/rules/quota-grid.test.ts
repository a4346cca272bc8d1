import { describe, expect, it } from 'vitest';
import { quotaTotals, validateQuotaGrid } from './quota-grid';

const names = { unitName: (id: string) => `Đơn vị ${id}`, formName: (id: string) => `Hình thức ${id}` };

describe('quota grid', () => {
  const cells = [
    { unitId: 'a', awardFormId: 'x', count: 2, used: 1 },
    { unitId: 'a', awardFormId: 'y', count: 1, used: 0 },
    { unitId: 'b', awardFormId: 'x', count: 3, used: 3 },
  ];
  it('adds rows, columns and the whole', () => {
    expect(quotaTotals(cells)).toEqual({ byUnit: { a: 3, b: 3 }, byForm: { x: 5, y: 1 }, overall: 6 });
  });
  it('accepts a grid within the total', () => {
    expect(validateQuotaGrid({ quotaTotal: 6, cells, ...names })).toEqual([]);
    expect(validateQuotaGrid({ quotaTotal: null, cells, ...names })).toEqual([]);
  });
  it('refuses a grid above the total, or a cell below its use', () => {
    const issues = validateQuotaGrid({
      quotaTotal: 5,
      cells: [...cells.slice(0, 2), { unitId: 'b', awardFormId: 'x', count: 2, used: 3 }],
      ...names,
    });
    expect(issues).toEqual([
      {
        path: 'cells.2.count',
        message: 'Chỉ tiêu "Hình thức x" của Đơn vị b không được nhỏ hơn số đề nghị đã gửi (3)',
      },
    ]);
    expect(validateQuotaGrid({ quotaTotal: 4, cells, ...names })[0]).toEqual({
      path: 'quotaTotal',
      message: 'Tổng chỉ tiêu đã phân bổ (6) vượt tổng chỉ tiêu (4)',
    });
  });
});
