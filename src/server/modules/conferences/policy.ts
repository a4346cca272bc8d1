import { type Actor, can } from '../../../shared/rules/permissions';
import { milestoneState, todayInVietnam } from '../../../shared/rules/timeline';
import type { ConferenceRow, MilestoneRow } from './data';

export const conferenceScope = (c: { id: string; organizationId: string }) => ({
  organizationId: c.organizationId,
  conferenceId: c.id,
});

export function presentMilestone(m: MilestoneRow, today = todayInVietnam()) {
  return {
    id: m.id,
    startDate: m.startDate,
    endDate: m.endDate,
    title: m.title,
    responsible: m.responsible,
    kind: m.kind,
    done: m.done,
    sortOrder: m.sortOrder,
    version: m.version,
    state: milestoneState(m, today),
  };
}

/** What the actor may do with the conference — the only actor-dependent part of the overview. */
export function conferencePermissions(actor: Actor, c: { id: string; organizationId: string }) {
  const edit = can(actor, 'conference.edit', conferenceScope(c));
  return {
    canEdit: edit,
    canEditMilestones: edit,
    canReadAudit: can(actor, 'audit.read', conferenceScope(c)),
  };
}

export function presentConference(
  c: ConferenceRow,
  organization: { name: string; parentName: string },
  milestones: MilestoneRow[],
  actor: Actor,
  today = todayInVietnam(),
) {
  return {
    id: c.id,
    organizationId: c.organizationId,
    organizationName: organization.name,
    parentOrganizationName: organization.parentName,
    status: c.status,
    version: c.version,
    updatedAt: c.updatedAt.toISOString(),
    plan: c.plan,
    milestones: milestones.map((m) => presentMilestone(m, today)),
    today,
    permissions: conferencePermissions(actor, c),
  };
}
