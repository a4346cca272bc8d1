// Server-sent events: the one way a route opens a stream (check-ins at the door, a ballot live,
// the run of show). Live streams (`streamLive`) carry the conference's live events of the bus
// (live/bus.ts), so a client hears what is committed on any instance and, reconnecting to any
// instance with Last-Event-ID, gets what it missed.
import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LiveBus, LiveEvent } from '../live/bus';

/**
 * Takes the reply over from Fastify and answers 200 `text/event-stream` (not cached, kept alive);
 * returns the raw response to write events to. The route then returns `reply`.
 */
export function openEventStream(reply: FastifyReply): ServerResponse {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    // a reverse proxy (nginx) must pass events on as they come
    'x-accel-buffering': 'no',
  });
  return res;
}

const HEARTBEAT_MS = 20_000;
/** Ids remembered per stream to drop an event heard twice (live and replayed). */
const REMEMBERED_IDS = 2000;

/**
 * The id the client last received: the `Last-Event-ID` header (EventSource resends it when it
 * reconnects) or `?lastEventId=` for clients that cannot set headers. null: a fresh stream.
 */
export function lastEventId(req: FastifyRequest): number | null {
  const header = req.headers['last-event-id'];
  const query = (req.query as Record<string, unknown> | undefined)?.lastEventId;
  const raw = (Array.isArray(header) ? header[0] : header) ?? (typeof query === 'string' ? query : undefined);
  if (raw === undefined || !/^\d{1,15}$/.test(raw.trim())) return null;
  return Number(raw.trim());
}

export type StreamLiveOptions = {
  /** Comment written once the stream is live (after the replay), e.g. `ready`. */
  ready?: string;
  heartbeatMs?: number;
};

/**
 * Streams the conference's live events of `topics` as `id: <live_events id>`, `event: <topic>`,
 * `data: <payload JSON>`. With a Last-Event-ID it first replays the events after it; it subscribes
 * before reading them and holds the live ones back until the replay is written, so nothing falls
 * between the two and nothing is sent twice. When the bus lost its LISTEN connection for a while
 * (onGap) it reads what was committed since the last event written. Heartbeat comments keep
 * proxies from closing an idle stream. The route returns `reply`.
 */
export async function streamLive(
  req: FastifyRequest,
  reply: FastifyReply,
  live: LiveBus,
  conferenceId: string,
  topics: readonly string[],
  opts: StreamLiveOptions = {},
): Promise<FastifyReply> {
  const from = lastEventId(req);
  const res = openEventStream(reply);
  const wanted = new Set(topics);
  const sent = new Set<number>();
  let highest = from ?? 0;
  let held: LiveEvent[] | null = [];
  let closed = false;

  const write = (e: LiveEvent) => {
    if (closed || !wanted.has(e.topic) || sent.has(e.id)) return;
    sent.add(e.id);
    if (sent.size > REMEMBERED_IDS) {
      for (const id of sent) {
        if (sent.size <= REMEMBERED_IDS / 2) break;
        sent.delete(id);
      }
    }
    // Ids are taken at insert and events arrive at commit: one committed out of order keeps the
    // highest id as the resume point, so a reconnection never reads again what was sent.
    highest = Math.max(highest, e.id);
    res.write(`id: ${highest}\nevent: ${e.topic}\ndata: ${JSON.stringify(e.payload)}\n\n`);
  };
  const replay = async (after: number) => {
    for (const e of await live.since(conferenceId, after, topics)) write(e);
  };

  const stopLive = live.subscribe(conferenceId, (e) => {
    if (held) held.push(e);
    else write(e);
  });
  const stopGap = live.onGap(() => {
    void replay(highest).catch(() => {});
  });
  const heartbeat = setInterval(() => res.write(': ping\n\n'), opts.heartbeatMs ?? HEARTBEAT_MS);
  const cleanup = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    stopLive();
    stopGap();
  };
  req.raw.on('close', cleanup);
  res.on('error', cleanup);

  try {
    if (from === null) highest = await live.latestId(conferenceId);
    else await replay(from);
  } catch {
    // the database did not answer: the client reconnects with its Last-Event-ID
    cleanup();
    res.end();
    return reply;
  }
  const pending = held;
  held = null;
  for (const e of pending) write(e);
  if (opts.ready) res.write(`: ${opts.ready}\n\n`);
  return reply;
}
