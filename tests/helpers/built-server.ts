// The built server as `npm start` runs it (`node dist/server/main.js`), in its own process: for the
// benches that measure it from outside (load, slow-load) and the tests that kill it (the ballot
// crash drill): start it, wait for /api/health, log in.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../../scripts/lib/server-flags.mjs';
import { DEMO_PASSWORD } from '../../src/server/seed/van-yen';

const BOOT_TIMEOUT_MS = 120_000;
export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const mainJs = join(projectRoot, 'dist/server/main.js');

export const rssMb = (pid: number) => {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Number(kb) / 1024 : Number.NaN;
};
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type Server = { child: ChildProcess; base: string; output: () => string };

export async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, mainJs], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  while (performance.now() - started < BOOT_TIMEOUT_MS) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output.trim()}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, base, output: () => output };
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error(`no /api/health 200 within ${BOOT_TIMEOUT_MS / 1000} s: ${output.trim()}`);
}

export async function stopServer(s: Server) {
  if (s.child.exitCode !== null) return;
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000).then(() => s.child.kill('SIGKILL'))]);
}

/** Logs in; returns the Cookie header and the live demo conference (the latest). */
export async function session(username: string, base: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const token = res.headers
    .getSetCookie()
    .map((c) => /^vd_session=([^;]*)/.exec(c)?.[1])
    .find(Boolean);
  if (res.status !== 200 || !token) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = `vd_session=${token}`;
  const list = (await (await fetch(`${base}/api/conferences`, { headers: { cookie } })).json()) as {
    items: { id: string; plan: { title?: string } }[];
  };
  const conferenceId = list.items[0]?.id;
  if (!conferenceId) throw new Error('the demo has no conference');
  return { cookie, conferenceId };
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
