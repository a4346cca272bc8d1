// Reads of notifications: who is told (recipients by unit, by role) and each user's inbox.
import { and, count, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/schemas/enums';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../../shared/schemas/notifications';
import type { Db } from '../../db/client';
import { memberships, notificationPreferences, notifications, users } from '../../db/schema/index';

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

export type NotificationRow = typeof notifications.$inferSelect;

/** A user's inbox, newest first, a page at a time, with the unread and total counts. */
export async function inbox(db: Db, userId: string, page: { limit: number; offset: number }) {
  const items = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), ne(notifications.kind, 'digest')))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(page.limit)
    .offset(page.offset);
  const [counts] = await db
    .select({
      total: count(),
      unread: count(sql`CASE WHEN ${notifications.readAt} IS NULL THEN 1 END`),
    })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), ne(notifications.kind, 'digest')));
  return { items, total: counts?.total ?? 0, unread: counts?.unread ?? 0 };
}

/** A user's address and preferences (the defaults and version 0 when they never saved them). */
export async function preferencesOf(db: Db, userId: string) {
  const [row] = await db
    .select({
      email: users.email,
      emailEnabled: notificationPreferences.emailEnabled,
      emailMode: notificationPreferences.emailMode,
      mutedKinds: notificationPreferences.mutedKinds,
      version: notificationPreferences.version,
    })
    .from(users)
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(eq(users.id, userId));
  if (!row) return null;
  return {
    email: row.email,
    emailEnabled: row.emailEnabled ?? true,
    emailMode: (row.emailMode ?? 'immediate') as 'immediate' | 'daily',
    mutedKinds: (row.mutedKinds ?? []).filter((k): k is NotificationKind =>
      (NOTIFICATION_KINDS as readonly string[]).includes(k),
    ),
    version: row.version ?? 0,
  };
}
