import type { ItemCounts } from '../../../shared/rules/tally';
import type { Choice } from '../../../shared/schemas/review';
import type { Db } from '../../db/client';
import { instanceId } from '../../instance';
import { instanceAlive } from '../../live/bus';

/**
 * The running totals of the open electronic ballots this process owns — in memory only, never in
 * the database or its WAL while members vote (ARCHITECTURE.md "Secret ballot"). A paper is added
 * only after its voter row has committed (a duplicate cast never counts); closing writes the
 * final totals once. An entry belongs to the instance id that made it: after a restart (a new id)
 * the ballot has no totals here, and is void.
 */
type Totals = {
  owner: string;
  conferenceId: string;
  counts: Record<string, ItemCounts>;
  ballotsCast: number;
};

const open = new Map<string, Totals>();

const zero = (): ItemCounts => ({ agree: 0, disagree: 0, abstain: 0 });

/** Starts (or restarts, after a void round) the totals of a ballot this process has just opened. */
export function startTotals(ballotId: string, conferenceId: string, itemIds: string[]): void {
  open.set(ballotId, {
    owner: instanceId(),
    conferenceId,
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

/** Adds a batch of papers cast on another instance, summed per item (agree, disagree, abstain). */
export function addSums(
  ballotId: string,
  papers: number,
  counts: Record<string, [number, number, number]>,
): boolean {
  const t = totalsOf(ballotId);
  if (!t) return false;
  for (const [itemId, [agree, disagree, abstain]] of Object.entries(counts)) {
    const total = t.counts[itemId];
    if (!total) throw new Error(`item ${itemId} is not on ballot ${ballotId}`);
    total.agree += agree;
    total.disagree += disagree;
    total.abstain += abstain;
  }
  (t as Totals).ballotsCast += papers;
  return true;
}

/** Forgets a ballot's totals (closed: they are in ballot_tallies now; void: they count for nothing). */
export function dropTotals(ballotId: string): void {
  open.delete(ballotId);
}

/**
 * An open electronic ballot whose owner is not running any more (a restart, a crash, kill -9):
 * its running totals are lost with it. A ballot owned by another running instance is not: casts
 * there reach its owner (cast-mutations.ts). (Opened here and closed since: not lost; the batch
 * re-reads the status and refuses.)
 */
export async function isOrphaned(
  db: Db,
  ballot: { mode: string; status: string; ownerInstance: string | null },
): Promise<boolean> {
  if (ballot.mode !== 'electronic' || ballot.status !== 'open') return false;
  if (ballot.ownerInstance === instanceId()) return false;
  return !ballot.ownerInstance || !(await instanceAlive(db, ballot.ownerInstance));
}
