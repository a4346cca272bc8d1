// The demo history happens today (the seed runs the modules' own mutations, which stamp rows with
// the database clock) but tells a story of March 2020. The story clock marks where each part of the
// seed begins in real time and, once the seed is done, moves every timestamp the seed wrote to the
// story's moment for that part: the audit log, "Đã chốt lúc …", the ballot's opening and closing,
// the check-ins at the door all read as the days they stand for. Offsets inside a part are kept
// (stretched over `spanMinutes` when given, e.g. reception from 07:00 over half an hour), so the
// order of events is the order they were written.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';

/** `at`: the database clock to the microsecond (the rows' own precision); `real`: the same in ms. */
type Mark = { real: Date; at: string; story: Date; spanMs: number | null };

const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

async function dbNow(db: Db, padMs = 0): Promise<{ real: Date; at: string }> {
  // padMs: the embedded engine's clock can read the same millisecond as the row just written
  const [r] = rowsOf<{ t: Date | string; at: string }>(
    await db.execute(
      sql`SELECT c AS t, c::text AS at FROM (SELECT clock_timestamp() + ${padMs}::int * interval '1 millisecond' AS c) n`,
    ),
  );
  return { real: new Date(r!.t), at: r!.at };
}

export type StoryClock = {
  /** From now on, what the seed writes belongs to the story's moment `storyIso` (with its offset). */
  part(storyIso: string, spanMinutes?: number): Promise<void>;
  /** Ends the story: moves every timestamp written since the first part. */
  settle(): Promise<void>;
};

/**
 * Maps a real time in [from, to) of a part onto the story's time of that part. Times in snapshots
 * have milliseconds only: the part is found by milliseconds, and a stretched offset is kept within
 * the part's span (the millisecond rounding must not carry 07:29:59 past 07:30).
 */
function storyTime(marks: Mark[], end: Date, t: Date): Date | null {
  for (let i = marks.length - 1; i >= 0; i--) {
    const m = marks[i]!;
    if (t < m.real) continue;
    const to = i + 1 < marks.length ? marks[i + 1]!.real : end;
    if (t >= to) return null;
    const offset = t.getTime() - m.real.getTime();
    if (m.spanMs === null) return new Date(m.story.getTime() + offset);
    const length = Math.max(1, to.getTime() - m.real.getTime());
    return new Date(m.story.getTime() + Math.min(m.spanMs, (offset / length) * m.spanMs));
  }
  return null;
}

/** Tables whose triggers refuse updates (migrations 0001 and 0010). */
const FROZEN = ['audit_log', 'issued_documents'];

const jsonOrNull = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** ISO strings inside audit snapshots (e.g. a check-in's `at`) follow the rows they describe. */
function moveJson(value: unknown, move: (t: Date) => Date | null): unknown {
  if (typeof value === 'string' && ISO.test(value)) return move(new Date(value))?.toISOString() ?? value;
  if (Array.isArray(value)) return value.map((v) => moveJson(v, move));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, moveJson(v, move)]));
  }
  return value;
}

/**
 * A quiet gap on each side of a mark. The rows of the part before are written at least this long
 * before the mark and those of the part after at least this long after it, so a clock that reads
 * a little out of order (the embedded engine's, between two statements) cannot put a row into the
 * neighbouring part — which once dated a check-in at the door days earlier than the reception.
 */
const MARK_GAP_MS = 5;
const pause = () => new Promise((resolve) => setTimeout(resolve, MARK_GAP_MS));

export function storyClock(db: Db): StoryClock {
  const marks: Mark[] = [];
  return {
    async part(storyIso, spanMinutes) {
      await pause();
      marks.push({
        ...(await dbNow(db)),
        story: new Date(storyIso),
        spanMs: spanMinutes === undefined ? null : spanMinutes * 60_000,
      });
      await pause();
    },
    async settle() {
      if (marks.length === 0) return;
      await pause();
      const { real: end, at: endAt } = await dbNow(db, 1);
      const from = marks[0]!.real;
      const fromAt = marks[0]!.at;
      const columns = rowsOf<{ t: string; c: string }>(
        await db.execute(sql`
          SELECT table_name AS t, column_name AS c FROM information_schema.columns
          WHERE table_schema = 'public' AND data_type = 'timestamp with time zone'
          ORDER BY 1, 2`),
      );
      // one CASE per column: each part's window moved by its own offset (and stretch)
      // the stretch is computed by the database from the marks' microseconds, like the rows it
      // moves: from milliseconds, a part of a few dozen ms could stretch past its end (07:31 for a
      // reception that ends at 07:30)
      const cases = marks.map((m, i) => {
        const to = i + 1 < marks.length ? marks[i + 1]! : { real: end, at: endAt };
        const scale =
          m.spanMs === null
            ? sql`1`
            : sql`${m.spanMs}::float8 / greatest(0.001, extract(epoch FROM ${to.at}::timestamptz - ${m.at}::timestamptz) * 1000)`;
        return { from: m.at, to: to.at, story: m.story.toISOString(), scale };
      });
      await db.transaction(async (tx) => {
        // The append-only audit log and the frozen register refuse changes; the seed, on a database
        // nobody uses yet, lifts that for its own transaction only (the triggers are back at commit).
        for (const t of FROZEN) await tx.execute(sql`ALTER TABLE ${sql.identifier(t)} DISABLE TRIGGER USER`);
        for (const { t, c } of columns) {
          const col = sql.identifier(c);
          const whens = cases.map(
            (k) => sql`WHEN ${col} >= ${k.from}::timestamptz AND ${col} < ${k.to}::timestamptz
              THEN ${k.story}::timestamptz + (${col} - ${k.from}::timestamptz) * (${k.scale})`,
          );
          await tx.execute(sql`
            UPDATE ${sql.identifier(t)} SET ${col} = CASE ${sql.join(whens, sql` `)} ELSE ${col} END
            WHERE ${col} >= ${fromAt}::timestamptz AND ${col} < ${endAt}::timestamptz`);
        }
        const move = (x: Date) => storyTime(marks, end, x);
        const audit = rowsOf<{ id: string; before: unknown; after: unknown }>(
          await tx.execute(sql`SELECT id, before, after FROM audit_log
            WHERE at >= ${marks[0]!.story.toISOString()}::timestamptz
              AND at < ${from.toISOString()}::timestamptz`),
        );
        for (const a of audit) {
          const before = moveJson(a.before, move);
          const after = moveJson(a.after, move);
          if (JSON.stringify([before, after]) === JSON.stringify([a.before, a.after])) continue;
          await tx.execute(sql`UPDATE audit_log SET before = ${jsonOrNull(before)}::jsonb,
            after = ${jsonOrNull(after)}::jsonb WHERE id = ${a.id}`);
        }
        for (const t of FROZEN) await tx.execute(sql`ALTER TABLE ${sql.identifier(t)} ENABLE TRIGGER USER`);
      });
    },
  };
}
