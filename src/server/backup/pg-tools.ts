import { spawn } from 'node:child_process';

/** The URL without its password (so it never shows in `ps`) and the password as PGPASSWORD. */
export function postgresTarget(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  u.password = '';
  return { url: u.toString(), env };
}

/** Runs pg_dump / pg_restore (from PATH); rejects with its error output. */
export function pgTool(
  tool: 'pg_dump' | 'pg_restore',
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', (err) =>
      reject(
        new Error(
          (err as NodeJS.ErrnoException).code === 'ENOENT'
            ? `Không tìm thấy ${tool} — cài gói postgresql-client cùng phiên bản máy chủ (${tool} not found in PATH)`
            : `${tool}: ${err.message}`,
        ),
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${tool} thất bại (exit ${code}): ${stderr.trim()}`)),
    );
  });
}
