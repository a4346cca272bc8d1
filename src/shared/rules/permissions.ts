import type { Role } from '../schemas/enums';

/** What an actor may do. Pure: the server enforces it, the web uses it to hide what it may not do. */
export const PERMISSIONS = [
  'org.read',
  'org.edit',
  'org.create',
  'unit.read',
  'unit.manage',
  'conference.read',
  'conference.create',
  'conference.edit',
  'audit.read',
  'user.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF_READ: Permission[] = ['org.read', 'unit.read', 'conference.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS.filter((p) => p !== 'org.create'),
  council_chair: [...STAFF_READ, 'conference.create', 'conference.edit', 'audit.read'],
  secretary: [...STAFF_READ, 'unit.manage', 'conference.create', 'conference.edit', 'audit.read'],
  council_member: STAFF_READ,
  culture_officer: STAFF_READ,
  finance_officer: STAFF_READ,
  // Trưởng đơn vị: reads its own unit only (see `can`).
  unit_head: ['org.read', 'unit.read', 'conference.read'],
  reception: ['org.read', 'conference.read'],
};

export type Membership = {
  organizationId: string;
  conferenceId: string | null;
  unitId: string | null;
  role: Role;
};

export type Actor = {
  userId: string;
  username: string;
  fullName: string;
  isSystemAdmin: boolean;
  memberships: Membership[];
};

/** The object a permission is checked against. */
export type Scope = { organizationId: string; conferenceId?: string | null; unitId?: string | null };

export function can(actor: Actor | null, permission: Permission, scope: Scope | null): boolean {
  if (!actor) return false;
  if (actor.isSystemAdmin) return true;
  if (!scope) return false;
  return actor.memberships.some((m) => {
    if (m.organizationId !== scope.organizationId) return false;
    if (m.conferenceId && scope.conferenceId !== undefined && m.conferenceId !== scope.conferenceId)
      return false;
    if (!ROLE_PERMISSIONS[m.role].includes(permission)) return false;
    // A unit head's unit permissions hold for their own unit only.
    if (m.role === 'unit_head' && permission.startsWith('unit.')) {
      return scope.unitId != null && scope.unitId === m.unitId;
    }
    return true;
  });
}

/** Roles the actor holds in an organization (and conference), for display. */
export function rolesIn(actor: Actor, organizationId: string, conferenceId?: string): Role[] {
  return [
    ...new Set(
      actor.memberships
        .filter(
          (m) =>
            m.organizationId === organizationId &&
            (!m.conferenceId || conferenceId === undefined || m.conferenceId === conferenceId),
        )
        .map((m) => m.role),
    ),
  ];
}
