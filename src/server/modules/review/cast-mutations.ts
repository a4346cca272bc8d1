import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Choice, VoidReason } from '../../../shared/schemas/review';
import type { Db } from '../../db/client';
import { ballots } from '../../db/schema/index';
import { AppError } from '../../errors';
import { instanceId } from '../../instance';
import { instanceAlive, signalIn } from '../../live/bus';

/** The signal that carries a batch's papers, summed, to the ballot's owner (owner-link.ts). */
export const PAPERS_SIGNAL = 'ballot.papers';
/** Items per NOTIFY (a payload holds at most 8000 bytes; one item's counts take ~55). */
const ITEMS_PER_SIGNAL = 120;

/** A batch's papers summed per item (agree, disagree, abstain): what the owner adds. */
export type PaperSums = {
  ballotId: string;
  batch: string;
  part: number;
  parts: number;
  papers: number;
  counts: Record<string, [number, number, number]>;
};

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
export async function commitCasts(
  db: Db,
  ballotId: string,
  candidates: PendingCast[],
): Promise<{ counted: Set<string>; forwarded: boolean }> {
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
    const owner = ballot.ownerInstance;
    const here = owner === instanceId();
    if (!here && (!owner || !(await instanceAlive(tx, owner)))) throw ballotLost();
    // the voter rows as one JSON parameter: cheaper to build and bind than a 100-row VALUES list
    const voters = JSON.stringify(candidates.map((w) => [w.councilMemberId, w.receiptHash]));
    const inserted = (await tx.execute(sql`
      INSERT INTO ballot_voters (ballot_id, council_member_id, receipt_hash)
      SELECT ${ballotId}::uuid, (v ->> 0)::uuid, v ->> 1 FROM jsonb_array_elements(${voters}::jsonb) AS v
      ON CONFLICT DO NOTHING
      RETURNING council_member_id AS id`)) as unknown as { rows: { id: string }[] };
    const counted = new Set(inserted.rows.map((r) => r.id));
    // Cast on an instance that does not own the ballot: the owner must add these papers. They go
    // to it in this transaction's NOTIFY — delivered at commit, with the voter rows, or never —
    // summed over the batch, never in a table or the WAL (ARCHITECTURE.md "Secret ballot").
    if (!here && counted.size > 0) {
      const papers = candidates.filter((c) => counted.has(c.councilMemberId)).map((c) => c.choices);
      for (const part of sumPapers(ballotId, papers)) await signalIn(tx, PAPERS_SIGNAL, part);
    }
    return { counted, forwarded: !here };
  });
}

const INDEX: Record<Choice, 0 | 1 | 2> = { agree: 0, disagree: 1, abstain: 2 };

/** The papers summed per item, in NOTIFY-sized parts (the owner adds them once all parts arrived). */
function sumPapers(ballotId: string, papers: Record<string, Choice>[]): PaperSums[] {
  const sums = new Map<string, [number, number, number]>();
  for (const paper of papers) {
    for (const [itemId, choice] of Object.entries(paper)) {
      const c = sums.get(itemId) ?? [0, 0, 0];
      c[INDEX[choice]] += 1;
      sums.set(itemId, c);
    }
  }
  const entries = [...sums.entries()];
  const parts = Math.max(1, Math.ceil(entries.length / ITEMS_PER_SIGNAL));
  const batch = randomUUID();
  return Array.from({ length: parts }, (_, part) => ({
    ballotId,
    batch,
    part,
    parts,
    papers: papers.length,
    counts: Object.fromEntries(entries.slice(part * ITEMS_PER_SIGNAL, (part + 1) * ITEMS_PER_SIGNAL)),
  }));
}
