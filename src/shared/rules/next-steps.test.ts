import { describe, expect, it } from 'vitest';
import { type TodoFacts, todoFor } from './next-steps';

const base: TodoFacts = {
  today: '2026-05-10',
  lifecycle: {
    stage: 'nominate',
    next: [{ key: 'await_submissions', count: 13, date: '2026-05-10' }],
    conferenceDay: { date: '2026-05-11', endDate: null, startTime: '07:30' },
  },
  staff: false,
  unit: null,
  ballots: [],
  meetingsAhead: [],
  reception: false,
};
const unit = {
  unitId: 'u5',
  deadline: '2026-05-10',
  extendedUntil: null,
  reportSent: false,
  nominationsSent: 0,
  returned: 0,
};
const kinds = (f: TodoFacts) => todoFor(f).map((t) => t.kind);

describe('todoFor: việc cần làm tiếp, per role', () => {
  it('the secretary gets the lifecycle’s next actions', () => {
    expect(todoFor({ ...base, staff: true })).toEqual([
      expect.objectContaining({
        kind: 'lifecycle',
        action: { key: 'await_submissions', count: 13, date: '2026-05-10' },
        count: 13,
        date: '2026-05-10',
      }),
    ]);
    const done = {
      ...base,
      staff: true,
      lifecycle: { ...base.lifecycle, stage: 'concluded' as const, next: [] },
    };
    expect(kinds(done)).toEqual(['concluded']);
  });

  it('a unit head sends the report and nominations before the deadline (through the deadline day)', () => {
    expect(todoFor({ ...base, unit })).toEqual([
      expect.objectContaining({ kind: 'unit_submit', unitId: 'u5', date: '2026-05-10', count: 0 }),
    ]);
    const sent = { ...base, unit: { ...unit, reportSent: true, nominationsSent: 2 } };
    expect(kinds(sent)).toEqual(['unit_sent']);
  });

  it('after the deadline: late when not everything was sent, the extension counts, returned items always', () => {
    const late = { ...base, today: '2026-05-11', unit };
    expect(todoFor(late)).toEqual([expect.objectContaining({ kind: 'unit_late', date: '2026-05-10' })]);
    expect(todoFor({ ...late, unit: { ...unit, extendedUntil: '2026-05-12' } })).toEqual([
      expect.objectContaining({ kind: 'unit_submit', date: '2026-05-12' }),
    ]);
    const returned = { ...late, unit: { ...unit, reportSent: true, nominationsSent: 1, returned: 1 } };
    expect(kinds(returned)).toEqual(['unit_fix']);
  });

  it('a council member votes in each open ballot not voted yet; otherwise sees the meetings ahead', () => {
    const meeting = { meetingId: 'm1', date: '2026-05-10', title: 'Họp xét chọn' };
    const voting = {
      ...base,
      ballots: [{ meetingId: 'm1', ballotId: 'b1', title: 'Phiếu bầu' }],
      meetingsAhead: [meeting],
    };
    expect(todoFor(voting)).toEqual([
      expect.objectContaining({ kind: 'vote', meetingId: 'm1', ballotId: 'b1', title: 'Phiếu bầu' }),
    ]);
    expect(todoFor({ ...voting, ballots: [] })).toEqual([
      expect.objectContaining({ kind: 'meeting_ahead', date: '2026-05-10' }),
    ]);
  });

  it('reception checks in from the day before the conference; a week ahead it is announced; earlier nothing', () => {
    expect(todoFor({ ...base, reception: true })).toEqual([
      expect.objectContaining({ kind: 'checkin_open', date: '2026-05-11' }),
    ]);
    const soon = {
      ...base,
      reception: true,
      lifecycle: { ...base.lifecycle, conferenceDay: { date: '2026-05-15', endDate: null, startTime: null } },
    };
    expect(todoFor(soon)).toEqual([expect.objectContaining({ kind: 'checkin_soon', date: '2026-05-14' })]);
    const far = { ...soon, today: '2026-04-01' };
    expect(kinds(far)).toEqual(['open_conference']);
  });
});
