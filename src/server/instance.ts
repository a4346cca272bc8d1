import { randomUUID } from 'node:crypto';

/**
 * This process's instance id: random, new at every start. An open electronic ballot records the
 * id of the process that holds its running totals in memory (review/live-totals.ts); any other
 * id — after a restart, a crash or on another instance — means those totals are gone.
 */
let current = randomUUID();

export const instanceId = (): string => current;

/** Ids this process had before a test's restart: those "processes" are dead, whatever their connections say. */
const former = new Set<string>();
export const wasThisInstance = (id: string): boolean => former.has(id);

/** Behave as a freshly started process (the crash drill): a new id, so earlier ballots are lost. */
export function restartInstanceForTests(): void {
  former.add(current);
  current = randomUUID();
}
