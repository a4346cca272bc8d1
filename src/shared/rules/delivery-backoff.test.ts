import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, nextAttemptAt } from './delivery-backoff';

describe('delivery backoff', () => {
  const now = new Date('2026-03-20T08:00:00Z');
  const after = (attempts: number) => {
    const at = nextAttemptAt(attempts, now);
    return at && (at.getTime() - now.getTime()) / 60_000;
  };

  it('waits 1, 5, 30 minutes then 2 hours between attempts', () => {
    expect([1, 2, 3, 4].map(after)).toEqual([1, 5, 30, 120]);
  });

  it('gives up after the fifth failed attempt', () => {
    expect(MAX_ATTEMPTS).toBe(5);
    expect(nextAttemptAt(5, now)).toBeNull();
    expect(nextAttemptAt(9, now)).toBeNull();
  });
});
