// What the manifest records of the database: every table of the app's schemas (public and
// drizzle, the migrations journal) with its row count and an md5 of its rows in primary-key
// order. Computed in the same snapshot the dump is taken from, and again after a restore.

/** Runs one SQL statement and returns its rows (a pg client, a PGlite transaction, …). */
export type RunQuery = (sql: string) => Promise<Record<string, unknown>[]>;

export type TableStats = Record<string, { rows: number; md5: string }>;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The app's tables with their primary-key columns (none: the whole row orders them). */
export async function listTables(
  query: RunQuery,
): Promise<{ schema: string; name: string; key: string[] }[]> {
  const rows = await query(`
    SELECT n.nspname AS schema, c.relname AS name,
      coalesce((SELECT array_agg(a.attname::text ORDER BY array_position(i.indkey::int2[], a.attnum))
        FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = c.oid AND i.indisprimary), ARRAY[]::text[]) AS key
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'drizzle')
    ORDER BY 1, 2`);
  return rows.map((r) => ({
    schema: String(r.schema),
    name: String(r.name),
    key: parseTextArray(r.key),
  }));
}

/** node-postgres parses text[]; PGlite too, but be tolerant of the '{a,b}' text form. */
function parseTextArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  const s = String(value ?? '');
  if (s === '{}' || s === '') return [];
  return s.slice(1, -1).split(',');
}

/**
 * Row count and md5 of the rows (text form, in key order) of every table. The caller runs this
 * inside one transaction with TimeZone set to UTC so that every table is read in one snapshot
 * and timestamps print the same way on both sides.
 */
export async function tableStats(query: RunQuery): Promise<TableStats> {
  const stats: TableStats = {};
  for (const t of await listTables(query)) {
    const table = `${quote(t.schema)}.${quote(t.name)}`;
    const order = t.key.length ? t.key.map((k) => `t.${quote(k)}`).join(', ') : 't::text';
    const [row] = await query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY ${order}), '')) AS md5 FROM ${table} t`,
    );
    stats[`${t.schema}.${t.name}`] = { rows: Number(row?.rows), md5: String(row?.md5) };
  }
  return stats;
}
