import { describe, expect, it } from 'vitest';
import { milestoneState, todayInVietnam } from './timeline';

describe('milestoneState', () => {
  const deadline = { startDate: '2020-03-23', endDate: null, done: false };
  const range = { startDate: '2020-03-18', endDate: '2020-03-20', done: false };
  it.each([
    [deadline, '2020-03-22', 'upcoming'],
    [deadline, '2020-03-23', 'today'],
    [deadline, '2020-03-24', 'overdue'],
    [{ ...deadline, done: true }, '2020-03-24', 'past'],
    [range, '2020-03-19', 'today'],
    [range, '2020-03-20', 'today'],
    [range, '2020-03-21', 'overdue'],
  ] as const)('%o on %s is %s', (m, today, state) => {
    expect(milestoneState(m, today)).toBe(state);
  });

  it('counts days in Vietnam time', () => {
    expect(todayInVietnam(new Date('2020-03-22T17:30:00Z'))).toBe('2020-03-23');
    expect(todayInVietnam(new Date('2020-03-22T16:59:00Z'))).toBe('2020-03-22');
  });
});
