// Sending a rendered file: its content type, the Vietnamese file name (RFC 6266), and any extra
// headers (no caching for files built from live data, an etag for issued ones).
import type { FastifyReply } from 'fastify';
import { attachment } from '../content-disposition';
import { CONTENT_TYPES } from '../http/responses';

export const NO_STORE = { 'cache-control': 'no-store' } as const;

export function sendDownload(
  reply: FastifyReply,
  file: {
    type: keyof typeof CONTENT_TYPES;
    name: string;
    bytes: Buffer | Uint8Array;
    headers?: Record<string, string>;
  },
): FastifyReply {
  reply.header('content-type', CONTENT_TYPES[file.type]).header('content-disposition', attachment(file.name));
  for (const [k, v] of Object.entries(file.headers ?? {})) reply.header(k, v);
  return reply.send(file.bytes);
}
