import { describe, expect, it } from 'vitest';
import { checkFieldLayout, DEFAULT_FIELD_LAYOUT, offsetProblem } from './certificate-layout';

describe('checkFieldLayout', () => {
  it('accepts the design layout', () => {
    expect(checkFieldLayout(DEFAULT_FIELD_LAYOUT)).toEqual([]);
  });

  it.each([
    [{ x: -1 }, 'Tên người/tập thể: vị trí phải nằm trong trang (x, y không âm)'],
    [{ x: 100, width: 237 }, 'Tên người/tập thể: x + rộng (337 mm) vượt quá chiều ngang trang 297 mm'],
    [{ y: 205 }, 'Tên người/tập thể: ô chữ vượt quá mép dưới trang (cao 210 mm)'],
    [{ width: 5 }, 'Tên người/tập thể: chiều rộng phải từ 10 mm trở lên'],
    [{ size: 50 }, 'Tên người/tập thể: cỡ chữ phải từ 6 đến 40 pt'],
    [{ lines: 4 }, 'Tên người/tập thể: số dòng phải từ 1 đến 3'],
  ])('names the field and the rule: %o', (patch, message) => {
    const layout = { ...DEFAULT_FIELD_LAYOUT, recipient: { ...DEFAULT_FIELD_LAYOUT.recipient, ...patch } };
    expect(checkFieldLayout(layout)).toEqual([{ field: 'recipient', message }]);
  });
});

describe('offsetProblem', () => {
  it.each([
    ['dx', 20, null],
    ['dy', -20, null],
    ['dx', 20.5, 'Độ lệch ngang phải trong khoảng ±20 mm'],
    ['dy', -21, 'Độ lệch dọc phải trong khoảng ±20 mm'],
    ['dx', Number.NaN, 'Độ lệch ngang phải trong khoảng ±20 mm'],
  ] as const)('%s %d → %s', (axis, value, expected) => {
    expect(offsetProblem(axis, value)).toBe(expected);
  });
});
