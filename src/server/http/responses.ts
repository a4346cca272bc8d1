// Response declarations that are not JSON objects: files, server-sent events, empty answers.
// JSON answers use the zod schemas of src/shared/schemas/<domain>.ts directly.

import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { attachment, DOCX_TYPE, XLSX_TYPE } from '../content-disposition';

const binary = z.string().meta({ format: 'binary' });

/** A download (DOCX, PDF, XLSX, ZIP, image…): documented with its content types, never serialized. */
export const fileResponse = (description: string, ...contentTypes: string[]) => ({
  description,
  content: Object.fromEntries(contentTypes.map((t) => [t, { schema: binary }])),
});

/** A stream of server-sent events. */
export const eventStream = (description: string) => ({
  description,
  content: { 'text/event-stream': { schema: z.string() } },
});

/** 204: done, nothing to send. */
export const noContent = { 204: z.null().describe('Đã xong, không có nội dung') };

export const CONTENT_TYPES = {
  docx: DOCX_TYPE,
  xlsx: XLSX_TYPE,
  pdf: 'application/pdf',
  zip: 'application/zip',
  ics: 'text/calendar',
  png: 'image/png',
  jpeg: 'image/jpeg',
} as const;

/**
 * A stored attachment as a download: its own type and name, never sniffed or run by the browser
 * (a file a unit sent is shown as it is, in a sandbox without scripts).
 */
export function sendAttachment(
  reply: FastifyReply,
  file: { mimeType: string; fileName: string },
  bytes: Buffer,
) {
  return reply
    .header('content-type', file.mimeType)
    .header('content-disposition', attachment(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(bytes);
}
