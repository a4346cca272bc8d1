import { describe, expect, it } from 'vitest';
import {
  dayRangeLabel,
  placeAndDate,
  placeAndMonth,
  vietnameseDate,
  vietnameseDateTime,
  vietnameseTime,
} from './vietnamese-date';

describe('Vietnamese dates (Decree 30/2020)', () => {
  it.each([
    ['2020-04-05', 'ngày 05 tháng 4 năm 2020'],
    ['2020-03-31', 'ngày 31 tháng 3 năm 2020'],
    ['2021-01-09', 'ngày 09 tháng 01 năm 2021'],
    ['2021-02-10', 'ngày 10 tháng 02 năm 2021'],
    ['2020-12-25', 'ngày 25 tháng 12 năm 2020'],
    ['2020-02-30', null],
    ['31/3/2020', null],
  ])('%s → %s', (input, expected) => {
    expect(vietnameseDate(input)).toBe(expected);
  });

  it.each([
    ['7:30', '07 giờ 30 phút'],
    ['14:00', '14 giờ 00 phút'],
    ['07:05:00', '07 giờ 05 phút'],
    ['24:00', null],
    ['7h30', null],
  ])('time %s → %s', (input, expected) => {
    expect(vietnameseTime(input)).toBe(expected);
  });

  it('writes the time before the date, or the date alone', () => {
    expect(vietnameseDateTime('2020-04-05', '07:30')).toBe('07 giờ 30 phút, ngày 05 tháng 4 năm 2020');
    expect(vietnameseDateTime('2020-04-05', null)).toBe('ngày 05 tháng 4 năm 2020');
  });

  it('leaves room to write the date by hand when there is none', () => {
    expect(placeAndDate('Văn Yên', '2020-03-20')).toBe('Văn Yên, ngày 20 tháng 3 năm 2020');
    expect(placeAndDate('Văn Yên', null)).toMatch(/^Văn Yên, ngày\u00a0{6} tháng\u00a0{6} năm\u00a0{6}$/);
  });
});

// Running-text dates of a plan as the seed plan (000) writes them: "Ngày 15/3/2020",
// "Từ ngày 15-17/3/2020" (moved from plan-document, where the range read "15 - 17/3/2020").
describe('dayRangeLabel', () => {
  it.each([
    ['2020-03-15', null, 'Ngày 15/3/2020'],
    ['2020-03-15', '2020-03-15', 'Ngày 15/3/2020'],
    ['2020-03-15', '2020-03-17', 'Từ ngày 15-17/3/2020'],
    ['2020-03-30', '2020-04-02', 'Từ ngày 30/3-2/4/2020'],
    ['2020-12-30', '2021-01-05', 'Từ ngày 30/12/2020-5/1/2021'],
  ])('%s … %s → %s', (a, b, label) => {
    expect(dayRangeLabel(a, b)).toBe(label);
  });
});

describe('placeAndMonth', () => {
  it('leaves the day to write by hand and pads only months 1 and 2', () => {
    expect(placeAndMonth('Văn Yên', '2020-03-31')).toBe('Văn Yên, ngày....tháng 3 năm 2020');
    expect(placeAndMonth(' Văn Yên ', '2021-02-10')).toBe('Văn Yên, ngày....tháng 02 năm 2021');
    expect(placeAndMonth('Văn Yên', '31/3/2020')).toBeNull();
  });
});
