import type { Actor } from '../../../shared/rules/permissions';
import { milestoneState, todayInVietnam } from '../../../shared/rules/timeline';
import type {
  ConferenceSummaryView,
  ConferenceView,
  MilestoneView,
} from '../../../shared/schemas/conferences';
import type { ConferenceStatus, MilestoneKind } from '../../../shared/schemas/enums';
import type { ConferenceRow, ConferenceSummaryRow, MilestoneRow } from './data';
import { conferencePermissions } from './policy';

export function presentMilestone(m: MilestoneRow, today = todayInVietnam()): MilestoneView {
  return {
    id: m.id,
    startDate: m.startDate,
    endDate: m.endDate,
    title: m.title,
    responsible: m.responsible,
    kind: m.kind as MilestoneKind,
    done: m.done,
    sortOrder: m.sortOrder,
    version: m.version,
    state: milestoneState(m, today),
  };
}

export function presentConference(
  c: ConferenceRow,
  organization: { name: string; parentName: string },
  milestones: MilestoneRow[],
  actor: Actor,
  today = todayInVietnam(),
): ConferenceView {
  return {
    id: c.id,
    organizationId: c.organizationId,
    organizationName: organization.name,
    parentOrganizationName: organization.parentName,
    status: c.status as ConferenceStatus,
    version: c.version,
    updatedAt: c.updatedAt.toISOString(),
    plan: c.plan,
    milestones: milestones.map((m) => presentMilestone(m, today)),
    today,
    permissions: conferencePermissions(actor, c),
  };
}

export const presentConferenceSummary = (c: ConferenceSummaryRow): ConferenceSummaryView => ({
  id: c.id,
  organizationId: c.organizationId,
  organizationName: c.organizationName,
  name: c.plan.name,
  periodStart: c.plan.periodStart,
  periodEnd: c.plan.periodEnd,
  plannedDate: c.plan.plannedDate,
  status: c.status as ConferenceStatus,
  version: c.version,
});
