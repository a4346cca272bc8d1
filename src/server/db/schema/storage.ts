import { sql } from 'drizzle-orm';
import { customType, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * Tệp lưu trữ — the file store shared by every instance on one PostgreSQL (storage/files.ts):
 * content-addressed (the sha256 of the bytes is the key), written once, never changed. PGlite
 * (one instance) keeps its files in DATA_DIR/files; FILE_STORE_DIR (a shared directory) replaces
 * this table when set.
 */
export const storedFiles = pgTable('stored_files', {
  sha256: text('sha256').primaryKey(),
  bytes: bytea('bytes').notNull(),
  size: integer('size').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
});
