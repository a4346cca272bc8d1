import { describe, expect, it } from 'vitest';
import { checkinWindow, formatClock } from './checkin-window';

describe('checkinWindow', () => {
  const day = { start: '2020-03-31', end: null };
  it.each([
    [
      '2020-03-29',
      false,
      'Chưa đến ngày đón tiếp: hội nghị diễn ra ngày 31/03/2020, đón tiếp từ ngày 30/03/2020',
    ],
    ['2020-03-30', true, null],
    ['2020-03-31', true, null],
    ['2020-04-01', true, null],
    ['2020-04-02', false, 'Đã hết thời gian đón tiếp: hội nghị đã diễn ra ngày 31/03/2020'],
  ] as const)('on %s: open %s', (today, open, reason) => {
    const w = checkinWindow(day, today);
    expect(w.open).toBe(open);
    expect(w.reason).toBe(reason);
  });

  it('spans a conference of several days and refuses when there is no day', () => {
    expect(checkinWindow({ start: '2025-12-30', end: '2026-01-01' }, '2026-01-02').open).toBe(true);
    expect(checkinWindow({ start: '2025-12-30', end: '2026-01-01' }, '2026-01-03').open).toBe(false);
    expect(checkinWindow(null, '2020-03-31').open).toBe(false);
  });

  it('shows clock times in Vietnam time', () => {
    expect(formatClock('2020-03-31T00:42:05Z')).toBe('07:42');
  });
});
