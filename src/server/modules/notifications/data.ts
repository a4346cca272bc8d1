// Reads of notifications: who is told (recipients by unit, by role) and each user's inbox.
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Role } from '../../../shared/schemas/enums';
import type { Db } from '../../db/client';
import { memberships, notificationPreferences, users } from '../../db/schema/index';

/** The active users who head a unit (trưởng đơn vị): they are told what happens to its files. */
export async function unitHeadIds(db: Db, unitId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.unitId, unitId), eq(memberships.role, 'unit_head'), eq(users.isActive, true)));
  return rows.map((r) => r.id);
}

/** The active users holding one of `roles` in an organization (and, when given, for that conference or all). */
export async function userIdsWithRoles(
  db: Db,
  organizationId: string,
  roles: readonly Role[],
  conferenceId?: string,
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, organizationId),
        inArray(memberships.role, [...roles]),
        eq(users.isActive, true),
        conferenceId
          ? or(isNull(memberships.conferenceId), eq(memberships.conferenceId, conferenceId))
          : undefined,
      ),
    );
  return rows.map((r) => r.id);
}

/** Each recipient's address and email preferences (defaults where the user has no row). */
export async function emailSettings(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({
      userId: users.id,
      email: users.email,
      emailEnabled: notificationPreferences.emailEnabled,
      emailMode: notificationPreferences.emailMode,
      mutedKinds: notificationPreferences.mutedKinds,
    })
    .from(users)
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(inArray(users.id, [...userIds]));
}
