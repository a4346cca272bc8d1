import { COUNTED_STATUSES } from './submission';
import { threadAgeDays } from './threads';
import { type MilestoneState, milestoneState } from './timeline';

/**
 * Bảng điều khiển — the pure rules behind the dashboard's numbers: shares, timeline progress and
 * "has this unit submitted". The server aggregates in SQL and applies these to the few rows that
 * come back; the web shows the same numbers in its charts and tables.
 */

/** part / whole in percent, one decimal; 0 when the whole is 0. */
export function percentOf(part: number, whole: number): number {
  if (!(whole > 0)) return 0;
  return Math.round((part / whole) * 1000) / 10;
}

export type TimelineMilestone = {
  id: string;
  title: string;
  kind: string;
  startDate: string;
  endDate: string | null;
  /** Marked done by a person. */
  done: boolean;
  /** Completed by the data (shared/rules/lifecycle.ts milestoneSatisfied). */
  satisfied?: boolean;
};

export type TimelineProgress = {
  total: number;
  /** Done or satisfied: the work of the milestone is behind us. */
  completed: number;
  /** Passed without being done or satisfied. */
  overdue: number;
  /** completed / total in percent: never 100% while one is overdue. */
  percent: number;
  /** The milestone happening today, else the first one ahead. */
  next: (TimelineMilestone & { state: MilestoneState; daysLeft: number }) | null;
  overdueItems: TimelineMilestone[];
};

const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

/** Progress of the plan's timeline on `today` (YYYY-MM-DD, Vietnam), with the same states as the overview. */
export function timelineProgress(milestones: readonly TimelineMilestone[], today: string): TimelineProgress {
  const sorted = [...milestones].sort(
    (a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title),
  );
  const completedOf = (m: TimelineMilestone) => m.done || Boolean(m.satisfied);
  const states = sorted.map((m) => ({ m, state: milestoneState({ ...m, done: completedOf(m) }, today) }));
  const completed = sorted.filter(completedOf).length;
  const overdueItems = states.filter((s) => s.state === 'overdue').map((s) => s.m);
  const ahead = states.find((s) => (s.state === 'today' || s.state === 'upcoming') && !completedOf(s.m));
  return {
    total: sorted.length,
    completed,
    overdue: overdueItems.length,
    percent: percentOf(completed, sorted.length),
    next: ahead
      ? {
          ...ahead.m,
          state: ahead.state,
          daysLeft: Math.max(0, Math.round(dayNumber(ahead.m.startDate) - dayNumber(today))),
        }
      : null,
    overdueItems,
  };
}

/** Nominations of a unit by status (sent ones only matter here). */
export type UnitSubmission = {
  /** The unit report's status, null when the unit has not started one. */
  reportStatus: string | null;
  byStatus: Partial<Record<string, number>>;
};

/**
 * A unit has submitted when it has sent its report and at least one nominee that counts (the same
 * rule as the submissions page's "quá hạn": submitted, resubmitted or accepted).
 */
export function unitHasSubmitted(u: UnitSubmission): { report: boolean; nominations: boolean; all: boolean } {
  const report = u.reportStatus !== null && u.reportStatus !== 'draft';
  const nominations = COUNTED_STATUSES.some((s) => (u.byStatus[s] ?? 0) > 0);
  return { report, nominations, all: report && nominations };
}

/** Work items (checklist or tasks): cancelled ones count for nothing. */
export type WorkProgress = { total: number; done: number; overdue: number; percent: number };

export function workProgress(counts: { total: number; done: number; overdue: number }): WorkProgress {
  return { ...counts, percent: percentOf(counts.done, counts.total) };
}

export type OpenThreads = { open: number; ofConference: number; oldestAgeDays: number | null };

/** Phản ánh, kiến nghị still open (not closed) and the age of the oldest one, in whole days. */
export function openThreads(
  figures: { open: number; ofConference: number; oldest: Date | string | null },
  now: Date = new Date(),
): OpenThreads {
  return {
    open: figures.open,
    ofConference: figures.ofConference,
    oldestAgeDays: figures.oldest ? threadAgeDays(figures.oldest, 'new', now) : null,
  };
}
