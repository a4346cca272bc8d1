import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const boot = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, LOG_LEVEL: 'silent', PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });

describe('starting the server', () => {
  it('stops with a one-line reason when DATABASE_URL does not answer', () => {
    const res = boot({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    expect(res.status).not.toBe(0);
    const lines = res.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Vinh Danh không khởi động được: Không kết nối được PostgreSQL \(postgres:\/\/postgres@127\.0\.0\.1:1\/none\)/,
    );
  });

  it('stops with a one-line reason on a malformed setting', () => {
    const res = boot({ DATABASE_URL: 'mysql://localhost/x' });
    expect(res.status).not.toBe(0);
    expect(res.stderr.trim()).toBe(
      'Vinh Danh không khởi động được: Cấu hình môi trường không hợp lệ — DATABASE_URL: DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql://',
    );
  });
});
