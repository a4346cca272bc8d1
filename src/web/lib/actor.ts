import { type Actor, can, type Permission, ROLE_PERMISSIONS } from '../../shared/rules/permissions';
import type { Me } from './types';

export function actorFromMe(me: Me): Actor {
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

/** The same check the server makes, to hide what the user may not do. */
export function canIn(me: Me, permission: Permission, organizationId: string): boolean {
  return can(actorFromMe(me), permission, { organizationId });
}

/** True when one of the user's roles in the organization carries the permission at all
 * (a unit head "reads units" — their own one). */
export function hasRolePermission(me: Me, permission: Permission, organizationId: string): boolean {
  if (me.isSystemAdmin) return true;
  return me.memberships.some(
    (m) => m.organizationId === organizationId && ROLE_PERMISSIONS[m.role].includes(permission),
  );
}
