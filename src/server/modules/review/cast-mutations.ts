import { eq, sql } from 'drizzle-orm';
import type { Choice } from '../../../shared/schemas/review';
import type { Db } from '../../db/client';
import { ballots, ballotTallies } from '../../db/schema/index';
import { AppError } from '../../errors';

/** One paper waiting for its batch: who (for ballot_voters) and what (for the totals), never both kept. */
export type PendingCast = {
  councilMemberId: string;
  receiptHash: string;
  /** itemId → this paper's choice (checked against the ballot's items before it is queued) */
  choices: Record<string, Choice>;
};

/**
 * Writes the papers of one batch in one transaction: one INSERT of their voter rows (ON CONFLICT
 * DO NOTHING decides who had already voted), then the totals row is read under a row lock, the
 * accepted papers are added to it and it is written back. Returns the council member ids whose
 * paper was counted (each candidate's member must be distinct).
 */
export async function commitCasts(db: Db, ballotId: string, candidates: PendingCast[]): Promise<Set<string>> {
  return db.transaction(async (tx) => {
    // FOR SHARE: closing (which updates the ballot row) waits for the batch, and vice versa
    const [ballot] = await tx
      .select({ status: ballots.status })
      .from(ballots)
      .where(eq(ballots.id, ballotId))
      .for('share');
    if (ballot?.status !== 'open') throw new AppError('INVALID_STATE', 'Phiếu đã đóng');
    // the voter rows as one JSON parameter: cheaper to build and bind than a 100-row VALUES list
    const voters = JSON.stringify(candidates.map((w) => [w.councilMemberId, w.receiptHash]));
    const inserted = (await tx.execute(sql`
      INSERT INTO ballot_voters (ballot_id, council_member_id, receipt_hash)
      SELECT ${ballotId}::uuid, (v ->> 0)::uuid, v ->> 1 FROM jsonb_array_elements(${voters}::jsonb) AS v
      ON CONFLICT DO NOTHING
      RETURNING council_member_id AS id`)) as unknown as { rows: { id: string }[] };
    const counted = new Set(inserted.rows.map((r) => r.id));
    if (counted.size === 0) return counted;
    // the totals row, locked; the batch's papers are added to it and it is written back whole
    const [tally] = await tx
      .select({ counts: ballotTallies.counts, ballotsCast: ballotTallies.ballotsCast })
      .from(ballotTallies)
      .where(eq(ballotTallies.ballotId, ballotId))
      .for('update');
    if (!tally) throw new Error(`ballot ${ballotId} is open without a totals row`);
    const counts = tally.counts;
    for (const w of candidates) {
      if (!counted.has(w.councilMemberId)) continue;
      for (const [itemId, choice] of Object.entries(w.choices)) {
        const total = counts[itemId];
        if (!total) throw new Error(`item ${itemId} is not on ballot ${ballotId}`);
        total[choice] += 1;
      }
    }
    await tx
      .update(ballotTallies)
      .set({ counts, ballotsCast: tally.ballotsCast + counted.size })
      .where(eq(ballotTallies.ballotId, ballotId));
    return counted;
  });
}
