// Shared helpers for the project scripts. Only node built-ins here: these run before
// node_modules exists.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const npmCmd = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Prints a step banner so long logs stay readable. */
export function banner(text) {
  console.log(`\n\x1b[1m▶ ${text}\x1b[0m`);
}

/** Exit code `run` gives a command it stopped after `timeoutMs`. */
export const TIMED_OUT = 124;

/**
 * Runs a command with output streamed (stdio inherited). Resolves with the exit code
 * (a signal death counts as 128 + n, never as success). With `timeoutMs` the command runs in
 * its own process group, which is ended (SIGTERM, then SIGKILL) when time runs out: the
 * result is then TIMED_OUT. Ctrl-C and SIGTERM reach that group too.
 */
export function run(cmd, args = [], { env, cwd = root, stdio = 'inherit', timeoutMs } = {}) {
  return new Promise((resolve) => {
    const grouped = Boolean(timeoutMs) && process.platform !== 'win32';
    const child = spawn(cmd, args, { cwd, stdio, env: env ?? process.env, detached: grouped });
    let timedOut = false;
    const killGroup = (signal) => {
      try {
        process.kill(grouped ? -child.pid : child.pid, signal);
      } catch {
        // already gone
      }
    };
    const forward = (signal) => {
      killGroup(signal);
      setTimeout(() => killGroup('SIGKILL'), 10_000).unref();
    };
    const onSigint = () => forward('SIGINT');
    const onSigterm = () => forward('SIGTERM');
    let timer;
    if (grouped) {
      process.on('SIGINT', onSigint);
      process.on('SIGTERM', onSigterm);
      timer = setTimeout(() => {
        timedOut = true;
        console.error(
          `\n${cmd} ${args.join(' ')}: quá ${Math.round(timeoutMs / 1000)} s, dừng (timed out, stopping)`,
        );
        forward('SIGTERM');
      }, timeoutMs);
    }
    const done = (code) => {
      clearTimeout(timer);
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigterm);
      resolve(timedOut ? TIMED_OUT : code);
    };
    child.on('error', (err) => {
      console.error(`Không chạy được ${cmd}: ${err.message}`);
      done(127);
    });
    child.on('exit', (code, signal) => {
      if (grouped) killGroup('SIGKILL'); // leftovers of the step (a server it started, a browser)
      done(code ?? (signal ? 128 + signalNumber(signal) : 1));
    });
  });
}

export function npm(args, opts) {
  return run(npmCmd, args, opts);
}

function signalNumber(signal) {
  return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 1;
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Newest modification time of a file or of any file below a folder (0 if absent). */
export function newestMtime(path, skip = () => false) {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.name === 'node_modules' || skip(relative(root, child))) continue;
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(child, skip) : mtime(child));
  }
  return newest;
}

/**
 * Installs dependencies when they are missing or older than the lockfile:
 * `npm ci` with a package-lock.json, `npm install` without one. Returns the exit code.
 */
export async function ensureDeps() {
  const nodeModules = join(root, 'node_modules');
  const lock = join(root, 'package-lock.json');
  const marker = join(nodeModules, '.package-lock.json');
  const hasLock = existsSync(lock);
  let reason = null;
  if (!existsSync(nodeModules)) reason = 'chưa có node_modules (no node_modules yet)';
  else if (!existsSync(marker)) reason = 'node_modules chưa hoàn chỉnh (incomplete node_modules)';
  // 1 s of slack: `npm install` writes both lockfiles in the same moment, in either order.
  else if (hasLock && mtime(lock) > mtime(marker) + 1000) reason = 'package-lock.json mới hơn node_modules';
  if (!reason) return 0;
  const args = hasLock ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  banner(`Cài thư viện / installing dependencies: npm ${args[0]} (${reason})`);
  const code = await npm(args);
  if (code === 0 && existsSync(marker)) {
    // Mark node_modules as current even when npm left its hidden lockfile untouched.
    const now = new Date();
    utimesSync(marker, now, now);
  }
  return code;
}

/** Which parts of the build are missing or older than their sources. */
export function buildStatus() {
  const webOut = join(root, 'dist/web/index.html');
  const serverOut = join(root, 'dist/server/main.js');
  const lockTime = mtime(join(root, 'package-lock.json'));
  const webSources = Math.max(
    newestMtime(join(root, 'src'), (rel) => rel.startsWith(join('src', 'server'))),
    newestMtime(join(root, 'public')),
    mtime(join(root, 'index.html')),
    mtime(join(root, 'vite.config.ts')),
    lockTime,
  );
  const serverSources = Math.max(
    newestMtime(join(root, 'src'), (rel) => rel.startsWith(join('src', 'web'))),
    mtime(join(root, 'scripts/build-server.mjs')),
    lockTime,
  );
  const web = !existsSync(webOut) || mtime(webOut) < webSources;
  const server = !existsSync(serverOut) || mtime(serverOut) < serverSources;
  return { web, server };
}

/** Builds what is stale (`npm run build`, or one half of it). Returns the exit code. */
export async function ensureBuild({ force = false } = {}) {
  const stale = force ? { web: true, server: true } : buildStatus();
  if (stale.web && stale.server) {
    banner('Build: npm run build');
    return npm(['run', 'build']);
  }
  if (stale.web) {
    banner('Build web: npm run build:web');
    return npm(['run', 'build:web']);
  }
  if (stale.server) {
    banner('Build server: npm run build:server');
    return npm(['run', 'build:server']);
  }
  return 0;
}
