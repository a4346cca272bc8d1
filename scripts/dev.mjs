// npm run dev: the API in watch mode (tsx watch, port API_PORT=3001) and the Vite dev server
// (port PORT=3000) which proxies /api to the API. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureDeps, root } from './lib/project.mjs';

const depsCode = await ensureDeps();
if (depsCode !== 0) {
  console.error(`npm run dev: cài thư viện thất bại (npm exit ${depsCode}) / dependency install failed`);
  process.exit(1);
}

const webPort = process.env.PORT || '3000';
const apiPort = process.env.API_PORT || '3001';
const host = process.env.HOST || '127.0.0.1';
const bin = (name) => join(root, 'node_modules/.bin', name);

const children = [];
let stopping = false;

function start(name, cmd, args, env) {
  // Own process group, so the watcher's own children go down with it.
  const child = spawn(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    detached: true,
  });
  child.on('error', (err) => {
    console.error(`[dev] ${name}: ${err.message}`);
    stop(1);
  });
  child.on('exit', (code, signal) => {
    child.exited = true;
    if (!stopping) {
      console.error(`[dev] ${name} đã dừng (exit ${code ?? signal}) — dừng tất cả / stopped, stopping all`);
      stop(code || 1);
    } else if (children.every((c) => c.exited)) {
      process.exit(exitCode);
    }
  });
  children.push(child);
  return child;
}

function killGroup(child, signal) {
  if (child.exited || !child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

let exitCode = 0;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  exitCode = code;
  for (const c of children) killGroup(c, 'SIGTERM');
  if (children.every((c) => c.exited)) process.exit(exitCode);
  setTimeout(() => {
    for (const c of children) killGroup(c, 'SIGKILL');
    process.exit(exitCode);
  }, 5000).unref();
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(0));
process.on('exit', () => {
  for (const c of children) killGroup(c, 'SIGKILL');
});

start('api', bin('tsx'), ['watch', '--clear-screen=false', 'src/server/main.ts'], {
  NODE_ENV: 'development',
  PORT: apiPort,
  HOST: host,
  LOG_LEVEL: process.env.LOG_LEVEL || 'info',
});
start('web', bin('vite'), ['--port', webPort, '--strictPort', '--host', host], {
  NODE_ENV: 'development',
  API_PORT: apiPort,
});
console.log(`[dev] web http://${host}:${webPort}  ·  api http://${host}:${apiPort}/api/health`);
