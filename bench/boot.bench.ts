// boot_ms: spawn `node dist/server/main.js` on an existing PGlite data dir -> first 200 from
// /api/health. Median of 5 runs. The data dir is created (migrated and seeded) once first.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER_NODE_FLAGS } from '../scripts/lib/server-flags.mjs';
import { freePort } from '../tests/helpers/built-server';
import { median, projectRoot, round, saveResults } from './lib/results';

const RUNS = 5;
const BOOT_TIMEOUT_MS = 60_000; // the very first boot creates the cluster (~6 s)
const mainJs = join(projectRoot, 'dist/server/main.js');

function healthOk(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/api/health', timeout: 500 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

function waitExit(child: ChildProcess, ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** One boot: ms from spawn to the first /api/health 200. */
async function bootOnce(dataDir: string): Promise<number> {
  const port = await freePort();
  let output = '';
  const started = performance.now();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, mainJs], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  try {
    while (performance.now() - started < BOOT_TIMEOUT_MS) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output.trim()}`);
      if (await healthOk(port)) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`no /api/health 200 within ${BOOT_TIMEOUT_MS} ms: ${output.trim()}`);
  } finally {
    child.kill('SIGTERM');
    await waitExit(child, 10_000);
  }
}

async function main() {
  if (!existsSync(mainJs)) throw new Error('dist/server/main.js is missing (npm run build:server)');
  const dataDir = mkdtempSync(join(tmpdir(), 'vd-bench-boot-'));
  try {
    const first = await bootOnce(dataDir);
    console.log(`first boot (creates, migrates, seeds the data dir): ${Math.round(first)} ms`);
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await bootOnce(dataDir));
    console.log(`boots: ${runs.map((r) => Math.round(r)).join(', ')} ms`);
    saveResults({
      boot_ms: {
        value: Math.round(median(runs)),
        unit: 'ms',
        goal: 2000,
        better: 'lower',
        engine: 'pglite',
        note: `median of ${RUNS}: spawn of node dist/server/main.js -> first /api/health 200, existing PGlite data dir (runs ${runs.map((r) => Math.round(r)).join('/')} ms; first boot creating the data dir ${round(first / 1000)} s)`,
      },
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
