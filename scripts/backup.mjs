// npm run backup [-- --out <dir>]: one archive with the database, the stored files and the secrets.
// The work is in src/server/backup/ (run here with tsx); see README "Sao lưu và khôi phục".
import { join } from 'node:path';
import { root, run } from './lib/project.mjs';

process.exit(
  await run(
    join(root, 'node_modules/.bin/tsx'),
    [join(root, 'src/server/backup/cli.ts'), 'backup', ...process.argv.slice(2)],
    { cwd: process.cwd() },
  ),
);
