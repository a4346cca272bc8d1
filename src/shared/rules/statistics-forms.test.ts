import { describe, expect, it } from 'vitest';
import {
  durationBucket,
  fillForm,
  formsForRange,
  reportingPeriod,
  STATISTICS_FORMS,
  type StatCounts,
  type StatFact,
} from './statistics-forms';

const form = (code: string) => STATISTICS_FORMS.find((f) => f.code.startsWith(code))!;
const honour = (
  statColumn: string,
  kind: string,
  method: string,
  count: number,
  category: string | null = null,
) => ({ attrs: { statColumn, kind, category, method }, count }) satisfies StatFact;
const movement = (launchLevel: string, scope: string, duration: string, method: string, count = 1) =>
  ({ attrs: { launchLevel, scope, duration, method }, count }) satisfies StatFact;
const counts = (c: Partial<StatCounts>): StatCounts => ({ movements: [], honours: [], ...c });
/** The row's values by row code. */
const grid = (view: ReturnType<typeof fillForm>) =>
  Object.fromEntries(view.rows.filter((r) => r.code).map((r) => [r.code, r.values]));

describe('the TĐKT reporting period', () => {
  it.each([
    [2020, 2020, '2019-12-01', '2020-11-30', 'Từ 01/12/2019 đến 30/11/2020', 'Năm 2020'],
    [2019, 2021, '2018-12-01', '2021-11-30', 'Từ 01/12/2018 đến 30/11/2021', 'Năm 2019 - 2021'],
    [2024, 2024, '2023-12-01', '2024-11-30', 'Từ 01/12/2023 đến 30/11/2024', 'Năm 2024'],
  ])('%i–%i runs from %s to %s', (from, to, start, end, label, yearLabel) => {
    expect(reportingPeriod(from, to)).toEqual({ from: start, to: end, label, yearLabel });
  });
});

describe('the forms by year', () => {
  const codes = (a: number, b: number) => formsForRange(a, b).map((f) => f.code.slice(0, 4));
  it('2020 uses the 03/2018 forms 0701–0703', () => {
    expect(codes(2020, 2020)).toEqual(['0701', '0702', '0703']);
    expect(formsForRange(2020, 2020)[0]!.circular).toContain('03/2018/TT-BNV');
  });
  it('2023 (period ends 30/11/2023, after 10/5/2023) and later use 0601–0605 of 02/2023', () => {
    expect(codes(2023, 2023)).toEqual(['0601', '0602', '0603', '0604', '0605']);
    expect(codes(2025, 2025)).toEqual(['0601', '0602', '0603', '0604', '0605']);
    expect(formsForRange(2024, 2024)[1]!.circular).toBe(
      'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023',
    );
  });
  it('2022 still 03/2018; a range takes the forms of its last year', () => {
    expect(codes(2022, 2022)).toEqual(['0701', '0702', '0703']);
    expect(codes(2020, 2024)).toEqual(['0601', '0602', '0603', '0604', '0605']);
  });
  it('before any known circular: the earliest forms, saying the period starts before them', () => {
    expect(codes(2015, 2015)).toEqual(['0701', '0702', '0703']);
    const view = fillForm(form('0701'), counts({}), reportingPeriod(2015, 2015));
    expect(view.note).toContain('trước ngày mẫu này có hiệu lực (06/03/2018)');
  });
  it('a range that starts before 02/2023 says the earlier years are in its layout', () => {
    const view = fillForm(form('0602'), counts({}), reportingPeriod(2020, 2024));
    expect(view.note).toContain('(10/05/2023)');
    expect(fillForm(form('0602'), counts({}), reportingPeriod(2024, 2024)).note).not.toContain('hiệu lực');
  });
});

describe('a movement’s duration', () => {
  it.each([
    ['2020-04-01', '2020-06-30', 'under_1'],
    ['2020-01-01', '2020-12-31', 'one'],
    ['2020-03-31', '2021-03-30', 'one'],
    ['2020-01-01', '2021-06-30', '1_to_3'],
    ['2020-01-01', '2022-12-31', '3_to_5'],
    ['2020-04-01', '2025-03-31', '5_plus'],
  ] as const)('%s … %s is %s', (start, end, bucket) => {
    expect(durationBucket(start, end, '2099-11-30')).toBe(bucket);
  });
  it('no end date: measured to the end of the period', () => {
    expect(durationBucket('2020-06-01', null, '2020-11-30')).toBe('under_1');
    expect(durationBucket('2015-01-01', null, '2020-11-30')).toBe('5_plus');
  });
});

describe('filling a form', () => {
  const period = reportingPeriod(2024, 2024);

  it('0602: counts land in their column and rows; Tổng số is the sum of the parts', () => {
    const view = fillForm(
      form('0602'),
      counts({
        honours: [
          honour('state_order_medal', 'collective', 'regular', 2, 'enterprise'),
          honour('state_order_medal', 'collective', 'dedication', 1),
          honour('state_order_medal', 'individual', 'resistance', 4, 'direct_worker'),
          honour('state_pm_certificate', 'individual', 'thematic', 3, 'leader_other'),
          honour('state_pm_certificate', 'household', 'adhoc', 1),
          honour('state_pm_certificate', 'individual', 'regular', 5),
          // a form of another statutory form counts nowhere here
          honour('province_certificate', 'individual', 'regular', 7),
        ],
      }),
      period,
    );
    const g = grid(view);
    const cols = view.columns.map((c) => c.key);
    expect(cols).toEqual([
      'total',
      'state_order_medal',
      'state_hcm_prize',
      'state_prize',
      'state_honorary_title',
      'state_government_flag',
      'state_pm_certificate',
      'state_national_fighter',
      'state_other',
    ]);
    expect(g['01']).toEqual([16, 7, 0, 0, 0, 0, 9, 0, 0]);
    expect(g['06']).toEqual([3, 3, 0, 0, 0, 0, 0, 0, 0]); // tập thể
    expect(g['07']![0]).toBe(2); // trong đó doanh nghiệp
    expect(g['08']![0]).toBe(1); // hộ gia đình
    expect(g['09']![0]).toBe(12); // cá nhân
    expect(g['13']![6]).toBe(3); // lãnh đạo khác, Bằng khen Thủ tướng
    expect(g['14']![1]).toBe(4); // người trực tiếp, huân chương
    expect(g['02']).toEqual(Array(9).fill(null)); // who submitted to the Prime Minister: not in the register
    // Tổng số (column 1) = the sum of columns 2–9, on every counted row
    for (const [code, values] of Object.entries(g)) {
      if (values[0] === null) continue;
      expect(values[0], code).toBe(values.slice(1).reduce((a, b) => a! + b!, 0));
    }
    // row 01 = tập thể + hộ + cá nhân = the method rows 15–21
    const total = g['01']![0]!;
    expect(g['06']![0]! + g['08']![0]! + g['09']![0]!).toBe(total);
    expect(['15', '16', '17', '18', '19', '20', '21'].reduce((n, c) => n + g[c]![0]!, 0)).toBe(total);
    expect(view.rows.filter((r) => r.heading).every((r) => r.values.every((v) => v === null))).toBe(true);
  });

  it('0603: the provincial forms by subject and method', () => {
    const g = grid(
      fillForm(
        form('0603'),
        counts({
          honours: [
            honour('province_certificate', 'collective', 'regular', 2),
            honour('province_certificate', 'individual', 'regular', 3, 'direct_worker'),
            honour('province_fighter', 'individual', 'regular', 1),
            honour('province_flag', 'collective', 'thematic', 1),
          ],
        }),
        period,
      ),
    );
    expect(g['01']).toEqual([7, 5, 1, 1, 0]);
    expect(g['02']).toEqual([3, 2, 0, 1, 0]);
    expect(g['05']).toEqual([4, 3, 1, 0, 0]);
    expect(g['10']).toEqual([3, 3, 0, 0, 0]);
    expect(g['11']![0]! + g['12']![0]!).toBe(7);
  });

  it('0601: movements by launch level, scope, duration and method', () => {
    const view = fillForm(
      form('0601'),
      counts({
        movements: [
          movement('central', 'national', '5_plus', 'regular'),
          movement('unit', 'unit', 'one', 'regular', 2),
          movement('unit', 'unit', 'under_1', 'thematic'),
          movement('ministry_province', 'sector_local', '3_to_5', 'thematic'),
        ],
      }),
      period,
    );
    const g = grid(view);
    expect(view.columns[0]!.number).toBe('1=(2+3+4)');
    expect(view.unitLine).toBe('Đơn vị tính: Phong trào');
    expect(g['01']).toEqual([5, 1, 1, 3]);
    expect(g['02']).toEqual([1, 1, 0, 0]);
    expect(g['05']).toEqual([3, 0, 0, 3]);
    expect(g['07']).toEqual([2, 0, 0, 2]);
    expect(g['11']![0]! + g['12']![0]!).toBe(5);
    expect(['02', '03', '04', '05'].reduce((n, c) => n + g[c]![0]!, 0)).toBe(5);
    expect(['06', '07', '08', '09', '10'].reduce((n, c) => n + g[c]![0]!, 0)).toBe(5);
  });

  it('0701 (03/2018) has no column for a unit’s own movements; 3 years and more in one row', () => {
    const g = grid(
      fillForm(
        form('0701'),
        counts({
          movements: [
            movement('central', 'national', '5_plus', 'regular'),
            movement('ministry_province', 'sector_local', '3_to_5', 'thematic'),
            movement('unit', 'unit', 'one', 'regular', 4),
          ],
        }),
        reportingPeriod(2020, 2020),
      ),
    );
    expect(g['01']).toEqual([2, 1, 1]);
    expect(g['09']).toEqual([2, 1, 1]);
    expect(g['11']).toEqual([1, 1, 0]);
  });

  it('0604 and 0605 are manual: blank values and a note saying so', () => {
    for (const code of ['0604', '0605']) {
      const view = fillForm(
        form(code),
        counts({ honours: [honour('state_other', 'individual', 'regular', 9)] }),
        period,
      );
      expect(view.manual).toBe(true);
      expect(view.rows.flatMap((r) => r.values).every((v) => v === null)).toBe(true);
      expect(view.note).toContain('tự điền');
    }
    expect(form('0605').note).toContain('chưa xác minh');
  });

  it('prints the period and the circular line', () => {
    const view = fillForm(form('0601'), counts({}), reportingPeriod(2023, 2023));
    expect(view).toMatchObject({
      code: '0601.N/BNV-TĐKT',
      title: 'Số phong trào thi đua',
      circular: 'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023',
      period: 'Từ 01/12/2022 đến 30/11/2023',
    });
  });
});
