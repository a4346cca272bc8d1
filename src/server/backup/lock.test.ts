import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, lockPath, readLock } from './lock';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the PGlite data directory lock', () => {
  it('lets one process hold the directory and names the holder to the next', () => {
    dir = mkdtempSync(join(tmpdir(), 'vd-lock-'));
    const lock = acquireLock(dir, 'server');
    lock.publish('http://127.0.0.1:3000', 'ab'.repeat(32));
    expect(statSync(lockPath(dir)).mode & 0o777).toBe(0o600);
    expect(readLock(dir)).toMatchObject({ pid: process.pid, role: 'server', url: 'http://127.0.0.1:3000' });
    lock.release();
    // another live process (here: our parent) holds it
    writeFileSync(lockPath(dir), JSON.stringify({ pid: process.ppid, role: 'server', startedAt: '' }));
    expect(() => acquireLock(dir, 'backup')).toThrow(`đang được tiến trình ${process.ppid} (server)`);
    rmSync(lockPath(dir));
    expect(existsSync(lockPath(dir))).toBe(false);
    acquireLock(dir, 'backup').release();
  });

  it('takes over a lock left with its own pid (a container restarting its server as pid 1)', () => {
    dir = mkdtempSync(join(tmpdir(), 'vd-lock-'));
    writeFileSync(lockPath(dir), JSON.stringify({ pid: process.pid, role: 'server', startedAt: '' }));
    acquireLock(dir, 'server').release();
  });

  it('takes over the lock of a process that is gone', () => {
    dir = mkdtempSync(join(tmpdir(), 'vd-lock-'));
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(lockPath(dir), JSON.stringify({ pid: gone, role: 'server', startedAt: '' }));
    expect(readLock(dir)).toBeNull();
    const lock = acquireLock(dir, 'restore');
    expect(JSON.parse(readFileSync(lockPath(dir), 'utf8'))).toMatchObject({
      pid: process.pid,
      role: 'restore',
    });
    lock.release();
  });
});
