// When a failed notification delivery is tried again: exponential backoff, then given up.

/** Waits after the 1st, 2nd… failed attempt: 1 min, 5 min, 30 min, 2 h; the 5th failure is final. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** A delivery left 'sending' this long was claimed by a process that died: it goes back to pending. */
export const SENDING_TIMEOUT_MS = 2 * 60_000;

/**
 * After `attempts` attempts (counting the one that just failed), when to try again — or null when
 * the delivery is given up (failed).
 */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const delay = RETRY_DELAYS_MS[Math.max(0, attempts - 1)] ?? RETRY_DELAYS_MS[RETRY_DELAYS_MS.length - 1]!;
  return new Date(now.getTime() + delay);
}
