/** The engine integration tests run on: DB_ENGINE=pglite (default) or postgres. */
export const testEngine = (): 'pglite' | 'postgres' =>
  process.env.DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';

export const testDatabaseUrl = () =>
  process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Databases of one test run are named vd_test_p<pid>_… after the run's main process (set in
 * vitest.config.ts, inherited by the workers), so runs at the same time on one server never
 * drop each other's databases; leftovers of a run whose process is gone are dropped.
 */
export const testRunId = (): string => process.env.VD_TEST_RUN ?? String(process.pid);
export const runPrefix = (): string => `vd_test_p${testRunId()}_`;
export const templateDb = (): string => `${runPrefix()}template`;

/** A test database this run may drop: its own, or one of a run whose process has ended. */
export function isDroppable(name: string): boolean {
  const m = /^vd_test_p(\d+)_/.exec(name);
  if (!m) return name.startsWith('vd_test_'); // older naming, from before run ids
  if (m[1] === testRunId()) return true;
  try {
    process.kill(Number(m[1]), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** The same server URL pointing at another database name. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
