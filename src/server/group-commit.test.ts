import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit';

describe('group commit', () => {
  it('writes the requests received in one turn as one batch and answers each after it', async () => {
    const batches: number[][] = [];
    const gc = new GroupCommit<number, number>(async (batch) => {
      batches.push(batch.map((w) => w.request));
      for (const w of batch) w.resolve(w.request * 10);
    });
    const answers = await Promise.all([1, 2, 3].map((n) => gc.enqueue('a', n)));
    expect(answers).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('keeps keys apart, bounds the batch size, and rejects the unsettled when a batch fails', async () => {
    const seen: string[] = [];
    const gc = new GroupCommit<number, number>(async (batch, key) => {
      seen.push(`${key}:${batch.length}`);
      batch[0]?.resolve(0);
      throw new Error('disk full');
    }, 2);
    const results = await Promise.allSettled([
      gc.enqueue('x', 1),
      gc.enqueue('x', 2),
      gc.enqueue('x', 3),
      gc.enqueue('y', 4),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(seen.sort()).toEqual(['x:1', 'x:2', 'y:1']);
  });
});
