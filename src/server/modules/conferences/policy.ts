// Who may do what with a conference: its permission scope and the flags the overview carries.
import { type Actor, can } from '../../../shared/rules/permissions';

export const conferenceScope = (c: { id: string; organizationId: string }) => ({
  organizationId: c.organizationId,
  conferenceId: c.id,
});

/** What the actor may do with the conference — the only actor-dependent part of the overview. */
export function conferencePermissions(actor: Actor, c: { id: string; organizationId: string }) {
  const edit = can(actor, 'conference.edit', conferenceScope(c));
  return {
    canEdit: edit,
    canEditMilestones: edit,
    canReadAudit: can(actor, 'audit.read', conferenceScope(c)),
  };
}
