// npm start: install what is missing, build what is stale, then run the server.
// Only node built-ins at the top: node_modules may not exist yet.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuild, ensureDeps, root } from './lib/project.mjs';
import { SERVER_NODE_FLAGS } from './lib/server-flags.mjs';

function fail(message, code = 1) {
  console.error(`Vinh Danh không khởi động được: ${message}`);
  process.exit(code);
}

const depsCode = await ensureDeps();
if (depsCode !== 0) fail(`cài thư viện thất bại (npm exit ${depsCode}) / dependency install failed`);

const buildCode = await ensureBuild();
if (buildCode !== 0) fail(`build thất bại (exit ${buildCode}) / build failed`);

// The environment (PORT, HOST, DATA_DIR, DATABASE_URL, …) passes through unchanged.
const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, join(root, 'dist/server/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});

const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
for (const signal of forwarded) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.on('error', (err) => fail(err.message));
child.on('exit', (code, signal) => {
  if (signal) {
    // Die the same way so the caller sees the real cause.
    for (const s of forwarded) process.removeAllListeners(s);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
