// A real SMTP server for tests (the `smtp-server` package on a random local port): every message
// it accepts is parsed (mailparser) and kept; `refuse` makes it answer 550 to each message.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string; subject: string; text: string; messageId: string };

export type TestSmtp = {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Answers 550 to every message from now on (false: accepts again). */
  refuse: (on: boolean) => void;
  /** Resolves when `n` messages have been received (rejects after `ms`). */
  waitFor: (n: number, ms?: number) => Promise<ReceivedMail[]>;
  close: () => Promise<void>;
};

export async function startSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refusing) {
          const err = Object.assign(new Error('Hộp thư từ chối nhận (thử nghiệm)'), { responseCode: 550 });
          return callback(err);
        }
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
            received.push({
              to: to?.value[0]?.address ?? '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              messageId: mail.messageId ?? '',
            });
            callback();
          })
          .catch((err: Error) => callback(err));
      });
    },
  });
  // a client killed mid-message (the bench's kill -9) resets its connection: not the server's end
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    refuse: (on) => {
      refusing = on;
    },
    waitFor: async (n, ms = 10_000) => {
      const until = Date.now() + ms;
      while (received.length < n) {
        if (Date.now() > until) throw new Error(`SMTP: ${received.length} of ${n} messages after ${ms} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A local port nothing listens on (for "the mail server is down"). */
export async function closedPort(): Promise<number> {
  const s = new SMTPServer({ logger: false });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
