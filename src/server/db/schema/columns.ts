import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

// Column builders every table shares.
export const id = () => uuid('id').primaryKey().defaultRandom();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
/** Optimistic concurrency: bumped on every update; a stale write gets 409. */
export const version = () => integer('version').notNull().default(1);
/** The versioned row's bookkeeping: version, created_at, updated_at (in that order). */
export const versionedTimestamps = () => ({
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
