import { findDatabaseError } from '../db/errors';

const MAX_MESSAGE = 500;

/** Quoted values in a database message ("Key (name)=(…)", "invalid input syntax …: "…"") hidden. */
const redactQuoted = (text: string) =>
  text.replace(/"[^"]*"/g, '"…"').replace(/\([^()]*\)=\([^()]*\)/g, '(…)=(…)');

/**
 * What the log keeps of an unhandled error: its class, message and stack frames, and for a
 * database error its SQLSTATE, constraint and table — never the query's parameters (Drizzle puts
 * them in its message), the driver's `detail` (the key's values), or quoted values.
 */
export function describeError(err: unknown) {
  if (!(err instanceof Error)) return { type: typeof err };
  // DrizzleQueryError: "Failed query: <sql>\nparams: <values>" — the SQL has placeholders only
  const message = err.message.split('\nparams:')[0]!.slice(0, MAX_MESSAGE);
  const stack = err.stack
    ?.split('\n')
    .filter((line) => line.startsWith('    at '))
    .join('\n');
  const db = findDatabaseError(err);
  return {
    type: err.name,
    message: db === (err as unknown) ? redactQuoted(message) : message,
    stack,
    ...(db && {
      code: db.code,
      constraint: db.constraint,
      table: db.table,
      dbMessage: redactQuoted(String(db.message)).slice(0, MAX_MESSAGE),
    }),
  };
}
