import i18next from 'i18next';

/** An error answer of the API: `{ error: { code, message, fields?, current? } }`. */
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

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', i18next.t('errors.network'));
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string; fields?: Record<string, string> } })
      ?.error;
    const current = (data as { error?: { current?: unknown } })?.error?.current;
    const retry = Number(res.headers.get('retry-after')) || undefined;
    const err = new ApiError(
      res.status,
      e?.code ?? `HTTP_${res.status}`,
      e?.message ?? i18next.t('errors.generic'),
      e?.fields ?? {},
      current,
      retry,
    );
    if (res.status === 401 && err.code === 'UNAUTHENTICATED') onUnauthenticated();
    throw err;
  }
  return data as T;
}

export const apiGet = <T>(path: string) => api<T>('GET', path);

/** Builds a query string, leaving out empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
