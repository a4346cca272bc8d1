/** The engine integration tests run on: DB_ENGINE=pglite (default) or postgres. */
export const testEngine = (): 'pglite' | 'postgres' =>
  process.env.DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';

export const testDatabaseUrl = () =>
  process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export const TEMPLATE_DB = 'vd_test_template';

/** The same server URL pointing at another database name. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
