import { type Actor, can, type Permission, ROLE_PERMISSIONS } from '../../shared/rules/permissions';
import type { MeView } from '../../shared/schemas/auth';
import type { ConferenceView } from '../../shared/schemas/conferences';

export function actorFromMe(me: MeView): Actor {
  return {
    userId: me.id,
    username: me.username,
    fullName: me.fullName,
    isSystemAdmin: me.isSystemAdmin,
    memberships: me.memberships.map((m) => ({
      organizationId: m.organizationId,
      conferenceId: m.conferenceId,
      unitId: m.unitId,
      role: m.role,
    })),
  };
}

/** The user's permission check on one conference, the same the server makes: `has('task.manage')`. */
export function conferenceCan(
  me: MeView,
  conf: Pick<ConferenceView, 'id' | 'organizationId'>,
): (permission: Permission) => boolean {
  const actor = actorFromMe(me);
  const scope = { organizationId: conf.organizationId, conferenceId: conf.id };
  return (permission) => can(actor, permission, scope);
}

/** The same check the server makes, to hide what the user may not do. */
export function canIn(me: MeView, permission: Permission, organizationId: string): boolean {
  return can(actorFromMe(me), permission, { organizationId });
}

/** True when one of the user's roles in the organization carries the permission at all
 * (a unit head "reads units" — their own one). */
export function hasRolePermission(me: MeView, permission: Permission, organizationId: string): boolean {
  if (me.isSystemAdmin) return true;
  return me.memberships.some(
    (m) => m.organizationId === organizationId && ROLE_PERMISSIONS[m.role].includes(permission),
  );
}
