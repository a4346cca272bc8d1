// The delivery worker alone in a child process (bench/notify.bench.ts kills it with SIGKILL in the
// middle, then starts it again): delivers every due email of the PostgreSQL database argv[2]
// through smtp://127.0.0.1:argv[3], then exits. argv[4] = staleAfterMs ('0' on restart: the
// killed process is known dead, so its 'sending' rows go back at once).
import { openPostgres } from '../../src/server/db/client';
import { emailTransport } from '../../src/server/modules/notifications/transport';
import { deliverDue } from '../../src/server/modules/notifications/worker';

const [url, port, stale] = process.argv.slice(2);
const database = await openPostgres(url!, 4);
const transport = emailTransport({
  SMTP_URL: `smtp://127.0.0.1:${port}`,
  MAIL_FROM: 'Vinh Danh <vd@localhost>',
})!;
const run = await deliverDue(database.db, transport, {
  batchSize: 50,
  concurrency: 4,
  staleAfterMs: stale ? Number(stale) : undefined,
  origin: 'https://vinhdanh.example.vn',
});
console.log(JSON.stringify(run));
transport.close?.();
await database.close();
