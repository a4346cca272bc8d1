import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Role } from '../../../shared/schemas/enums';
import type { Db } from '../../db/client';
import { firstRow } from '../../db/rows';
import { memberships, units, users } from '../../db/schema/index';

/** Users holding a role in the organization, with their roles there. */
export async function listOrganizationUsers(db: Db, organizationId: string) {
  const grants = await db
    .select({
      userId: memberships.userId,
      role: memberships.role,
      unitId: memberships.unitId,
      unitName: units.name,
      conferenceId: memberships.conferenceId,
    })
    .from(memberships)
    .leftJoin(units, eq(units.id, memberships.unitId))
    .where(eq(memberships.organizationId, organizationId));
  const ids = [...new Set(grants.map((g) => g.userId))];
  if (ids.length === 0) return [];
  const rows = await db.select().from(users).where(inArray(users.id, ids)).orderBy(asc(users.username));
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    isActive: u.isActive,
    version: u.version,
    roles: grants
      .filter((g) => g.userId === u.id)
      .map((g) => ({
        role: g.role as Role,
        unitId: g.unitId,
        unitName: g.unitName,
        conferenceId: g.conferenceId,
      })),
  }));
}

export type OrganizationUserRow = Awaited<ReturnType<typeof listOrganizationUsers>>[number];

/** One user of the organization with their roles there, or null. */
export async function findOrganizationUser(db: Db, organizationId: string, userId: string) {
  return (await listOrganizationUsers(db, organizationId)).find((u) => u.id === userId) ?? null;
}

export async function getUserInOrganization(db: Db, organizationId: string, userId: string) {
  const [m] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)))
    .limit(1);
  if (!m) return null;
  return firstRow(db, users, eq(users.id, userId));
}

/** Ids of the organization's units among `ids`. */
export async function unitIdsInOrganization(
  db: Db,
  organizationId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.organizationId, organizationId), inArray(units.id, ids)));
  return new Set(rows.map((r) => r.id));
}
