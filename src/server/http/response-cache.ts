import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ReadCache } from '../read-cache';

/** A JSON answer encoded once through its declared schema: the bytes, and gzip when worth it. */
export type EncodedBody = { raw: Buffer; gzip: Buffer | null };

/** Below this, gzip saves less than its header and the time to inflate it. */
const GZIP_FROM_BYTES = 1024;

export function encodeBody(schema: z.ZodType | undefined, view: unknown): EncodedBody {
  const raw = Buffer.from(JSON.stringify(schema ? z.encode(schema, view) : view));
  return { raw, gzip: raw.length >= GZIP_FROM_BYTES ? gzipSync(raw, { level: 6 }) : null };
}

/** Sends an encoded answer, gzipped to a client that accepts it (browsers do). */
export function sendEncoded(req: FastifyRequest, reply: FastifyReply, body: EncodedBody): FastifyReply {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (body.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    return reply.header('content-encoding', 'gzip').send(body.gzip);
  }
  return reply.send(body.raw);
}

/** How long a cached answer may live at most, whatever the engine (see ResponseCache). */
export const ANSWER_TTL_MS = 2000;
const MAX_ANSWERS = 200;

/**
 * The encoded answers of one GET route (route.ts `cache`), keyed by what the answer depends on.
 *
 * - Any write, through this process or another instance on the same PostgreSQL, drops every
 *   answer (the read generation, read-cache.ts, bumped by the other's signal: app.ts), so a write
 *   is never followed by a stale read; the generation is taken before the read starts, so an
 *   answer read while a write commits is never served after it.
 * - An answer lives at most ANSWER_TTL_MS on both engines: what changes without a write — the day,
 *   a deadline passing, a check-in (those keep the read cache) — shows within two seconds.
 * - Requests that arrive together while the answer is being read share that one read: fifty
 *   screens refreshing at once cost one set of queries, which keeps the single-connection embedded
 *   engine from queueing them behind each other.
 */
export class ResponseCache {
  private readonly answers = new ReadCache<Promise<EncodedBody>>(ANSWER_TTL_MS, MAX_ANSWERS);

  constructor(
    private readonly generation: () => number,
    private readonly schema: z.ZodType | undefined,
  ) {}

  async answer(key: string, read: () => Promise<unknown>): Promise<EncodedBody> {
    const gen = this.generation();
    let body = this.answers.get(key, gen);
    if (!body) {
      const pending = read().then((view) => encodeBody(this.schema, view));
      body = pending;
      this.answers.set(key, pending, gen);
      // a failed read is not kept: the next request reads again (and answers its own error)
      pending.catch(() => {
        if (this.answers.get(key, gen) === pending) this.answers.delete(key);
      });
    }
    return body;
  }
}
