// The outbox's state changes: claim due deliveries (pending → sending, FOR UPDATE SKIP LOCKED so two
// workers never take the same row), record the outcome (sent | pending again after a backoff |
// failed with the reason), put back rows whose claimer died, and write each daily digest.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import { nextAttemptAt, SENDING_TIMEOUT_MS } from '../../../shared/rules/delivery-backoff';
import type { Db } from '../../db/client';
import { notificationDeliveries, notificationPreferences, notifications, users } from '../../db/schema/index';
import { message } from './templates';

/** A delivery not sent within two days is given up (e.g. written before SMTP_URL was set). */
export const EXPIRES_AFTER_MS = 2 * 86_400_000;
const EXPIRED_REASON = 'Quá 2 ngày chưa gửi được (máy chủ thư chưa được cấu hình hoặc không nhận thư)';

export type ClaimedDelivery = {
  id: string;
  recipient: string;
  subject: string;
  text: string;
  messageId: string;
  attempts: number;
  /** The page the notification points to ('' for a digest). */
  link: string;
};

/**
 * Takes up to `limit` due deliveries of `channel`: first puts back those left 'sending' longer
 * than `staleAfterMs` (their process was killed), then marks the due ones 'sending' (attempt + 1).
 */
export async function claimDue(
  db: Db,
  opts: { channel: string; now: Date; limit: number; staleAfterMs?: number },
): Promise<ClaimedDelivery[]> {
  const staleBefore = new Date(opts.now.getTime() - (opts.staleAfterMs ?? SENDING_TIMEOUT_MS));
  return db.transaction(async (tx) => {
    // written while no mail server was configured, or never sendable: too old to be news
    await tx
      .update(notificationDeliveries)
      .set({ status: 'failed', lastError: EXPIRED_REASON })
      .where(
        and(
          eq(notificationDeliveries.status, 'pending'),
          eq(notificationDeliveries.transport, opts.channel),
          lt(notificationDeliveries.createdAt, new Date(opts.now.getTime() - EXPIRES_AFTER_MS)),
        ),
      );
    await tx
      .update(notificationDeliveries)
      .set({ status: 'pending', nextAttemptAt: opts.now })
      .where(
        and(
          eq(notificationDeliveries.status, 'sending'),
          eq(notificationDeliveries.transport, opts.channel),
          lte(notificationDeliveries.claimedAt, staleBefore),
        ),
      );
    const due = tx
      .select({ id: notificationDeliveries.id })
      .from(notificationDeliveries)
      .where(
        and(
          eq(notificationDeliveries.status, 'pending'),
          eq(notificationDeliveries.transport, opts.channel),
          lte(notificationDeliveries.nextAttemptAt, opts.now),
        ),
      )
      .orderBy(asc(notificationDeliveries.nextAttemptAt))
      .limit(opts.limit)
      .for('update', { skipLocked: true });
    const claimed = await tx
      .update(notificationDeliveries)
      .set({
        status: 'sending',
        claimedAt: opts.now,
        attempts: sql`${notificationDeliveries.attempts} + 1`,
      })
      .where(inArray(notificationDeliveries.id, due))
      .returning({
        id: notificationDeliveries.id,
        notificationId: notificationDeliveries.notificationId,
        recipient: notificationDeliveries.recipient,
        subject: notificationDeliveries.subject,
        text: notificationDeliveries.text,
        messageId: notificationDeliveries.messageId,
        attempts: notificationDeliveries.attempts,
      });
    const ids = claimed.flatMap((c) => (c.notificationId ? [c.notificationId] : []));
    const links = new Map(
      ids.length === 0
        ? []
        : (
            await tx
              .select({ id: notifications.id, link: notifications.link })
              .from(notifications)
              .where(inArray(notifications.id, ids))
          ).map((n) => [n.id, n.link]),
    );
    return claimed.map(({ notificationId, ...c }) => ({
      ...c,
      link: notificationId ? (links.get(notificationId) ?? '') : '',
    }));
  });
}

/** The deliveries the transport accepted. */
export async function markSent(db: Db, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(notificationDeliveries)
    .set({ status: 'sent', sentAt: now, lastError: null })
    .where(and(inArray(notificationDeliveries.id, [...ids]), eq(notificationDeliveries.status, 'sending')));
}

/** A failed attempt: tried again after the backoff, or failed for good after the last attempt. */
export async function markFailed(
  db: Db,
  delivery: { id: string; attempts: number },
  reason: string,
  now: Date,
): Promise<'retry' | 'failed'> {
  const next = nextAttemptAt(delivery.attempts, now);
  await db
    .update(notificationDeliveries)
    .set(
      next
        ? { status: 'pending', nextAttemptAt: next, lastError: reason.slice(0, 1000) }
        : { status: 'failed', lastError: reason.slice(0, 1000) },
    )
    .where(and(eq(notificationDeliveries.id, delivery.id), eq(notificationDeliveries.status, 'sending')));
  return next ? 'retry' : 'failed';
}

/** The digest leaves from this hour (Vietnam time) on, once a day. */
export const DIGEST_HOUR = 7;

/** Midnight of `now`'s day in Vietnam (UTC+7, no daylight saving). */
export function vietnamDayStart(now: Date): Date {
  const offset = 7 * 3_600_000;
  return new Date(Math.floor((now.getTime() + offset) / 86_400_000) * 86_400_000 - offset);
}

/**
 * Bản tổng hợp hằng ngày (from DIGEST_HOUR): for each user who takes email once a day and has not had today's digest,
 * one email with their unread notifications not yet digested (muted kinds left out), which are
 * then marked digested. The preferences row is locked, so two instances never write two digests.
 * Returns how many digests were written.
 */
export async function writeDailyDigests(db: Db, now: Date): Promise<number> {
  if (now.getTime() - vietnamDayStart(now).getTime() < DIGEST_HOUR * 3_600_000) return 0;
  const candidates = await db
    .select({ userId: notificationPreferences.userId })
    .from(notificationPreferences)
    .innerJoin(users, eq(users.id, notificationPreferences.userId))
    .where(
      and(
        eq(notificationPreferences.emailMode, 'daily'),
        eq(notificationPreferences.emailEnabled, true),
        isNotNull(users.email),
        eq(users.isActive, true),
      ),
    );
  const dayStart = vietnamDayStart(now);
  let written = 0;
  for (const { userId } of candidates) {
    const done = await db.transaction(async (tx) => {
      const [prefs] = await tx
        .select({ muted: notificationPreferences.mutedKinds, mode: notificationPreferences.emailMode })
        .from(notificationPreferences)
        .where(eq(notificationPreferences.userId, userId))
        .for('update');
      if (prefs?.mode !== 'daily') return false;
      const [already] = await tx
        .select({ id: notificationDeliveries.id })
        .from(notificationDeliveries)
        .where(
          and(
            eq(notificationDeliveries.userId, userId),
            isNull(notificationDeliveries.notificationId),
            gte(notificationDeliveries.createdAt, dayStart),
          ),
        )
        .limit(1);
      if (already) return false;
      const items = (
        await tx
          .select({ id: notifications.id, kind: notifications.kind, title: notifications.title })
          .from(notifications)
          .where(
            and(
              eq(notifications.userId, userId),
              isNull(notifications.readAt),
              isNull(notifications.digestedAt),
              lt(notifications.createdAt, now),
            ),
          )
          .orderBy(asc(notifications.createdAt))
      ).filter((n) => n.kind !== 'digest' && !prefs.muted.includes(n.kind));
      if (items.length === 0) return false;
      const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
      if (!user?.email) return false;
      const digest = message('digest', { count: items.length, lines: items.map((n) => `• ${n.title}`) });
      await tx.insert(notificationDeliveries).values({
        notificationId: null,
        userId,
        transport: 'email',
        recipient: user.email,
        subject: digest.title,
        text: digest.body,
        messageId: `<${randomUUID()}@vinhdanh>`,
        createdAt: now,
      });
      await tx
        .update(notifications)
        .set({ digestedAt: now })
        .where(
          inArray(
            notifications.id,
            items.map((n) => n.id),
          ),
        );
      return true;
    });
    if (done) written++;
  }
  return written;
}
