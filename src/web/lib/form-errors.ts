import type { ApiError } from './api';

/**
 * The server's per-field messages for one form: keys under `prefix` (e.g. 'plan.') with the
 * prefix removed, so they match the form's paths ('delegateRules.cap').
 */
export function fieldErrors(err: ApiError, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(err.fields)) {
    if (!prefix) out[path] = message;
    else if (path.startsWith(prefix)) out[path.slice(prefix.length)] = message;
  }
  return out;
}

/** Zod-style issues ({ path, message }) as a map keyed by dot path; the first message wins. */
export function issuesToErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const key = i.path.map(String).join('.');
    out[key] ??= i.message;
  }
  return out;
}
