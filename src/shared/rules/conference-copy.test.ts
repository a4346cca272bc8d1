import { describe, expect, it } from 'vitest';
import type { Plan } from '../schemas/plan';
import {
  copiedPlan,
  defaultCopyOffset,
  nextPeriod,
  periodYears,
  shiftDate,
  suggestCopyName,
} from './conference-copy';

describe('shiftDate', () => {
  it('moves by years, months and days, also backwards', () => {
    expect(shiftDate('2020-03-31', { amount: 5, unit: 'years' })).toBe('2025-03-31');
    expect(shiftDate('2020-03-15', { amount: 2, unit: 'months' })).toBe('2020-05-15');
    expect(shiftDate('2020-03-15', { amount: 20, unit: 'days' })).toBe('2020-04-04');
    expect(shiftDate('2020-03-15', { amount: -15, unit: 'days' })).toBe('2020-02-29');
    expect(shiftDate('2020-03-15', { amount: 0, unit: 'days' })).toBe('2020-03-15');
  });

  it('crosses a year end by days and by months', () => {
    expect(shiftDate('2020-12-25', { amount: 10, unit: 'days' })).toBe('2021-01-04');
    expect(shiftDate('2020-11-30', { amount: 3, unit: 'months' })).toBe('2021-02-28');
  });

  it('keeps a month-end date on the last day of a shorter month', () => {
    expect(shiftDate('2021-01-31', { amount: 1, unit: 'months' })).toBe('2021-02-28');
    expect(shiftDate('2020-01-31', { amount: 1, unit: 'months' })).toBe('2020-02-29');
    expect(shiftDate('2020-03-31', { amount: 1, unit: 'months' })).toBe('2020-04-30');
    expect(shiftDate('2020-05-31', { amount: -1, unit: 'months' })).toBe('2020-04-30');
    // a month step is not a count of days: 30/4 + 1 month stays the 30th
    expect(shiftDate('2020-04-30', { amount: 1, unit: 'months' })).toBe('2020-05-30');
  });

  it('moves a leap day to 28 February in a common year and keeps it in a leap year', () => {
    expect(shiftDate('2020-02-29', { amount: 1, unit: 'years' })).toBe('2021-02-28');
    expect(shiftDate('2020-02-29', { amount: 5, unit: 'years' })).toBe('2025-02-28');
    expect(shiftDate('2020-02-29', { amount: 4, unit: 'years' })).toBe('2024-02-29');
    expect(shiftDate('2020-02-29', { amount: 12, unit: 'months' })).toBe('2021-02-28');
    expect(shiftDate('2020-02-28', { amount: 366, unit: 'days' })).toBe('2021-02-28');
    expect(shiftDate('2019-02-28', { amount: 1, unit: 'days' })).toBe('2019-03-01');
    expect(shiftDate('2020-02-28', { amount: 1, unit: 'days' })).toBe('2020-02-29');
    // 2100 is not a leap year
    expect(shiftDate('2096-02-29', { amount: 4, unit: 'years' })).toBe('2100-02-28');
  });
});

const demo = { periodStart: 2020, periodEnd: 2025 };

describe('the next period', () => {
  it('has the same length and follows on', () => {
    expect(periodYears(demo)).toBe(5);
    expect(nextPeriod(demo)).toEqual({ periodStart: 2025, periodEnd: 2030 });
    expect(nextPeriod({ periodStart: 2024, periodEnd: 2024 })).toEqual({
      periodStart: 2025,
      periodEnd: 2025,
    });
  });

  it('moves the conference by the period’s years by default', () => {
    expect(defaultCopyOffset(demo)).toEqual({ amount: 5, unit: 'years' });
    expect(defaultCopyOffset({ periodStart: 2023, periodEnd: 2023 })).toEqual({ amount: 1, unit: 'years' });
  });

  it('suggests the name with the new period’s years', () => {
    const name = 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025';
    expect(suggestCopyName(name, demo, nextPeriod(demo))).toBe(
      'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2025 - 2030',
    );
    expect(suggestCopyName('Hội nghị năm 2020', demo, nextPeriod(demo))).toBe('Hội nghị năm 2025');
    expect(suggestCopyName('Hội nghị điển hình', demo, nextPeriod(demo))).toBe('Hội nghị điển hình');
    // a number that only contains a year is left alone
    expect(suggestCopyName('Mã 120205', demo, nextPeriod(demo))).toBe('Mã 120205');
  });
});

describe('copiedPlan', () => {
  const plan = {
    name: 'Cũ',
    periodStart: 2020,
    periodEnd: 2025,
    documentNumber: 5,
    documentCode: 'KH-UBND',
    signedAt: '2020-03-18T17:08:00+07:00',
    issuePlace: 'Văn Yên',
    speechRule: { total: 0, parts: [] },
  } as unknown as Plan;

  it('takes the new name and period, drops number and signing time', () => {
    const p = copiedPlan(plan, {
      name: 'Mới',
      periodStart: 2025,
      periodEnd: 2030,
      offset: { amount: 5, unit: 'years' },
    });
    expect(p).toMatchObject({
      name: 'Mới',
      periodStart: 2025,
      periodEnd: 2030,
      documentNumber: null,
      signedAt: null,
      documentCode: 'KH-UBND',
      issuePlace: 'Văn Yên',
    });
    expect(plan.documentNumber).toBe(5);
  });

  it('turns a part naming an honoree of the source into one for its unit, or for an individual', () => {
    const school = crypto.randomUUID();
    const [collective, individual] = [crypto.randomUUID(), crypto.randomUUID()];
    const parts = [
      { kind: 'unit_type' as const, unitType: 'school' as const, label: 'Trường học', count: 1 },
      { kind: 'honoree' as const, nominationId: collective, label: 'Trường Tiểu học Văn Yên', count: 1 },
      { kind: 'honoree' as const, nominationId: individual, label: 'Chị Nguyễn Thị Hường', count: 1 },
    ];
    const p = copiedPlan(
      { ...plan, speechRule: { total: 3, parts } },
      { name: 'Mới', periodStart: 2025, periodEnd: 2030, offset: { amount: 5, unit: 'years' } },
      new Map([
        [collective, { kind: 'collective' as const, unitId: school }],
        [individual, { kind: 'individual' as const, unitId: school }],
      ]),
    );
    expect(p.speechRule).toEqual({
      total: 3,
      parts: [
        parts[0],
        { kind: 'unit', unitId: school, label: 'Trường Tiểu học Văn Yên', count: 1 },
        { kind: 'individual', label: 'Chị Nguyễn Thị Hường', count: 1 },
      ],
    });
  });
});
