import i18next from 'i18next';
import type { PlanWarning } from '../../shared/schemas/plan';

/** One problem of an import: "Dòng 7, cột 'Năm sinh': …" (row 0 = the file as a whole). */
export type RowError = { row: number; column: string; message: string };

/** An error answer of the API: `{ error: { code, message, fields?, current?, rows?, warnings? } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Per-field Vietnamese messages keyed by dot path, e.g. `plan.delegateRules.cap`. */
    readonly fields: Record<string, string> = {},
    /** On 409: the current object on the server. */
    readonly current?: unknown,
    readonly retryAfterSeconds?: number,
    /** On a rejected import: every bad row (nothing was stored). */
    readonly rows: RowError[] = [],
    /** On a plan save refused with 422: the cảnh báo kế hoạch to acknowledge (nothing was saved). */
    readonly warnings: PlanWarning[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isConflict() {
    return this.status === 409 && this.code === 'CONFLICT';
  }
}

let onUnauthenticated: () => void = () => {};

/** Called when a request finds the session gone (401 UNAUTHENTICATED). */
export function setUnauthenticatedHandler(handler: () => void) {
  onUnauthenticated = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError(0, 'NETWORK', i18next.t('errors.network'));
  }
}

/** Turns an error answer into an ApiError (and signals a lost session). */
async function failure(res: Response): Promise<ApiError> {
  const text = await res.text().catch(() => '');
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  const e = (
    data as {
      error?: {
        code?: string;
        message?: string;
        fields?: Record<string, string>;
        current?: unknown;
        rows?: RowError[];
        warnings?: PlanWarning[];
      };
    }
  )?.error;
  const retry = Number(res.headers.get('retry-after')) || undefined;
  const err = new ApiError(
    res.status,
    e?.code ?? `HTTP_${res.status}`,
    e?.message ?? i18next.t('errors.generic'),
    e?.fields ?? {},
    e?.current,
    retry,
    e?.rows ?? [],
    e?.warnings ?? [],
  );
  if (res.status === 401 && err.code === 'UNAUTHENTICATED') onUnauthenticated();
  return err;
}

async function parse<T>(res: Response): Promise<T> {
  if (!res.ok) throw await failure(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  try {
    return (text ? JSON.parse(text) : undefined) as T;
  } catch {
    return undefined as T;
  }
}

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const res = await send(path, {
    method,
    headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return parse<T>(res);
}

export const apiGet = <T>(path: string) => api<T>('GET', path);

/** Sends one file as multipart/form-data (field "file"), as the attachment and import endpoints expect. */
export async function apiUpload<T>(path: string, file: File | Blob, fileName?: string): Promise<T> {
  const data = new FormData();
  if (fileName) data.append('file', file, fileName);
  else data.append('file', file);
  const res = await send(path, { method: 'POST', headers: { accept: 'application/json' }, body: data });
  return parse<T>(res);
}

function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall through
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain?.[1] ?? fallback;
}

/** Downloads a file the API serves (XLSX, attachments) under its own name; errors as ApiError. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const res = await send(path, { method: 'GET' });
  if (!res.ok) throw await failure(res);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(res, fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Builds a query string, leaving out empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
