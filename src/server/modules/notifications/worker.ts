// The delivery worker: after the actions committed, it claims due outbox rows, sends them through
// the transport and records each outcome. A failure is recorded on the delivery (retried with
// backoff, then failed with the reason); it never reaches the action that caused it.
import type { Db } from '../../db/client';
import { claimDue, markFailed, markSent, writeDailyDigests } from './delivery-mutations';
import { sendReminders } from './reminder-mutations';
import { emailText } from './templates';
import type { NotificationTransport } from './transport';

export type DeliveryRun = { sent: number; retried: number; failed: number };

/** Sends every due delivery of the transport's channel (batch by batch) and returns the outcomes. */
export async function deliverDue(
  db: Db,
  transport: NotificationTransport,
  opts: {
    now?: () => Date;
    /** PUBLIC_URL or the listen origin: the emails' links are absolute with it. */
    origin?: string | null;
    batchSize?: number;
    /** How many sends are in flight at once. */
    concurrency?: number;
    /** See claimDue: a 'sending' row older than this is put back (default 2 minutes). */
    staleAfterMs?: number;
  } = {},
): Promise<DeliveryRun> {
  const now = opts.now ?? (() => new Date());
  const run: DeliveryRun = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const batch = await claimDue(db, {
      channel: transport.channel,
      now: now(),
      limit: opts.batchSize ?? 100,
      staleAfterMs: opts.staleAfterMs,
    });
    if (batch.length === 0) return run;
    const queue = [...batch];
    const lane = async () => {
      for (let d = queue.shift(); d; d = queue.shift()) {
        try {
          await transport.send({
            to: d.recipient,
            subject: d.subject,
            text: emailText(d.text, d.link || '/notifications', opts.origin),
            messageId: d.messageId,
          });
        } catch (err) {
          const outcome = await markFailed(db, d, describeSendError(err), now());
          run[outcome === 'retry' ? 'retried' : 'failed']++;
          continue;
        }
        // marked at once, not with the batch: a crash can then send again (same Message-ID) only
        // the messages in flight — at most `concurrency` — never a whole batch already delivered
        await markSent(db, [d.id], now());
        run.sent++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 4, batch.length) }, lane));
  }
}

/** The reason stored on the delivery: the SMTP answer or the connection error, one line. */
export function describeSendError(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; response?: string; message?: string };
  const parts = [e.code, e.responseCode, e.response ?? e.message].filter((p) => p !== undefined && p !== '');
  return parts.join(' ').replace(/\s+/g, ' ').trim() || 'Lỗi gửi không rõ';
}

export type NotificationJobs = { stop: () => Promise<void>; tick: () => Promise<void> };

/**
 * The app's periodic jobs (started when the server listens): reminders every `reminderEveryMs`
 * (the inbox gets them with or without SMTP), and with a transport the daily digests and the
 * delivery of due outbox rows every `deliverEveryMs`. Each run is idempotent; errors are logged.
 */
export function startNotificationJobs(opts: {
  db: Db;
  transport: NotificationTransport | null;
  origin: () => string | null;
  log: { error: (obj: object, msg: string) => void };
  deliverEveryMs?: number;
  reminderEveryMs?: number;
}): NotificationJobs {
  let running: Promise<void> | null = null;
  let lastReminders = 0;
  const tick = () => {
    running ??= (async () => {
      try {
        const now = new Date();
        if (now.getTime() - lastReminders >= (opts.reminderEveryMs ?? 10 * 60_000)) {
          lastReminders = now.getTime();
          await sendReminders(opts.db, now);
        }
        if (opts.transport) {
          await writeDailyDigests(opts.db, now);
          await deliverDue(opts.db, opts.transport, { origin: opts.origin() });
        }
      } catch (err) {
        opts.log.error({ err: (err as Error).message }, 'notification jobs failed');
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void tick(), opts.deliverEveryMs ?? 5_000);
  timer.unref();
  void tick();
  return {
    tick,
    stop: async () => {
      clearInterval(timer);
      await running;
      opts.transport?.close?.();
    },
  };
}
