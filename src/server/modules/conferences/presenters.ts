import { deriveLifecycle, type Lifecycle, milestoneCompletion } from '../../../shared/rules/lifecycle';
import type { Actor } from '../../../shared/rules/permissions';
import { todayInVietnam } from '../../../shared/rules/timeline';
import type {
  ConferenceSummaryView,
  ConferenceView,
  MilestoneView,
  TodoItemView,
} from '../../../shared/schemas/conferences';
import type { MilestoneKind } from '../../../shared/schemas/enums';
import type { ConferenceRow, ConferenceSummaryRow, MilestoneRow } from './data';
import { lifecycleFacts, type StoredFacts } from './lifecycle-data';
import { conferencePermissions } from './policy';

/** A milestone with its completion: `facts` null (a conflict's current row) counts nothing as satisfied. */
export function presentMilestone(
  m: MilestoneRow,
  facts: StoredFacts | null,
  today = todayInVietnam(),
): MilestoneView {
  const c = facts
    ? milestoneCompletion(m, lifecycleFacts(facts, [m], today))
    : milestoneCompletion(m, { ...EMPTY_FACTS, today, milestones: [] });
  return {
    id: m.id,
    startDate: m.startDate,
    endDate: m.endDate,
    title: m.title,
    responsible: m.responsible,
    kind: m.kind as MilestoneKind,
    startTime: m.startTime,
    done: m.done,
    satisfied: c.satisfied,
    sortOrder: m.sortOrder,
    version: m.version,
    state: c.state,
  };
}

const EMPTY_FACTS: StoredFacts = {
  planSigned: false,
  units: { total: 0, submitted: 0 },
  extendedUntil: null,
  nominations: { pending: 0, accepted: 0 },
  closedMeetingDates: [],
  ballots: { open: 0, closed: 0 },
  honorees: 0,
  delegates: { total: 0, finalized: false },
  checkins: 0,
  agendaItems: 0,
  logistics: { total: 0, done: 0 },
  decisionIssued: false,
  delegation: { members: 0, quota: 0 },
};

/** The lifecycle part of a conference's views, and its day and start time. */
export function presentLifecycle(l: Lifecycle) {
  return {
    lifecycle: {
      stage: l.stage,
      currentStep: l.currentStep,
      steps: l.steps,
      next: l.next,
      milestones: l.milestones,
    },
    conferenceDate: l.conferenceDay?.date ?? null,
    conferenceEndDate: l.conferenceDay?.endDate ?? null,
    startTime: l.conferenceDay?.startTime ?? null,
  };
}

export function presentConference(
  c: ConferenceRow,
  organization: { name: string; parentName: string },
  milestones: MilestoneRow[],
  facts: StoredFacts,
  actor: Actor,
  today = todayInVietnam(),
): ConferenceView {
  return {
    id: c.id,
    organizationId: c.organizationId,
    organizationName: organization.name,
    parentOrganizationName: organization.parentName,
    ...presentLifecycle(deriveLifecycle(lifecycleFacts(facts, milestones, today))),
    version: c.version,
    updatedAt: c.updatedAt.toISOString(),
    plan: c.plan,
    milestones: milestones.map((m) => presentMilestone(m, facts, today)),
    today,
    permissions: conferencePermissions(actor, c),
  };
}

export function presentConferenceSummary(
  c: ConferenceSummaryRow,
  lifecycle: ReturnType<typeof presentLifecycle>,
  todo: TodoItemView[],
): ConferenceSummaryView {
  return {
    id: c.id,
    organizationId: c.organizationId,
    organizationName: c.organizationName,
    name: c.plan.name,
    periodStart: c.plan.periodStart,
    periodEnd: c.plan.periodEnd,
    conferenceDate: lifecycle.conferenceDate,
    startTime: lifecycle.startTime,
    stage: lifecycle.lifecycle.stage,
    todo,
    version: c.version,
  };
}
