// Sending a rendered file: its content type, the Vietnamese file name (RFC 6266) and, for files
// built from live data, no caching.
import type { FastifyReply } from 'fastify';
import { attachment } from '../content-disposition';
import { CONTENT_TYPES } from '../http/responses';

export function sendDownload(
  reply: FastifyReply,
  file: { type: keyof typeof CONTENT_TYPES; name: string; bytes: Buffer | Uint8Array; noStore?: boolean },
): FastifyReply {
  reply.header('content-type', CONTENT_TYPES[file.type]).header('content-disposition', attachment(file.name));
  if (file.noStore) reply.header('cache-control', 'no-store');
  return reply.send(file.bytes);
}
