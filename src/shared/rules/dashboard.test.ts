import { describe, expect, it } from 'vitest';
import {
  openThreads,
  percentOf,
  type TimelineMilestone,
  timelineProgress,
  unitHasSubmitted,
  workProgress,
} from './dashboard';

describe('percentOf', () => {
  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [0, 5, 0],
    [5, 5, 100],
    [7, 5, 140],
    [3, 0, 0],
  ])('%d of %d is %d%%', (part, whole, pct) => {
    expect(percentOf(part, whole)).toBe(pct);
  });
});

describe('timelineProgress', () => {
  const m = (id: string, startDate: string, endDate: string | null, done = false): TimelineMilestone => ({
    id,
    title: `Mốc ${id}`,
    kind: 'other',
    startDate,
    endDate,
    done,
  });
  const plan = [
    m('c', '2020-03-23', null),
    m('a', '2020-03-10', null, true),
    m('b', '2020-03-18', '2020-03-20'),
    m('d', '2020-04-05', null),
  ];

  it('counts completed (done) and overdue milestones and finds the next one', () => {
    const p = timelineProgress(plan, '2020-03-22');
    expect(p).toMatchObject({ total: 4, completed: 1, overdue: 1, percent: 25 });
    expect(p.overdueItems.map((x) => x.id)).toEqual(['b']);
    expect(p.next).toMatchObject({ id: 'c', state: 'upcoming', daysLeft: 1 });
  });

  it('never shows 100% beside an overdue milestone: passed but undone is not progress', () => {
    const p = timelineProgress(plan, '2020-05-01');
    expect(p).toMatchObject({ total: 4, completed: 1, overdue: 3, percent: 25 });
  });

  it('a milestone satisfied by the data counts as completed, not overdue', () => {
    const satisfied = plan.map((x) => (x.id === 'b' ? { ...x, satisfied: true } : x));
    const p = timelineProgress(satisfied, '2020-03-22');
    expect(p).toMatchObject({ completed: 2, overdue: 0, percent: 50 });
  });

  it('a milestone happening today is the next one, 0 days left', () => {
    const p = timelineProgress(plan, '2020-03-19');
    expect(p.next).toMatchObject({ id: 'b', state: 'today', daysLeft: 0 });
    expect(p.completed).toBe(1);
  });

  it('after the last milestone there is no next one; an empty plan is 0%', () => {
    expect(timelineProgress(plan, '2020-05-01').next).toBeNull();
    expect(timelineProgress([], '2020-05-01')).toMatchObject({ total: 0, percent: 0, next: null });
  });
});

describe('unitHasSubmitted', () => {
  it('needs the report sent and one nominee that counts', () => {
    expect(unitHasSubmitted({ reportStatus: 'submitted', byStatus: { accepted: 2 } }).all).toBe(true);
    expect(unitHasSubmitted({ reportStatus: 'draft', byStatus: { submitted: 1 } })).toEqual({
      report: false,
      nominations: true,
      all: false,
    });
    expect(unitHasSubmitted({ reportStatus: 'accepted', byStatus: { returned: 3, rejected: 1 } })).toEqual({
      report: true,
      nominations: false,
      all: false,
    });
    expect(unitHasSubmitted({ reportStatus: null, byStatus: {} }).all).toBe(false);
  });
});

describe('workProgress', () => {
  it('done over total', () => {
    expect(workProgress({ total: 9, done: 3, overdue: 2 })).toEqual({
      total: 9,
      done: 3,
      overdue: 2,
      percent: 33.3,
    });
  });
});

describe('open threads (phản ánh, kiến nghị)', () => {
  const now = new Date('2026-03-10T08:00:00Z');
  it('gives the oldest open thread’s age in whole days', () => {
    expect(openThreads({ open: 3, ofConference: 1, oldest: '2026-03-05T09:00:00Z' }, now)).toEqual({
      open: 3,
      ofConference: 1,
      oldestAgeDays: 4,
    });
  });
  it('has no age when nothing is open', () => {
    expect(openThreads({ open: 0, ofConference: 0, oldest: null }, now).oldestAgeDays).toBeNull();
  });
});
