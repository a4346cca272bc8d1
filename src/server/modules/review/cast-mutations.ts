import { eq, sql } from 'drizzle-orm';
import type { Choice, VoidReason } from '../../../shared/schemas/review';
import type { Db } from '../../db/client';
import { ballots } from '../../db/schema/index';
import { AppError } from '../../errors';
import { instanceId } from '../../instance';

/** One paper waiting for its batch: who (for ballot_voters) and what (for the in-memory totals). */
export type PendingCast = {
  councilMemberId: string;
  receiptHash: string;
  /** itemId → this paper's choice (checked against the ballot's items before it is queued) */
  choices: Record<string, Choice>;
};

/** Refused because the ballot is void: the process holding its running totals is gone (restart, crash). */
export const ballotLost = (reason: VoidReason = 'owner_lost') =>
  new AppError(
    'CONFLICT',
    `${reason === 'owner_lost' ? 'Phiếu đã bị hủy vì máy chủ khởi động lại khi đang bỏ phiếu' : 'Phiếu đã bị hủy vì số phiếu đếm được không khớp số người đã bỏ phiếu'}; các phiếu đã bỏ không được tính. Chờ thư ký mở lại phiếu để bỏ phiếu lại.`,
  );

/**
 * Writes the voter rows of one batch in one transaction — one INSERT, ON CONFLICT DO NOTHING
 * deciding who had already voted — and nothing else: the choices are added to the running totals
 * in memory by the caller, after this commits (live-totals.ts). Returns the council member ids
 * whose paper counts (each candidate's member must be distinct).
 */
export async function commitCasts(db: Db, ballotId: string, candidates: PendingCast[]): Promise<Set<string>> {
  return db.transaction(async (tx) => {
    // FOR SHARE: closing and voiding (which update the ballot row) wait for the batch, and vice versa
    const [ballot] = await tx
      .select({
        status: ballots.status,
        ownerInstance: ballots.ownerInstance,
        voidReason: ballots.voidReason,
      })
      .from(ballots)
      .where(eq(ballots.id, ballotId))
      .for('share');
    if (ballot?.status === 'void') throw ballotLost((ballot.voidReason as VoidReason | null) ?? undefined);
    if (ballot?.status !== 'open') throw new AppError('INVALID_STATE', 'Phiếu đã đóng');
    if (ballot.ownerInstance !== instanceId()) throw ballotLost();
    // the voter rows as one JSON parameter: cheaper to build and bind than a 100-row VALUES list
    const voters = JSON.stringify(candidates.map((w) => [w.councilMemberId, w.receiptHash]));
    const inserted = (await tx.execute(sql`
      INSERT INTO ballot_voters (ballot_id, council_member_id, receipt_hash)
      SELECT ${ballotId}::uuid, (v ->> 0)::uuid, v ->> 1 FROM jsonb_array_elements(${voters}::jsonb) AS v
      ON CONFLICT DO NOTHING
      RETURNING council_member_id AS id`)) as unknown as { rows: { id: string }[] };
    return new Set(inserted.rows.map((r) => r.id));
  });
}
