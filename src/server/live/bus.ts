// Sự kiện trực tiếp giữa các máy chủ: the one way live events and cross-instance signals travel.
//
// Every live event (a check-in, an undo, a ballot's state, the run of show) is a row of
// live_events written by the same transaction as the change it tells of, and announced with
// NOTIFY on the `vd_live` channel — PostgreSQL delivers it at commit to every instance that
// LISTENs, this one included (PGlite does the same inside its one process). An SSE client that
// reconnects, here or on another instance, reads the rows after its Last-Event-ID (`since`).
// Signals (`vd_signal`: "drop your caches", "this session is gone") are not stored: they matter
// only to the instances running now.
import { EventEmitter } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';
import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import pg from 'pg';
import type { Db } from '../db/client';
import { liveEvents } from '../db/schema/index';
import { instanceId, wasThisInstance } from '../instance';

export const LIVE_CHANNEL = 'vd_live';
export const SIGNAL_CHANNEL = 'vd_signal';
/** NOTIFY carries at most 8000 bytes: a larger event is announced by id and read from its row. */
const MAX_NOTIFY_BYTES = 7900;
/** Live events are needed for a conference day's reconnections; older rows are pruned. */
const KEEP_EVENTS_MS = 24 * 3600_000;

export type NewLiveEvent = { conferenceId: string; topic: string; payload: unknown };
export type LiveEvent = NewLiveEvent & { id: number };
export type Signal = { kind: string; from: string; data?: unknown };

type Raw = { id: string | number; c: string; t: string; p?: unknown };

/**
 * Records the events and announces them, in one statement. Called with a transaction, they are
 * announced when it commits (and never if it rolls back). Answers the events with their ids.
 */
export async function publishLive(db: Db, events: readonly NewLiveEvent[]): Promise<LiveEvent[]> {
  if (events.length === 0) return [];
  const rows = events.map((e, n) => ({ c: e.conferenceId, t: e.topic, p: e.payload, n }));
  const result = await db.execute(sql`
    WITH x AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(c uuid, t text, p jsonb, n int)
    ), ev AS (
      INSERT INTO live_events (conference_id, topic, payload)
      SELECT c, t, p FROM x ORDER BY n
      RETURNING id, conference_id, topic, payload
    ), msg AS (
      SELECT id, conference_id, topic, payload,
        jsonb_build_object('id', id, 'c', conference_id, 't', topic, 'p', payload)::text AS full_text
      FROM ev
    )
    SELECT id, conference_id AS c, topic AS t, payload AS p,
      pg_notify(${LIVE_CHANNEL}, CASE WHEN octet_length(full_text) > ${MAX_NOTIFY_BYTES}
        THEN jsonb_build_object('id', id, 'c', conference_id, 't', topic)::text ELSE full_text END) AS sent
    FROM msg ORDER BY id`);
  return (result as unknown as { rows: Raw[] }).rows.map(fromRaw);
}

/**
 * A signal sent by the transaction `tx`: delivered at its commit (never if it rolls back), to
 * every instance. NOTIFY payloads are kept in the server's notification queue until every
 * listener has read them, not in a table, the WAL, a backup or a standby (ARCHITECTURE.md
 * "Secret ballot": how a cast on another instance reaches the ballot's owner).
 */
export async function signalIn(tx: Db, kind: string, data?: unknown): Promise<void> {
  const s: Signal = { kind, from: instanceId(), data };
  await tx.execute(sql`SELECT pg_notify(${SIGNAL_CHANNEL}, ${JSON.stringify(s)})`);
}

/** The application name of an instance's LISTEN connection: how others see it is alive. */
const LISTEN_APP = 'vinh-danh-listen:';
const alive = new Map<string, { at: number; ok: Promise<boolean> }>();
const ALIVE_CACHE_MS = 1000;

/**
 * Whether the instance `id` is running now: its LISTEN connection is open (a killed process's
 * connection closes with it; on PGlite, one process, there is none but this one's). `db` may be
 * a transaction.
 */
export function instanceAlive(db: Db, id: string): Promise<boolean> {
  if (id === instanceId()) return Promise.resolve(true);
  if (wasThisInstance(id)) return Promise.resolve(false);
  const hit = alive.get(id);
  if (hit && Date.now() - hit.at < ALIVE_CACHE_MS) return hit.ok;
  const ok = db
    .execute(sql`SELECT 1 FROM pg_stat_activity WHERE application_name = ${LISTEN_APP + id} LIMIT 1`)
    .then((r) => (r as unknown as { rows: unknown[] }).rows.length > 0);
  alive.set(id, { at: Date.now(), ok });
  ok.catch(() => alive.delete(id));
  return ok;
}

const fromRaw = (r: Raw): LiveEvent => ({
  id: Number(r.id),
  conferenceId: r.c,
  topic: r.t,
  payload: typeof r.p === 'string' ? JSON.parse(r.p) : r.p,
});

export type LiveBus = {
  /** This process's id (signals it sent come back to it too, with `from` = this). */
  readonly instanceId: string;
  /** Calls `fn` with every event of the conference committed from now on, by any instance. */
  subscribe(conferenceId: string, fn: (e: LiveEvent) => void): () => void;
  /** The events of the conference after `afterId` (oldest first), optionally of some topics. */
  since(conferenceId: string, afterId: number, topics?: readonly string[]): Promise<LiveEvent[]>;
  /** The id of the conference's latest event (0 when none): where a fresh stream starts. */
  latestId(conferenceId: string): Promise<number>;
  /** Tells every instance (this one too) something that is not stored. */
  signal(kind: string, data?: unknown): Promise<void>;
  onSignal(kind: string, fn: (s: Signal) => void): () => void;
  /**
   * Called after the LISTEN connection was lost and is back: events committed meanwhile were not
   * heard here, so streams read them with `since`.
   */
  onGap(fn: () => void): () => void;
  close(): Promise<void>;
};

/** Listens on the database behind `db` (PostgreSQL: a connection of its own; PGlite: its listen). */
export async function openLiveBus(db: Db, instanceId: string): Promise<LiveBus> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const deliver = (text: string) => {
    let raw: Raw;
    try {
      raw = JSON.parse(text);
    } catch {
      return;
    }
    if (raw.p === undefined) {
      // too large for NOTIFY: read from its row
      void db
        .select()
        .from(liveEvents)
        .where(eq(liveEvents.id, Number(raw.id)))
        .then(([row]) => {
          if (row) emitter.emit(`c:${row.conferenceId}`, toEvent(row));
        })
        .catch(() => emitter.emit('gap'));
      return;
    }
    emitter.emit(`c:${raw.c}`, fromRaw(raw));
  };
  const onSignalText = (text: string) => {
    try {
      const s = JSON.parse(text) as Signal;
      emitter.emit(`s:${s.kind}`, s);
    } catch {
      // not ours
    }
  };
  const listener = await listenTo(
    db,
    { [LIVE_CHANNEL]: deliver, [SIGNAL_CHANNEL]: onSignalText },
    () => emitter.emit('gap'),
    instanceId,
  );
  const prune = setInterval(() => {
    void db
      .delete(liveEvents)
      .where(lt(liveEvents.createdAt, new Date(Date.now() - KEEP_EVENTS_MS)))
      .catch(() => {});
  }, 3600_000);
  prune.unref();
  // biome-ignore lint/suspicious/noExplicitAny: EventEmitter's listener type
  const on = (name: string, fn: (...args: any[]) => void) => {
    emitter.on(name, fn);
    return () => void emitter.off(name, fn);
  };
  return {
    instanceId,
    subscribe: (conferenceId, fn) => on(`c:${conferenceId}`, fn),
    since: async (conferenceId, afterId, topics) => {
      const rows = await db
        .select()
        .from(liveEvents)
        .where(
          and(
            eq(liveEvents.conferenceId, conferenceId),
            gt(liveEvents.id, afterId),
            topics?.length ? inArray(liveEvents.topic, [...topics]) : undefined,
          ),
        )
        .orderBy(asc(liveEvents.id))
        .limit(5000);
      return rows.map(toEvent);
    },
    latestId: async (conferenceId) => {
      const [row] = await db
        .select({ id: sql<number | null>`max(${liveEvents.id})` })
        .from(liveEvents)
        .where(eq(liveEvents.conferenceId, conferenceId));
      return Number(row?.id ?? 0);
    },
    signal: async (kind, data) => {
      const s: Signal = { kind, from: instanceId, data };
      await db.execute(sql`SELECT pg_notify(${SIGNAL_CHANNEL}, ${JSON.stringify(s)})`);
    },
    onSignal: (kind, fn) => on(`s:${kind}`, fn),
    onGap: (fn) => on('gap', fn),
    close: async () => {
      clearInterval(prune);
      emitter.removeAllListeners();
      await listener.close();
    },
  };
}

const toEvent = (row: typeof liveEvents.$inferSelect): LiveEvent => ({
  id: row.id,
  conferenceId: row.conferenceId,
  topic: row.topic,
  payload: row.payload,
});

type Handlers = Record<string, (payload: string) => void>;

/** LISTENs to the channels; `onReconnect` after a lost PostgreSQL connection came back. */
async function listenTo(
  db: Db,
  handlers: Handlers,
  onReconnect: () => void,
  instanceId: string,
): Promise<{ close: () => Promise<void> }> {
  const client = (db as unknown as { $client: unknown }).$client;
  if (client instanceof pg.Pool) return listenPostgres(client.options, handlers, onReconnect, instanceId);
  const lite = client as PGlite;
  const stops = await Promise.all(Object.entries(handlers).map(([channel, fn]) => lite.listen(channel, fn)));
  return {
    close: async () => {
      if (lite.closed) return;
      await Promise.all(stops.map((stop) => stop().catch(() => {})));
    },
  };
}

async function listenPostgres(
  options: pg.PoolConfig,
  handlers: Handlers,
  onReconnect: () => void,
  instanceId: string,
): Promise<{ close: () => Promise<void> }> {
  let closed = false;
  let current: pg.Client | null = null;
  const connect = async (): Promise<pg.Client> => {
    const c = new pg.Client({ ...options, application_name: LISTEN_APP + instanceId } as pg.ClientConfig);
    c.on('notification', (m) => {
      if (m.payload !== undefined) handlers[m.channel]?.(m.payload);
    });
    let lost = false;
    const onLost = () => {
      // the connection is gone (server restart, network): listen again on a new one
      if (lost) return;
      lost = true;
      void c.end().catch(() => {});
      if (!closed && current === c) void reconnect();
    };
    // attached before connecting: an error event without a listener would end the process
    c.on('error', onLost);
    c.on('end', onLost);
    try {
      await c.connect();
      for (const channel of Object.keys(handlers)) await c.query(`LISTEN ${channel}`);
    } catch (err) {
      lost = true;
      await c.end().catch(() => {});
      throw err;
    }
    return c;
  };
  const reconnect = async () => {
    for (let delay = 200; !closed; delay = Math.min(delay * 2, 5000)) {
      await new Promise((r) => setTimeout(r, delay));
      try {
        current = await connect();
        onReconnect();
        return;
      } catch {
        // try again
      }
    }
  };
  current = await connect();
  return {
    close: async () => {
      closed = true;
      await current?.end().catch(() => {});
    },
  };
}
