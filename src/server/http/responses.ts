// Response declarations that are not JSON objects: files, server-sent events, empty answers.
// JSON answers use the zod schemas of src/shared/schemas/<domain>.ts directly.
import { z } from 'zod';
import { DOCX_TYPE, XLSX_TYPE } from '../content-disposition';

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
