// npm run restore -- <archive> [--data-dir <dir> | --database-url <url>] [--force]: restores a backup
// into an empty target and checks it against the archive's manifest.
// The work is in src/server/backup/ (run here with tsx); see README "Sao lưu và khôi phục".
import { join } from 'node:path';
import { root, run } from './lib/project.mjs';

process.exit(
  await run(
    join(root, 'node_modules/.bin/tsx'),
    [join(root, 'src/server/backup/cli.ts'), 'restore', ...process.argv.slice(2)],
    { cwd: process.cwd() },
  ),
);
