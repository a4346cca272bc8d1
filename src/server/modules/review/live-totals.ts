import type { ItemCounts } from '../../../shared/rules/tally';
import type { Choice } from '../../../shared/schemas/review';
import { instanceId } from '../../instance';

/**
 * The running totals of the open electronic ballots this process owns — in memory only, never in
 * the database or its WAL while members vote (ARCHITECTURE.md "Secret ballot"). A paper is added
 * only after its voter row has committed (a duplicate cast never counts); closing writes the
 * final totals once. An entry belongs to the instance id that made it: after a restart (a new id)
 * the ballot has no totals here, and is void.
 */
type Totals = { owner: string; counts: Record<string, ItemCounts>; ballotsCast: number };

const open = new Map<string, Totals>();

const zero = (): ItemCounts => ({ agree: 0, disagree: 0, abstain: 0 });

/** Starts (or restarts, after a void round) the totals of a ballot this process has just opened. */
export function startTotals(ballotId: string, itemIds: string[]): void {
  open.set(ballotId, {
    owner: instanceId(),
    counts: Object.fromEntries(itemIds.map((id) => [id, zero()])),
    ballotsCast: 0,
  });
}

/** This process's totals of an open ballot, or null: not opened here (restart, other instance). */
export function totalsOf(ballotId: string): Readonly<Totals> | null {
  const t = open.get(ballotId);
  return t && t.owner === instanceId() ? t : null;
}

/** Adds committed papers (their voter rows are in the database). False: no totals here. */
export function addPapers(ballotId: string, papers: Record<string, Choice>[]): boolean {
  const t = totalsOf(ballotId);
  if (!t) return false;
  for (const choices of papers) {
    for (const [itemId, choice] of Object.entries(choices)) {
      const total = t.counts[itemId];
      if (!total) throw new Error(`item ${itemId} is not on ballot ${ballotId}`);
      total[choice] += 1;
    }
  }
  (t as Totals).ballotsCast += papers.length;
  return true;
}

/** Forgets a ballot's totals (closed: they are in ballot_tallies now; void: they count for nothing). */
export function dropTotals(ballotId: string): void {
  open.delete(ballotId);
}

/**
 * An open electronic ballot opened by another process (or by this one before a restart): its
 * running totals are not here — lost with their owner. (Opened here and closed since: not lost;
 * the batch re-reads the status and refuses.)
 */
export const isOrphaned = (ballot: { mode: string; status: string; ownerInstance: string | null }) =>
  ballot.mode === 'electronic' && ballot.status === 'open' && ballot.ownerInstance !== instanceId();
