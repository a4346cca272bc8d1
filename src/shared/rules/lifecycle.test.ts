import { describe, expect, it } from 'vitest';
import {
  conferenceDayOf,
  deriveLifecycle,
  type FactMilestone,
  type LifecycleFacts,
  markDoneRefusal,
  milestoneCompletion,
} from './lifecycle';

// The Văn Yên timeline of 2020 (seed III.1), as milestone facts.
const m = (
  id: string,
  kind: string,
  startDate: string,
  endDate: string | null = null,
  extra: Partial<FactMilestone> = {},
): FactMilestone => ({ id, kind, startDate, endDate, done: false, ...extra });

const timeline: FactMilestone[] = [
  m('meeting1', 'council_meeting', '2020-03-15'),
  m('send', 'other', '2020-03-15', '2020-03-17'),
  m('prepare', 'other', '2020-03-18', '2020-03-20'),
  m('deadline', 'submission_deadline', '2020-03-23'),
  m('meeting2', 'council_meeting', '2020-03-25'),
  m('finish', 'other', '2020-03-25', '2020-03-27'),
  m('day', 'conference_day', '2020-03-31', null, { startTime: '07:30' }),
];

/** Nothing done yet: a plan with dates and 17 units. */
const fresh: LifecycleFacts = {
  today: '2020-03-10',
  planSigned: false,
  milestones: timeline,
  units: { total: 17, submitted: 0 },
  extendedUntil: null,
  nominations: { pending: 0, accepted: 0 },
  closedMeetingDates: [],
  ballots: { open: 0, closed: 0 },
  honorees: 0,
  delegates: { total: 100, finalized: false },
  checkins: 0,
  agendaItems: 0,
  logistics: { total: 0, done: 0 },
  decisionIssued: false,
  delegation: { members: 0, quota: 6 },
};

/** Everything the 2020 conference did, to its end. */
const concluded: LifecycleFacts = {
  ...fresh,
  today: '2026-05-01',
  planSigned: true,
  milestones: timeline.map((x) => ({ ...x, done: true })),
  units: { total: 17, submitted: 17 },
  nominations: { pending: 0, accepted: 22 },
  closedMeetingDates: ['2020-03-25'],
  ballots: { open: 0, closed: 1 },
  honorees: 12,
  delegates: { total: 100, finalized: true },
  agendaItems: 18,
  logistics: { total: 9, done: 9 },
  decisionIssued: true,
  delegation: { members: 6, quota: 6 },
};

describe('deriveLifecycle: the stage from the facts', () => {
  it('a plan not yet signed is being planned; the next thing is to sign it', () => {
    const l = deriveLifecycle(fresh);
    expect(l.stage).toBe('plan');
    expect(l.currentStep).toBe(0);
    expect(l.steps[0]).toEqual({ key: 'plan', state: 'current' });
    expect(l.next.map((a) => a.key)).toEqual(['sign_plan']);
    expect(l.conferenceDay).toEqual({ date: '2020-03-31', endDate: null, startTime: '07:30' });
  });

  it('a signed plan before the deadline takes nominations: how many units are missing, by when', () => {
    const l = deriveLifecycle({
      ...fresh,
      planSigned: true,
      today: '2020-03-21',
      units: { total: 17, submitted: 3 },
    });
    expect(l.stage).toBe('nominate');
    expect(l.steps.slice(0, 3).map((s) => s.state)).toEqual(['done', 'current', 'todo']);
    expect(l.next[0]).toEqual({ key: 'await_submissions', count: 14, date: '2020-03-23' });
    // the first two milestones have passed without being marked done
    expect(l.milestones).toEqual({ total: 7, completed: 0, overdue: 3 });
    expect(l.next.at(-1)).toEqual({ key: 'complete_milestones', count: 3, date: null });
  });

  it('after the deadline, with nominations accepted and none waiting, the council reviews', () => {
    const l = deriveLifecycle({
      ...fresh,
      planSigned: true,
      today: '2020-03-24',
      units: { total: 17, submitted: 12 },
      nominations: { pending: 0, accepted: 12 },
    });
    expect(l.stage).toBe('review');
    expect(l.next[0]).toEqual({ key: 'hold_meeting', count: null, date: '2020-03-25' });
  });

  it('a deadline extended for a unit keeps the step open until the extension ends', () => {
    const facts = { ...fresh, planSigned: true, today: '2020-03-24', extendedUntil: '2020-03-26' };
    expect(deriveLifecycle(facts).stage).toBe('nominate');
    expect(
      deriveLifecycle({ ...facts, today: '2020-03-27', nominations: { pending: 0, accepted: 5 } }).stage,
    ).toBe('review');
  });

  it('an open ballot is closed before the review is done', () => {
    const l = deriveLifecycle({
      ...concluded,
      today: '2020-03-25',
      milestones: timeline,
      ballots: { open: 1, closed: 0 },
      honorees: 0,
      delegates: { total: 100, finalized: false },
      decisionIssued: false,
    });
    expect(l.stage).toBe('review');
    expect(l.next[0]).toEqual({ key: 'close_ballots', count: 1, date: null });
  });

  it('everything prepared before the day: ready; on the day: check-in', () => {
    const prepared = { ...concluded, milestones: timeline, today: '2020-03-29' };
    expect(deriveLifecycle(prepared).stage).toBe('ready');
    const day = deriveLifecycle({ ...prepared, today: '2020-03-31' });
    expect(day.stage).toBe('day');
    expect(day.steps[6]).toEqual({ key: 'day', state: 'current' });
    expect(day.next[0]).toEqual({ key: 'checkin', count: 100, date: '2020-03-31' });
  });

  it('work done ahead of the current step shows as done (the list finalized while nominating)', () => {
    const l = deriveLifecycle({
      ...fresh,
      planSigned: true,
      today: '2020-03-21',
      delegates: { total: 100, finalized: true },
    });
    expect(l.stage).toBe('nominate');
    expect(l.steps.find((s) => s.key === 'delegates')?.state).toBe('done');
  });

  it('the 2020 conference as it concluded reads as concluded: every step done, nothing overdue', () => {
    const l = deriveLifecycle(concluded);
    expect(l.stage).toBe('concluded');
    expect(l.steps.every((s) => s.state === 'done')).toBe(true);
    expect(l.milestones).toEqual({ total: 7, completed: 7, overdue: 0 });
    expect(l.next).toEqual([]);
  });

  it('a conference whose day has passed is after the conference, whatever was skipped — and says what is left', () => {
    const l = deriveLifecycle({ ...fresh, planSigned: true, today: '2026-05-01' });
    expect(l.stage).toBe('after');
    expect(l.steps.map((s) => s.state)).toEqual([
      'done',
      'missed',
      'missed',
      'missed',
      'missed',
      'missed',
      'done',
      'current',
    ]);
    expect(l.next).toEqual([
      { key: 'issue_decision', count: null, date: null },
      { key: 'choose_delegation', count: 6, date: null },
      { key: 'complete_milestones', count: 7, date: null },
    ]);
    expect(l.milestones.overdue).toBe(7);
  });

  it('without a conference day the stage never passes the preparation, and asks for the day', () => {
    const l = deriveLifecycle({
      ...concluded,
      milestones: timeline.filter((x) => x.kind !== 'conference_day'),
    });
    expect(l.stage).toBe('ready');
    expect(l.conferenceDay).toBeNull();
    expect(l.next.map((a) => a.key)).toContain('set_conference_day');
  });
});

describe('milestones completed by the data', () => {
  const deadline = timeline[3]!;
  it('the deadline is satisfied when every unit has sent its report and nominations', () => {
    const all = { ...fresh, today: '2020-03-24', units: { total: 17, submitted: 17 } };
    expect(milestoneCompletion(deadline, all)).toEqual({ satisfied: true, completed: true, state: 'past' });
    const some = { ...all, units: { total: 17, submitted: 16 } };
    expect(milestoneCompletion(deadline, some)).toEqual({
      satisfied: false,
      completed: false,
      state: 'overdue',
    });
    expect(milestoneCompletion({ ...deadline, done: true }, some).state).toBe('past');
  });

  it('a council meeting is satisfied by a closed meeting held on one of its days', () => {
    const meeting = timeline[4]!;
    const facts = { ...fresh, today: '2020-03-26' };
    expect(milestoneCompletion(meeting, { ...facts, closedMeetingDates: ['2020-03-25'] }).state).toBe('past');
    expect(milestoneCompletion(meeting, { ...facts, closedMeetingDates: ['2020-03-15'] }).state).toBe(
      'overdue',
    );
  });

  it('the conference day is satisfied once delegates were checked in', () => {
    const day = timeline[6]!;
    expect(milestoneCompletion(day, { ...fresh, today: '2020-04-01', checkins: 80 }).completed).toBe(true);
    expect(milestoneCompletion(day, { ...fresh, today: '2020-04-01' }).state).toBe('overdue');
  });

  it('other milestones only by marking them done', () => {
    expect(milestoneCompletion(timeline[1]!, { ...concluded, milestones: timeline }).state).toBe('overdue');
  });
});

describe('markDoneRefusal', () => {
  const deadline = timeline[3]!;
  it('refuses closing a deadline still ahead while units are missing, naming the day and the count', () => {
    expect(
      markDoneRefusal(deadline, { ...fresh, today: '2020-03-21', units: { total: 17, submitted: 5 } }),
    ).toBe('Chưa đóng được hạn nộp: hạn là ngày 23/03/2020 và còn 12 đơn vị chưa gửi đủ báo cáo và đề nghị');
  });

  it('allows it once the deadline has passed, or when every unit is in; other milestones always', () => {
    expect(markDoneRefusal(deadline, { ...fresh, today: '2020-03-24' })).toBeNull();
    expect(
      markDoneRefusal(deadline, { ...fresh, today: '2020-03-21', units: { total: 17, submitted: 17 } }),
    ).toBeNull();
    expect(markDoneRefusal(timeline[0]!, fresh)).toBeNull();
  });
});

describe('conferenceDayOf', () => {
  it('is the earliest conference-day milestone, with its start time; none: null', () => {
    expect(
      conferenceDayOf([
        m('b', 'conference_day', '2020-04-02', '2020-04-03'),
        m('a', 'conference_day', '2020-03-31', null, { startTime: '08:00' }),
        m('c', 'other', '2020-03-01'),
      ]),
    ).toEqual({ date: '2020-03-31', endDate: null, startTime: '08:00' });
    expect(conferenceDayOf([m('c', 'other', '2020-03-01')])).toBeNull();
  });
});
