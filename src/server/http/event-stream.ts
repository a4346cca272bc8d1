// Server-sent events: the one way a route opens a stream (check-ins at the door, a ballot live).
import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';

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
  });
  return res;
}
