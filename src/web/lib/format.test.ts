import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatRange,
  fromVietnamLocal,
  parseVietnameseDate,
  toVietnamLocal,
} from './format';

describe('dates as Vietnamese users write them', () => {
  it.each([
    ['2020-03-23', '23/03/2020'],
    ['', ''],
    [null, ''],
  ])('formatDate(%s) = %s', (iso, out) => {
    expect(formatDate(iso)).toBe(out);
  });

  it('formats a range and a single day', () => {
    expect(formatDateRange('2020-03-15', '2020-03-17')).toBe('15/03/2020 – 17/03/2020');
    expect(formatDateRange('2020-03-23', null)).toBe('23/03/2020');
  });

  it('shows instants in Vietnam time', () => {
    expect(formatDateTime('2020-03-18T10:08:42Z')).toBe('18/03/2020 17:08');
    expect(formatDateTime('2020-03-18T17:08:42+07:00', true)).toBe('18/03/2020 17:08:42');
    expect(formatDateTime('2020-03-18T20:00:00Z')).toBe('19/03/2020 03:00');
  });

  it('round-trips a datetime-local value in Vietnam time', () => {
    expect(toVietnamLocal('2020-03-18T17:08:42+07:00')).toBe('2020-03-18T17:08:42');
    expect(fromVietnamLocal('2020-03-18T17:08')).toBe('2020-03-18T17:08:00+07:00');
    expect(fromVietnamLocal('')).toBeNull();
  });

  it('formats performance ranges', () => {
    expect(formatRange(1, 2)).toBe('1–2');
    expect(formatRange(2, 2)).toBe('2');
  });

  it.each([
    ['24/3/2020', '2020-03-24'],
    ['24/03/2020', '2020-03-24'],
    ['24-03-2020', '2020-03-24'],
    ['24.3.2020', '2020-03-24'],
    ['2020-03-24', '2020-03-24'],
    [' 1/1/2021 ', '2021-01-01'],
    ['31/2/2020', null],
    ['2020/03/24', null],
    ['hôm nay', null],
  ])('parseVietnameseDate(%s) = %s', (text, out) => {
    expect(parseVietnameseDate(text)).toBe(out);
  });
});
