// The one write path of a notification: `notify(tx, …)` inside the transaction of the action that
// causes it. It writes the inbox lines and, for users who take email now, the outbox rows — so a
// notification exists exactly when its action committed, and sending (after commit, by the
// delivery worker) can fail or be retried without touching the action.
import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { NotificationKind, NotificationPreferencesInput } from '../../../shared/schemas/notifications';
import type { Db } from '../../db/client';
import { notificationDeliveries, notificationPreferences, notifications, users } from '../../db/schema/index';
import { conflict } from '../../errors';
import { emailSettings, preferencesOf } from './data';

export type NotifyInput = {
  kind: NotificationKind;
  organizationId: string | null;
  /** Duplicates are ignored; an empty list writes nothing. */
  userIds: readonly string[];
  /** Vietnamese, from templates.ts. */
  title: string;
  body: string;
  /** The app page to open ("/conferences/…"). */
  link: string;
  /** Once per user: a second notify with the same key for the same user writes nothing. */
  dedupeKey?: string;
};

/** Writes the notification for each user (and its email delivery when due); returns how many were new. */
export async function notify(tx: Db, input: NotifyInput): Promise<number> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return 0;
  const inserted = await tx
    .insert(notifications)
    .values(
      userIds.map((userId) => ({
        organizationId: input.organizationId,
        userId,
        kind: input.kind,
        title: input.title,
        body: input.body,
        link: input.link,
        dedupeKey: input.dedupeKey ?? null,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: notifications.id, userId: notifications.userId });
  if (inserted.length === 0) return 0;
  const settings = new Map(
    (
      await emailSettings(
        tx,
        inserted.map((n) => n.userId),
      )
    ).map((s) => [s.userId, s]),
  );
  const deliveries = inserted.flatMap((n) => {
    const s = settings.get(n.userId);
    if (!s?.email) return [];
    if (s.emailEnabled === false || s.emailMode === 'daily') return [];
    if (s.mutedKinds?.includes(input.kind)) return [];
    return [
      {
        notificationId: n.id,
        userId: n.userId,
        transport: 'email',
        recipient: s.email,
        subject: input.title,
        text: input.body,
        messageId: `<${randomUUID()}@vinhdanh>`,
      },
    ];
  });
  if (deliveries.length > 0) await tx.insert(notificationDeliveries).values(deliveries);
  return inserted.length;
}

/** Marks one of the user's notifications read (another user's is not found). */
export async function markRead(db: Db, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

/** Marks all of the user's notifications read; returns how many were unread. */
export async function markAllRead(db: Db, userId: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/**
 * Saves the user's address (users.email) and preferences. `version` is what the user saw: 0 when
 * they had never saved (the row is created), else the row's version; a stale one → 409.
 */
export async function savePreferences(db: Db, userId: string, input: NotificationPreferencesInput) {
  await db.transaction(async (tx) => {
    const values = {
      emailEnabled: input.emailEnabled,
      emailMode: input.emailMode,
      mutedKinds: [...new Set(input.mutedKinds)],
    };
    const saved =
      input.version === 0
        ? await tx
            .insert(notificationPreferences)
            .values({ userId, ...values })
            .onConflictDoNothing()
            .returning({ v: notificationPreferences.version })
        : await tx
            .update(notificationPreferences)
            .set({ ...values, version: sql`${notificationPreferences.version} + 1`, updatedAt: sql`now()` })
            .where(
              and(
                eq(notificationPreferences.userId, userId),
                eq(notificationPreferences.version, input.version),
              ),
            )
            .returning({ v: notificationPreferences.version });
    if (saved.length === 0) throw conflict(await preferencesOf(tx, userId));
    await tx
      .update(users)
      .set({ email: input.email ? input.email.toLowerCase() : null })
      .where(eq(users.id, userId));
  });
}
