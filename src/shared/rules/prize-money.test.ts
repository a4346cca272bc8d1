import { describe, expect, it } from 'vitest';
import {
  amountInWords,
  baseSalaryOn,
  type DatedBaseSalary,
  decisionDate,
  formatDong,
  formatVnd,
  numberToVietnameseWords,
  prizeAmount,
  prizesAsOf,
  prizeTotals,
  roundPrize,
} from './prize-money';
import { placeAndDate, vietnameseDate } from './vietnamese-date';

describe('numberToVietnameseWords', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [31, 'ba mươi mốt'],
    [55, 'năm mươi lăm'],
    [99, 'chín mươi chín'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [111, 'một trăm mười một'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [1_000, 'một nghìn'],
    [1_005, 'một nghìn không trăm linh năm'],
    [1_010, 'một nghìn không trăm mười'],
    [1_021, 'một nghìn không trăm hai mươi mốt'],
    [10_000, 'mười nghìn'],
    [15_000, 'mười lăm nghìn'],
    [100_000, 'một trăm nghìn'],
    [702_000, 'bảy trăm linh hai nghìn'],
    [759_000, 'bảy trăm năm mươi chín nghìn'],
    [1_000_000, 'một triệu'],
    [1_000_500, 'một triệu năm trăm'],
    [1_000_050, 'một triệu không trăm năm mươi'],
    [1_005_000, 'một triệu không trăm linh năm nghìn'],
    [1_500_000, 'một triệu năm trăm nghìn'],
    [2_340_000, 'hai triệu ba trăm bốn mươi nghìn'],
    [2_530_000, 'hai triệu năm trăm ba mươi nghìn'],
    [3_510_000, 'ba triệu năm trăm mười nghìn'],
    [21_000_000, 'hai mươi mốt triệu'],
    [45_015_000, 'bốn mươi lăm triệu không trăm mười lăm nghìn'],
    [1_000_000_000, 'một tỷ'],
    [1_000_005_000, 'một tỷ không trăm linh năm nghìn'],
    [2_001_000_001, 'hai tỷ không trăm linh một triệu không trăm linh một'],
    [1_000_000_000_000, 'một nghìn tỷ'],
  ])('%i → "%s"', (n, words) => {
    expect(numberToVietnameseWords(n)).toBe(words);
  });

  it('refuses what is not a whole number of đồng', () => {
    expect(() => numberToVietnameseWords(-1)).toThrow(RangeError);
    expect(() => numberToVietnameseWords(1.5)).toThrow(RangeError);
  });
});

describe('amounts in figures and in words', () => {
  it.each([
    [2_530_000, '2.530.000 đồng', 'Hai triệu năm trăm ba mươi nghìn đồng'],
    [1_005_000, '1.005.000 đồng', 'Một triệu không trăm linh năm nghìn đồng'],
    [702_000, '702.000 đồng', 'Bảy trăm linh hai nghìn đồng'],
    [21_000, '21.000 đồng', 'Hai mươi mốt nghìn đồng'],
    [0, '0 đồng', 'Không đồng'],
    [
      1_234_567_890,
      '1.234.567.890 đồng',
      'Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi đồng',
    ],
  ])('%i → %s, %s', (n, figures, words) => {
    expect(formatDong(n)).toBe(figures);
    expect(amountInWords(n)).toBe(words);
    expect(amountInWords(n)).toBe(amountInWords(n).normalize('NFC'));
  });

  it('groups thousands with dots', () => {
    expect(formatVnd(999)).toBe('999');
    expect(formatVnd(1000)).toBe('1.000');
    expect(formatVnd(12_345_678)).toBe('12.345.678');
  });
});

const SALARIES: DatedBaseSalary[] = [
  { effectiveFrom: '2019-07-01', amount: 1_490_000 },
  { effectiveFrom: '2023-07-01', amount: 1_800_000 },
  { effectiveFrom: '2024-07-01', amount: 2_340_000 },
  { effectiveFrom: '2026-07-01', amount: 2_530_000 },
];

describe('base salary in force on the decision date', () => {
  it.each([
    ['2020-03-31', 1_490_000],
    ['2024-06-30', 1_800_000],
    ['2024-07-01', 2_340_000],
    ['2026-06-30', 2_340_000],
    ['2026-07-01', 2_530_000],
    ['2030-01-01', 2_530_000],
  ])('%s → %i', (day, amount) => {
    expect(baseSalaryOn(SALARIES, day)?.amount).toBe(amount);
    // The table's order does not matter.
    expect(baseSalaryOn([...SALARIES].reverse(), day)?.amount).toBe(amount);
  });

  it('has none before the first row', () => {
    expect(baseSalaryOn(SALARIES, '2019-06-30')).toBeNull();
    expect(
      prizeAmount({ coefficient: 1, decisionDate: '2019-06-30', baseSalaries: SALARIES, rounding: 'none' }),
    ).toBeNull();
  });
});

describe('decisionDate: the issued QĐ, else the draft’s date, else the conference day, else today', () => {
  const today = '2026-12-06';
  it('takes the first that is there', () => {
    const all = { issued: '2020-04-02', setting: '2026-07-01', conferenceDay: '2020-03-31', today };
    expect(decisionDate(all)).toEqual({ date: '2020-04-02', source: 'issued' });
    expect(decisionDate({ ...all, issued: null })).toEqual({ date: '2026-07-01', source: 'setting' });
    expect(decisionDate({ ...all, issued: null, setting: null })).toEqual({
      date: '2020-03-31',
      source: 'conference_day',
    });
    expect(decisionDate({ today })).toEqual({ date: today, source: 'today' });
  });
});

describe('prizesAsOf: one computation, named by its day and base salary', () => {
  const forms = [
    { id: 'cn', name: 'Giấy khen cá nhân', prizeCoefficient: 0.3 },
    { id: 'tt', name: 'Tập thể lao động xuất sắc', prizeCoefficient: 1.5 },
    { id: 'bd', name: 'Biểu dương', prizeCoefficient: 0 },
  ];
  const entry = (name: string, formId: string, kind: string) => ({
    name,
    kind,
    unitName: 'Tổ dân phố 1',
    position: '',
    formId,
    formName: forms.find((f) => f.id === formId)!.name,
    formSortOrder: 0,
  });
  const honorees = [
    entry('Nguyễn Thị Hường', 'cn', 'individual'),
    entry('Trần Văn Bình', 'cn', 'individual'),
    entry('Tổ dân phố 1', 'tt', 'collective'),
  ];

  it('changes together across 01/7/2026: base salary, each form’s prize, the lines and the total', () => {
    const before = prizesAsOf(honorees, forms, {
      baseSalaries: SALARIES,
      day: '2026-06-30',
      rounding: 'none',
    });
    const after = prizesAsOf(honorees, forms, {
      baseSalaries: SALARIES,
      day: '2026-07-01',
      rounding: 'none',
    });
    expect(before.baseSalary).toEqual({ effectiveFrom: '2024-07-01', amount: 2_340_000 });
    expect(after.baseSalary).toEqual({ effectiveFrom: '2026-07-01', amount: 2_530_000 });
    expect(before.forms.map((f) => [f.id, f.amount])).toEqual([
      ['cn', 702_000],
      ['tt', 3_510_000],
      ['bd', 0],
    ]);
    expect(after.forms.map((f) => f.amount)).toEqual([759_000, 3_795_000, 0]);
    // the lines use the same per-form prize: collectives first
    expect(after.groups.map((g) => [g.formName, g.rows.map((r) => r.amount)])).toEqual([
      ['Tập thể lao động xuất sắc', [3_795_000]],
      ['Giấy khen cá nhân', [759_000, 759_000]],
    ]);
    expect(before.total).toBe(3_510_000 + 2 * 702_000);
    expect(after.total).toBe(3_795_000 + 2 * 759_000);
    expect(after.day).toBe('2026-07-01');
  });

  it('rounds the forms and the lines alike, and has no amounts before the first base salary', () => {
    const rounded = prizesAsOf(honorees, forms, {
      baseSalaries: SALARIES,
      day: '2020-03-31',
      rounding: 'up_10000',
    });
    // 0,3 × 1.490.000 = 447.000 → 450.000
    expect(rounded.forms[0]!.amount).toBe(450_000);
    expect(rounded.groups[1]!.rows[0]!.amount).toBe(450_000);
    const none = prizesAsOf(honorees, forms, { baseSalaries: SALARIES, day: '2019-01-01', rounding: 'none' });
    expect(none.baseSalary).toBeNull();
    expect(none.forms.every((f) => f.amount === null)).toBe(true);
    expect(none.total).toBe(0);
  });
});

describe('prizeAmount = coefficient × base salary, rounded by the setting', () => {
  it.each([
    // Giấy khen cá nhân 0,3; tập thể 0,6; CSTĐ cơ sở 1,0; TT LĐ tiên tiến 0,8; TT LĐ xuất sắc 1,5.
    [0.3, '2025-12-01', 'none', 702_000, 702_000],
    [0.3, '2026-07-01', 'none', 759_000, 759_000],
    [0.3, '2026-07-01', 'up_10000', 759_000, 760_000],
    [0.3, '2026-07-01', 'nearest_1000', 759_000, 759_000],
    [0.6, '2025-12-01', 'up_10000', 1_404_000, 1_410_000],
    [1, '2026-07-01', 'none', 2_530_000, 2_530_000],
    [0.8, '2025-12-01', 'none', 1_872_000, 1_872_000],
    [1.5, '2025-12-01', 'none', 3_510_000, 3_510_000],
    [1.5, '2026-07-01', 'up_10000', 3_795_000, 3_800_000],
    [0.15, '2020-03-31', 'none', 223_500, 223_500],
    [0.15, '2020-03-31', 'nearest_1000', 223_500, 224_000],
    [0.15, '2020-03-31', 'up_10000', 223_500, 230_000],
    [0.33, '2020-03-31', 'nearest_1000', 491_700, 492_000],
    [0.31, '2020-03-31', 'nearest_1000', 461_900, 462_000],
    [0, '2026-07-01', 'up_10000', 0, 0],
  ] as const)(
    '%d × salary on %s, rounding %s → %i → %i',
    (coefficient, decisionDate, rounding, exact, amount) => {
      const p = prizeAmount({ coefficient, decisionDate, baseSalaries: SALARIES, rounding });
      expect(p?.exact).toBe(exact);
      expect(p?.amount).toBe(amount);
    },
  );

  it('takes the coefficient in hundredths (no binary-float drift)', () => {
    // 0.29 × 100 is 28.999999999999996 in floating point.
    const p = prizeAmount({
      coefficient: 0.29,
      decisionDate: '2026-07-01',
      baseSalaries: SALARIES,
      rounding: 'none',
    });
    expect(p?.exact).toBe(733_700);
    expect(p?.baseSalary).toEqual({ effectiveFrom: '2026-07-01', amount: 2_530_000 });
  });

  it.each([
    [0, 'up_10000', 0],
    [1, 'up_10000', 10_000],
    [10_000, 'up_10000', 10_000],
    [10_001, 'up_10000', 20_000],
    [1_499, 'nearest_1000', 1_000],
    [1_500, 'nearest_1000', 2_000],
    [1_501, 'none', 1_501],
  ] as const)('roundPrize(%i, %s) → %i', (n, rounding, out) => {
    expect(roundPrize(n, rounding)).toBe(out);
  });

  it('refuses a negative coefficient', () => {
    expect(() =>
      prizeAmount({
        coefficient: -0.3,
        decisionDate: '2026-07-01',
        baseSalaries: SALARIES,
        rounding: 'none',
      }),
    ).toThrow(RangeError);
  });
});

describe('prizeTotals', () => {
  it('sums per award form in first-seen order and overall', () => {
    const totals = prizeTotals([
      { formKey: 'GK', formName: 'Giấy khen', amount: 759_000 },
      { formKey: 'CSTD', formName: 'Chiến sĩ thi đua cơ sở', amount: 2_530_000 },
      { formKey: 'GK', formName: 'Giấy khen', amount: 759_000 },
      { formKey: 'GK-TT', formName: 'Giấy khen (tập thể)', amount: 1_518_000 },
    ]);
    expect(totals.forms).toEqual([
      { formKey: 'GK', formName: 'Giấy khen', count: 2, total: 1_518_000 },
      { formKey: 'CSTD', formName: 'Chiến sĩ thi đua cơ sở', count: 1, total: 2_530_000 },
      { formKey: 'GK-TT', formName: 'Giấy khen (tập thể)', count: 1, total: 1_518_000 },
    ]);
    expect(totals.count).toBe(4);
    expect(totals.total).toBe(5_566_000);
    expect(amountInWords(totals.total)).toBe('Năm triệu năm trăm sáu mươi sáu nghìn đồng');
    expect(prizeTotals([])).toEqual({ forms: [], count: 0, total: 0 });
  });
});

describe('document dates (reused from vietnamese-date.ts)', () => {
  it('writes the day below 10 and the months 1–2 with a leading zero (Decree 30)', () => {
    expect(vietnameseDate('2020-02-05')).toBe('ngày 05 tháng 02 năm 2020');
    expect(vietnameseDate('2020-03-18')).toBe('ngày 18 tháng 3 năm 2020');
    expect(placeAndDate('Văn Yên', '2020-03-05')).toBe('Văn Yên, ngày 05 tháng 3 năm 2020');
  });
});
