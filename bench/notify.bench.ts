// notify_1000_ms: 1,000 deadline reminders ('deadline_soon', templates.ts) to 1,000 users with an
// email address, written by notify() in one transaction (inbox rows + outbox rows) and delivered
// by deliverDue to a real local SMTP server (smtp-server, in this process) — timed from the write
// to the 1,000th message received. PGlite in a temp dir; median of RUNS (fresh notifications each).
//
// Then the kill -9 check on PostgreSQL (a child process needs its own connection; skipped when the
// server does not answer): 1,000 more reminders written, the worker started in a child process
// (tsx bench/lib/notify-child.ts), killed with SIGKILL once ~43% are received, started again; on
// restart every delivery must be 'sent' and the received messages must carry exactly 1,000
// distinct Message-IDs. The total received is reported as it is: a message sent but not yet
// marked sent when the process died is sent again with the same Message-ID (at-least-once).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../src/server/db/client';
import { notificationDeliveries, users } from '../src/server/db/schema/index';
import { notify } from '../src/server/modules/notifications/mutations';
import { message } from '../src/server/modules/notifications/templates';
import { emailTransport } from '../src/server/modules/notifications/transport';
import { deliverDue } from '../src/server/modules/notifications/worker';
import { startSmtp } from '../tests/helpers/smtp';
import { onPglite, onPostgres } from './lib/app';
import { benchDir, median, round, saveResults } from './lib/results';

const COUNT = 1000;
const RUNS = 3;

async function makeUsers(db: Db): Promise<string[]> {
  const rows = await db
    .insert(users)
    .values(
      Array.from({ length: COUNT }, (_, i) => ({
        username: `bench${i}`,
        fullName: `Người nhận ${i}`,
        email: `nguoi${i}@phuong.gov.vn`,
        passwordHash: 'x',
      })),
    )
    .returning({ id: users.id });
  return rows.map((r) => r.id);
}

const reminder = (run: number) =>
  message('deadline_soon', {
    conferenceId: '00000000-0000-4000-8000-000000000001',
    conferenceName: 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2025 - 2030',
    unitId: '00000000-0000-4000-8000-000000000002',
    unitName: 'Tổ dân phố 5',
    deadline: '2026-03-23',
    daysLeft: run % 2 ? 1 : 3,
  });

const write = (db: Db, userIds: string[], run: number) =>
  db.transaction((tx) =>
    notify(tx, { ...reminder(run), organizationId: null, userIds, dedupeKey: `bench:${run}` }),
  );

async function timed() {
  const smtp = await startSmtp();
  try {
    return await onPglite('vd-bench-notify-', async ({ database }) => {
      await database.migrate();
      const db = database.db;
      const ids = await makeUsers(db);
      const transport = emailTransport({ SMTP_URL: smtp.url, MAIL_FROM: 'Vinh Danh <vd@localhost>' })!;
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        smtp.received.length = 0;
        const started = performance.now();
        const written = await write(db, ids, run);
        const writeMs = performance.now() - started;
        const out = await deliverDue(db, transport, { batchSize: 200, concurrency: 8 });
        await smtp.waitFor(COUNT);
        const ms = performance.now() - started;
        const distinct = new Set(smtp.received.map((m) => m.messageId)).size;
        if (written !== COUNT || out.sent !== COUNT || distinct !== COUNT)
          throw new Error(`run ${run + 1}: written ${written}, sent ${out.sent}, distinct ${distinct}`);
        times.push(ms);
        console.log(
          `lần ${run + 1}: ${round(ms)} ms (ghi ${round(writeMs)} ms; ${COUNT} thông báo, ${smtp.received.length} email nhận)`,
        );
      }
      transport.close?.();
      return median(times);
    });
  } finally {
    await smtp.close();
  }
}

async function killCheck(): Promise<string> {
  const smtp = await startSmtp();
  try {
    const result = await onPostgres(
      'vd-bench-notify-kill-',
      async ({ database }) => {
        await database.migrate();
        const db = database.db;
        const ids = await makeUsers(db);
        await write(db, ids, 100);
        const url = (database as { pool?: { options: { connectionString?: string } } }).pool?.options
          .connectionString;
        if (!url) throw new Error('no database url for the child');
        const child = (stale?: string) =>
          spawn(
            process.execPath,
            [
              '--import',
              'tsx',
              join(benchDir, 'lib/notify-child.ts'),
              url,
              String(smtp.port),
              ...(stale ? [stale] : []),
            ],
            {
              stdio: ['ignore', 'pipe', 'inherit'],
            },
          );
        const first = child();
        while (smtp.received.length < COUNT * 0.43) await new Promise((r) => setTimeout(r, 5));
        first.kill('SIGKILL');
        await new Promise((r) => first.on('exit', r));
        const atKill = smtp.received.length;
        const sendingAtKill = (
          await db
            .select({ n: count() })
            .from(notificationDeliveries)
            .where(eq(notificationDeliveries.status, 'sending'))
        )[0]!.n;
        const second = child('0');
        let out = '';
        second.stdout!.on('data', (c) => (out += c));
        const code = await new Promise((r) => second.on('exit', r));
        if (code !== 0) throw new Error(`restart exited ${code}`);
        await new Promise((r) => setTimeout(r, 300));
        const states = await db
          .select({ status: notificationDeliveries.status, n: count() })
          .from(notificationDeliveries)
          .where(inArray(notificationDeliveries.userId, ids))
          .groupBy(notificationDeliveries.status);
        const sent = states.find((s) => s.status === 'sent')?.n ?? 0;
        const distinct = new Set(smtp.received.map((m) => m.messageId)).size;
        const total = smtp.received.length;
        console.log(
          `kill -9 khi đã nhận ${atKill} (${sendingAtKill} đang gửi); sau khởi động lại: ${JSON.stringify(states)}, nhận ${total} email, ${distinct} Message-ID khác nhau, ${total - distinct} gửi lại (${out.trim()})`,
        );
        if (sent !== COUNT || distinct !== COUNT) throw new Error(`lost: sent ${sent}, distinct ${distinct}`);
        return `kill -9 at ${atKill}/${COUNT} received: after restart ${sent} sent, ${distinct} distinct Message-IDs (none lost), ${total} received (${total - distinct} resent with the same Message-ID)`;
      },
      4,
    );
    return result ?? 'kill -9 check skipped (PostgreSQL not answering)';
  } finally {
    await smtp.close();
  }
}

async function main() {
  const ms = await timed();
  const kill = await killCheck();
  saveResults({
    notify_1000_ms: {
      value: round(ms),
      unit: 'ms',
      goal: 10_000,
      better: 'lower',
      engine: 'pglite',
      note: `1,000 deadline reminders to 1,000 users: notify() in one transaction + deliverDue to a local smtp-server, until the 1,000th message is received; median of ${RUNS}. ${kill}`,
    },
  });
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
