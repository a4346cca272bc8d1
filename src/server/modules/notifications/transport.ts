// How a delivery leaves the server. Email through SMTP (nodemailer) today; Zalo OA or SMS later is
// another NotificationTransport with its channel name (the outbox rows carry it in `transport`).
import nodemailer from 'nodemailer';
import type { Env } from '../../env';

export type OutgoingMessage = {
  /** An email address (or, for another channel, that channel's recipient id). */
  to: string;
  subject: string;
  text: string;
  /** Fixed when the delivery was written: a resend after a crash is recognisably the same message. */
  messageId: string;
};

export interface NotificationTransport {
  channel: 'email' | 'zalo' | 'sms';
  send(message: OutgoingMessage): Promise<{ id?: string }>;
  close?(): void;
}

/** Email through the SMTP server of SMTP_URL, from MAIL_FROM; null when SMTP_URL is not set. */
export function emailTransport(
  env: Pick<Env, 'SMTP_URL' | 'MAIL_FROM'>,
  opts: { timeoutMs?: number } = {},
): NotificationTransport | null {
  if (!env.SMTP_URL) return null;
  const url = new URL(env.SMTP_URL);
  const timeout = opts.timeoutMs ?? 20_000;
  const mailer = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 25,
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    // a local relay without a certificate for its name still takes mail (STARTTLS when offered)
    tls: { rejectUnauthorized: false },
    pool: true,
    maxConnections: 8,
    maxMessages: Number.POSITIVE_INFINITY,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    channel: 'email',
    async send(m) {
      const info = await mailer.sendMail({
        from: env.MAIL_FROM,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId: m.messageId,
      });
      return { id: info.messageId };
    },
    close: () => mailer.close(),
  };
}
