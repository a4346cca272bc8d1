import type { TableStats } from './tables';

/** The archive's table of contents, stored last in it as manifest.json. */
export const manifestName = 'manifest.json';

export type StoredFile = { path: string; sha256: string; size: number };

export type Manifest = {
  format: 'vinh-danh-backup';
  formatVersion: 1;
  appVersion: string;
  engine: 'pglite' | 'postgres';
  createdAt: string;
  /** database/pglite-datadir.tar.gz (PGlite's dumpDataDir) or database/postgres.dump (pg_dump -Fc). */
  database: StoredFile & { postgresVersion: string };
  /** Row count and md5 of the rows in key order, per schema.table, from the dumped snapshot. */
  tables: TableStats;
  /** Everything copied from DATA_DIR: files/<aa>/<sha256> and secrets/*. */
  files: StoredFile[];
  durationMs: number;
};

export function parseManifest(bytes: Buffer): Manifest {
  let m: Manifest;
  try {
    m = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new Error('manifest.json không đọc được (manifest is not JSON)');
  }
  if (m?.format !== 'vinh-danh-backup')
    throw new Error('Không phải tệp sao lưu Vinh Danh (not a Vinh Danh backup)');
  if (m.formatVersion !== 1) {
    throw new Error(`Phiên bản tệp sao lưu ${m.formatVersion} chưa được hỗ trợ (unsupported backup format)`);
  }
  return m;
}

/** Total rows over all tables. */
export const totalRows = (tables: TableStats) => Object.values(tables).reduce((s, t) => s + t.rows, 0);
