import type { TodoItemView } from '../schemas/conferences';
import { checkinWindow } from './checkin-window';
import type { Lifecycle } from './lifecycle';
import { deadlineState } from './submission';

/**
 * Việc cần làm tiếp — per person, per conference: the secretary and the chair get the lifecycle's
 * next actions; a unit head the unit's report and nominations before the deadline (or what the
 * office returned); a council member the open ballots not voted yet and the meetings ahead;
 * reception the check-in around the conference day. Nothing particular: open the conference.
 */
export type TodoFacts = {
  today: string;
  lifecycle: Pick<Lifecycle, 'stage' | 'next' | 'conferenceDay'>;
  /** May run the conference (secretary, chair, admin). */
  staff: boolean;
  /** The unit the actor heads, with what it has sent; null: not a unit head. */
  unit: {
    unitId: string;
    deadline: string | null;
    extendedUntil: string | null;
    reportSent: boolean;
    nominationsSent: number;
    returned: number;
  } | null;
  /** Open ballots where the actor is a voter and has not voted yet. */
  ballots: readonly { meetingId: string; ballotId: string; title: string }[];
  /** Council meetings not closed, from today on (the actor is a council member). */
  meetingsAhead: readonly { meetingId: string; date: string; title: string }[];
  /** The actor checks delegates in (reception). */
  reception: boolean;
};

const item = (kind: TodoItemView['kind'], extra: Partial<TodoItemView> = {}): TodoItemView => ({
  kind,
  action: null,
  date: null,
  count: null,
  unitId: null,
  meetingId: null,
  ballotId: null,
  title: null,
  ...extra,
});

/** Reception sees check-in coming when it opens within this many days. */
const CHECKIN_SOON_DAYS = 7;

function unitTodo(u: NonNullable<TodoFacts['unit']>, today: string): TodoItemView[] {
  const out: TodoItemView[] = [];
  if (u.returned > 0) out.push(item('unit_fix', { unitId: u.unitId, count: u.returned }));
  const state = deadlineState(u.deadline, u.extendedUntil, today);
  const until =
    state.extendedUntil && state.deadline && state.extendedUntil > state.deadline
      ? state.extendedUntil
      : state.deadline;
  const sentAll = u.reportSent && u.nominationsSent > 0;
  if (state.open) {
    out.push(
      item(sentAll ? 'unit_sent' : 'unit_submit', {
        unitId: u.unitId,
        date: until,
        count: u.nominationsSent,
      }),
    );
  } else if (!sentAll) {
    out.push(item('unit_late', { unitId: u.unitId, date: until, count: u.nominationsSent }));
  }
  return out;
}

function receptionTodo(f: TodoFacts): TodoItemView[] {
  const day = f.lifecycle.conferenceDay;
  if (!day) return [];
  const w = checkinWindow({ start: day.date, end: day.endDate }, f.today);
  if (w.open) return [item('checkin_open', { date: day.date })];
  if (w.from && f.today < w.from) {
    const days = (Date.parse(`${w.from}T00:00:00Z`) - Date.parse(`${f.today}T00:00:00Z`)) / 86_400_000;
    if (days <= CHECKIN_SOON_DAYS) return [item('checkin_soon', { date: w.from })];
  }
  return [];
}

export function todoFor(f: TodoFacts): TodoItemView[] {
  const out: TodoItemView[] = [];
  if (f.staff) {
    if (f.lifecycle.stage === 'concluded') out.push(item('concluded'));
    for (const a of f.lifecycle.next)
      out.push(item('lifecycle', { action: a, date: a.date, count: a.count }));
  }
  if (f.unit) out.push(...unitTodo(f.unit, f.today));
  for (const b of f.ballots)
    out.push(item('vote', { meetingId: b.meetingId, ballotId: b.ballotId, title: b.title }));
  if (f.ballots.length === 0) {
    for (const m of f.meetingsAhead)
      out.push(item('meeting_ahead', { meetingId: m.meetingId, date: m.date, title: m.title }));
  }
  if (f.reception) out.push(...receptionTodo(f));
  if (out.length === 0) out.push(item(f.lifecycle.stage === 'concluded' ? 'concluded' : 'open_conference'));
  return out;
}
