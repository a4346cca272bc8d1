import { type MilestoneState, milestoneState } from './timeline';

/**
 * Vòng đời hội nghị — where a conference stands, derived from facts, never stored. The server
 * gathers the facts (conferences/lifecycle-data.ts), this module decides: each milestone's
 * completion (marked done, or satisfied by the data itself), each step of the stepper, the stage
 * the badge names, and what to do next. The overview, the stepper, the dashboard and the "việc cần
 * làm tiếp" panel all read this one answer, so no two pages can tell different stories.
 */

/** The steps before the conference day, in order. */
const PREPARATION = ['plan', 'nominate', 'review', 'delegates', 'program', 'documents'] as const;

/** The eight steps of a conference's life (JOURNEYS.md), in order. */
export const LIFECYCLE_STEPS = [...PREPARATION, 'day', 'after'] as const;
export type LifecycleStep = (typeof LIFECYCLE_STEPS)[number];

/**
 * The stage the badge names: a step, or `ready` (everything prepared, the day ahead) or
 * `concluded` (the day passed and the work after it is done).
 */
export const LIFECYCLE_STAGES = [...PREPARATION, 'ready', 'day', 'after', 'concluded'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const STEP_STATES = ['done', 'current', 'todo', 'missed'] as const;
export type StepState = (typeof STEP_STATES)[number];

/** What the secretary (or chair) should do next; the web words each key. */
export const NEXT_ACTIONS = [
  'sign_plan',
  'set_conference_day',
  'await_submissions',
  'review_nominations',
  'hold_meeting',
  'close_ballots',
  'finalize_delegates',
  'build_program',
  'finish_logistics',
  'issue_decision',
  'prepare_day',
  'checkin',
  'choose_delegation',
  'complete_milestones',
] as const;
export type NextActionKey = (typeof NEXT_ACTIONS)[number];
export type NextAction = { key: NextActionKey; count: number | null; date: string | null };

export type FactMilestone = {
  id: string;
  kind: string;
  startDate: string;
  endDate: string | null;
  /** Giờ bắt đầu (HH:MM), on the conference-day milestone. */
  startTime?: string | null;
  /** Marked done by the secretary or the person responsible. */
  done: boolean;
};

/** Everything the rule looks at; gathered by the server in one statement. */
export type LifecycleFacts = {
  /** YYYY-MM-DD, Vietnam time. */
  today: string;
  /** The plan is signed (its signing time set) or the KH is issued in the register. */
  planSigned: boolean;
  milestones: readonly FactMilestone[];
  /** Units of the organizer; `submitted` = report sent and at least one nominee that counts. */
  units: { total: number; submitted: number };
  /** The latest day any unit's submission was reopened until (deadline extensions). */
  extendedUntil: string | null;
  /** Nominations waiting for the office (submitted, resubmitted) and accepted. */
  nominations: { pending: number; accepted: number };
  /** Days of the closed council meetings. */
  closedMeetingDates: readonly string[];
  ballots: { open: number; closed: number };
  honorees: number;
  delegates: { total: number; finalized: boolean };
  checkins: number;
  agendaItems: number;
  /** The logistics checklist (cancelled items left out). */
  logistics: { total: number; done: number };
  /** An award decision (QĐ) is issued in the register. */
  decisionIssued: boolean;
  /** Members of the upper-level delegation, and the plan's quota (collectives + individuals). */
  delegation: { members: number; quota: number };
};

export type ConferenceDay = { date: string; endDate: string | null; startTime: string | null };

/**
 * Ngày hội nghị: the conference-day milestone (the earliest, if there are several) — the one
 * source of the conference's date and start time for every page, document and rule.
 */
export function conferenceDayOf(
  milestones: readonly Pick<FactMilestone, 'kind' | 'startDate' | 'endDate' | 'startTime'>[],
): ConferenceDay | null {
  const day = milestones
    .filter((m) => m.kind === 'conference_day')
    .sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
  return day ? { date: day.startDate, endDate: day.endDate, startTime: day.startTime ?? null } : null;
}

const lastDay = (m: { startDate: string; endDate: string | null }) => m.endDate ?? m.startDate;

/** Has the submission deadline (with any extension still running) passed? */
function deadlinePassed(f: LifecycleFacts): boolean {
  const deadlines = f.milestones.filter((m) => m.kind === 'submission_deadline').map(lastDay);
  if (deadlines.length === 0) return false;
  const deadline = deadlines.sort().at(-1)!;
  const effective = f.extendedUntil && f.extendedUntil > deadline ? f.extendedUntil : deadline;
  return f.today > effective;
}

const allUnitsIn = (f: LifecycleFacts) => f.units.total > 0 && f.units.submitted >= f.units.total;

/**
 * Is a milestone completed by the data itself? The submission deadline: every unit has sent its
 * report and nominations. A council meeting: a meeting held on one of its days is closed. The
 * conference day: delegates were checked in. Other milestones only by marking them done.
 */
export function milestoneSatisfied(m: FactMilestone, f: LifecycleFacts): boolean {
  switch (m.kind) {
    case 'submission_deadline':
      return allUnitsIn(f);
    case 'council_meeting':
      return f.closedMeetingDates.some((d) => d >= m.startDate && d <= lastDay(m));
    case 'conference_day':
      return f.checkins > 0;
    default:
      return false;
  }
}

export type MilestoneCompletion = { satisfied: boolean; completed: boolean; state: MilestoneState };

/** Done or satisfied, and the state the timeline shows (overdue only when neither). */
export function milestoneCompletion(m: FactMilestone, f: LifecycleFacts): MilestoneCompletion {
  const satisfied = milestoneSatisfied(m, f);
  const completed = m.done || satisfied;
  return { satisfied, completed, state: milestoneState({ ...m, done: completed }, f.today) };
}

/**
 * May this milestone be marked done now? The submission deadline only once it has passed or every
 * unit has sent everything (marking it earlier would tell units it is closed while it is not).
 * Returns the refusal, in Vietnamese, or null.
 */
export function markDoneRefusal(m: FactMilestone, f: LifecycleFacts): string | null {
  if (m.kind !== 'submission_deadline' || deadlinePassed(f) || allUnitsIn(f)) return null;
  const missing = f.units.total - f.units.submitted;
  return `Chưa đóng được hạn nộp: hạn là ngày ${dmy(lastDay(m))} và còn ${missing} đơn vị chưa gửi đủ báo cáo và đề nghị`;
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export type MilestoneSummary = { total: number; completed: number; overdue: number };

export type Lifecycle = {
  stage: LifecycleStage;
  /** The step the stepper highlights (index into LIFECYCLE_STEPS). */
  currentStep: number;
  steps: { key: LifecycleStep; state: StepState }[];
  next: NextAction[];
  conferenceDay: ConferenceDay | null;
  milestones: MilestoneSummary;
};

function stepsDone(f: LifecycleFacts, day: ConferenceDay | null, open: number) {
  const submissionsClosed =
    allUnitsIn(f) ||
    deadlinePassed(f) ||
    f.milestones.some((m) => m.kind === 'submission_deadline' && m.done);
  const dayPassed = day !== null && f.today > (day.endDate ?? day.date);
  const delegationComplete = f.delegation.members >= f.delegation.quota;
  return {
    plan: f.planSigned,
    nominate: submissionsClosed && f.nominations.pending === 0 && f.nominations.accepted > 0,
    review: f.honorees > 0 && f.ballots.open === 0,
    delegates: f.delegates.finalized,
    program: f.agendaItems > 0 && f.logistics.done >= f.logistics.total,
    documents: f.decisionIssued,
    day: dayPassed,
    after: dayPassed && f.decisionIssued && delegationComplete && open === 0,
  } satisfies Record<LifecycleStep, boolean>;
}

/** The conference's stage, steps and next actions from its facts. Pure; `f.today` is the clock. */
export function deriveLifecycle(f: LifecycleFacts): Lifecycle {
  const day = conferenceDayOf(f.milestones);
  const completions = f.milestones.map((m) => ({ m, c: milestoneCompletion(m, f) }));
  const milestones = {
    total: completions.length,
    completed: completions.filter((x) => x.c.completed).length,
    overdue: completions.filter((x) => x.c.state === 'overdue').length,
  };
  const done = stepsDone(f, day, milestones.total - milestones.completed);

  let stage: LifecycleStage;
  if (day && f.today > (day.endDate ?? day.date)) stage = done.after ? 'concluded' : 'after';
  else if (day && f.today >= day.date) stage = 'day';
  else stage = PREPARATION.find((s) => !done[s]) ?? 'ready';

  const currentStep =
    stage === 'ready' ? 6 : stage === 'concluded' ? 7 : LIFECYCLE_STEPS.indexOf(stage as LifecycleStep);
  const steps = LIFECYCLE_STEPS.map((key, i) => {
    const state: StepState =
      done[key] || (stage === 'concluded' && i === 7)
        ? 'done'
        : i === currentStep
          ? 'current'
          : i < currentStep
            ? 'missed'
            : 'todo';
    return { key, state };
  });
  return {
    stage,
    currentStep,
    steps,
    next: nextActions(stage, f, day, milestones, completions),
    conferenceDay: day,
    milestones,
  };
}

const action = (key: NextActionKey, count: number | null = null, date: string | null = null): NextAction => ({
  key,
  count,
  date,
});

function nextActions(
  stage: LifecycleStage,
  f: LifecycleFacts,
  day: ConferenceDay | null,
  ms: MilestoneSummary,
  completions: { m: FactMilestone; c: MilestoneCompletion }[],
): NextAction[] {
  const out: NextAction[] = [];
  const deadline = f.milestones
    .filter((m) => m.kind === 'submission_deadline')
    .map(lastDay)
    .sort()
    .at(-1);
  const nextMeeting = completions
    .filter((x) => x.m.kind === 'council_meeting' && !x.c.completed && lastDay(x.m) >= f.today)
    .map((x) => x.m.startDate)
    .sort()[0];
  switch (stage) {
    case 'plan':
      out.push(action('sign_plan'));
      break;
    case 'nominate':
      if (!allUnitsIn(f))
        out.push(action('await_submissions', f.units.total - f.units.submitted, deadline ?? null));
      if (f.nominations.pending > 0) out.push(action('review_nominations', f.nominations.pending));
      break;
    case 'review':
      if (f.nominations.pending > 0) out.push(action('review_nominations', f.nominations.pending));
      out.push(
        f.ballots.open > 0
          ? action('close_ballots', f.ballots.open)
          : action('hold_meeting', null, nextMeeting ?? null),
      );
      break;
    case 'delegates':
      out.push(action('finalize_delegates', f.delegates.total));
      break;
    case 'program':
      if (f.agendaItems === 0) out.push(action('build_program'));
      if (f.logistics.done < f.logistics.total)
        out.push(action('finish_logistics', f.logistics.total - f.logistics.done));
      break;
    case 'documents':
      out.push(action('issue_decision'));
      break;
    case 'ready':
      out.push(action('prepare_day', null, day?.date ?? null));
      break;
    case 'day':
      out.push(action('checkin', f.delegates.total, day?.date ?? null));
      break;
    case 'after':
      if (!f.decisionIssued) out.push(action('issue_decision'));
      if (f.delegation.members < f.delegation.quota)
        out.push(action('choose_delegation', f.delegation.quota - f.delegation.members));
      if (ms.completed < ms.total) out.push(action('complete_milestones', ms.total - ms.completed));
      break;
    case 'concluded':
      break;
  }
  if (!day && stage !== 'concluded') out.push(action('set_conference_day'));
  if (stage !== 'after' && ms.overdue > 0) out.push(action('complete_milestones', ms.overdue));
  return out;
}
