import { z } from 'zod';

// Field builders whose messages name the field and the rule in Vietnamese.

/** A required, trimmed text field. */
export const text = (field: string, max: number) =>
  z
    .string({
      error: (iss) => (iss.input === undefined ? `${field} là bắt buộc` : `${field} phải là chuỗi ký tự`),
    })
    .trim()
    .min(1, { error: `${field} không được để trống` })
    .max(max, { error: `${field} không được dài quá ${max} ký tự` });

/** A list of non-empty lines. */
export const lines = (field: string, max: number) =>
  z.array(text(field, max), { error: `${field} phải là danh sách` }).default([]);

export const nonNegativeInt = (field: string) =>
  z
    .number({ error: (iss) => (iss.input === undefined ? `${field} là bắt buộc` : `${field} phải là số`) })
    .int({ error: `${field} phải là số nguyên` })
    .min(0, { error: `${field} không được âm` })
    .max(1_000_000, { error: `${field} quá lớn` });

export const percent = (field: string) =>
  z
    .number({ error: (iss) => (iss.input === undefined ? `${field} là bắt buộc` : `${field} phải là số`) })
    .min(0, { error: `${field} không được âm` })
    .max(100, { error: `${field} không được vượt quá 100%` });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date that really exists, sent as YYYY-MM-DD. People type and read it as dd/mm/yyyy
 * (the web's DateField), so a missing date is asked for in those words.
 */
export const isoDate = (field: string) => {
  const required = `${field} là bắt buộc: nhập ngày/tháng/năm (dd/mm/yyyy)`;
  return z
    .string({ error: (iss) => (iss.input === undefined ? required : `${field} phải là ngày`) })
    .min(1, { error: required, abort: true })
    .regex(ISO_DATE, { error: `${field} không phải là ngày hợp lệ`, abort: true })
    .refine((v) => isRealDate(v), { error: `${field} không phải là ngày có thật` });
};

/** A clock time as HH:MM (24 h), e.g. 07:30. */
export const clockTime = (field: string) =>
  z
    .string({ error: `${field} phải có dạng HH:MM` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${field} phải có dạng HH:MM (ví dụ 07:30)` });

export const isoDateTime = (field: string) =>
  z.iso.datetime({ offset: true, local: true, error: `${field} phải là ngày giờ hợp lệ` });

export function isRealDate(v: string): boolean {
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export const uuidParam = (field: string) => z.uuid({ error: `${field} không hợp lệ` });

/** Optimistic concurrency: every edit carries the version it was based on. */
export const versionField = z
  .number({ error: 'Phiên bản (version) phải là số' })
  .int()
  .min(1, { error: 'Phiên bản (version) không hợp lệ' });

// Response-view builders.

/** The actor's permissions on a view: each named flag a boolean (`flags('canEdit', 'canDelete')`). */
export const flags = <const K extends string>(...keys: K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.boolean()])) as { [P in K]: z.ZodBoolean });

/** A list answer: the items and what the actor may do with the list. */
export const listView = <T extends z.ZodType, P extends z.ZodType>(item: T, permissions: P) =>
  z.object({ items: z.array(item), permissions });
