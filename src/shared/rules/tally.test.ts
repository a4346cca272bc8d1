import { describe, expect, it } from 'vitest';
import { checkEnteredCounts, judgeItem, quorumReached, rankPassed } from './tally';

const seventyPresent = { percent: 70, operator: 'gte', base: 'present' } as const;
const ninetyAll = { percent: 90, operator: 'gte', base: 'all' } as const;
const majority = { percent: 50, operator: 'gt', base: 'present' } as const;

// agree, disagree (no abstentions), rule, members present, all members → passed, reason
const judged = [
  [5, 2, seventyPresent, 7, 9, true, 'Đạt: 5/7 = 71,43% ≥ 70% số thành viên có mặt'],
  [4, 3, seventyPresent, 7, 9, false, 'Không đạt: 4/7 = 57,14% chưa ≥ 70% số thành viên có mặt'],
  [7, 3, seventyPresent, 10, 10, true, 'Đạt: 7/10 = 70% ≥ 70% số thành viên có mặt'],
  [8, 0, ninetyAll, 8, 9, false, 'Không đạt: 8/9 = 88,89% chưa ≥ 90% tổng số thành viên'],
  [9, 0, ninetyAll, 9, 10, true, 'Đạt: 9/10 = 90% ≥ 90% tổng số thành viên'],
  [3, 3, majority, 6, 9, false, 'Không đạt: 3/6 = 50% chưa > 50% số thành viên có mặt'],
  [4, 2, majority, 6, 9, true, 'Đạt: 4/6 = 66,67% > 50% số thành viên có mặt'],
] as const;

describe('judgeItem', () => {
  it.each(
    judged.map(
      ([agree, disagree, rule, present, all, passed, reason]) =>
        [{ agree, disagree, abstain: 0 }, rule, { present, all }, passed, reason] as const,
    ),
  )('%o by %o over %o → %s', (counts, rule, members, passed, reason) => {
    const r = judgeItem(counts, rule, members);
    expect(r.passed).toBe(passed);
    expect(r.reason).toBe(reason);
  });

  it('never passes on an empty base', () => {
    expect(
      judgeItem({ agree: 0, disagree: 0, abstain: 0 }, seventyPresent, { present: 0, all: 0 }).passed,
    ).toBe(false);
  });
});

describe('quorumReached', () => {
  it('needs two thirds, rounded up', () => {
    expect(quorumReached(6, 9, { numerator: 2, denominator: 3 })).toMatchObject({ ok: true, needed: 6 });
    expect(quorumReached(5, 9, { numerator: 2, denominator: 3 })).toMatchObject({ ok: false, needed: 6 });
    expect(quorumReached(7, 10, { numerator: 2, denominator: 3 })).toMatchObject({ ok: true, needed: 7 });
    expect(quorumReached(5, 9, { numerator: 2, denominator: 3 }).message).toBe(
      'Chưa đủ túc số: 5/9 thành viên có mặt, cần ít nhất 6 (2/3)',
    );
  });
});

describe('checkEnteredCounts', () => {
  it('refuses counts that exceed the ballots or are not whole', () => {
    expect(
      checkEnteredCounts({ agree: 5, disagree: 2, abstain: 0 }, { ballots: 7, allowAbstain: false }),
    ).toBeNull();
    expect(
      checkEnteredCounts({ agree: 6, disagree: 2, abstain: 0 }, { ballots: 7, allowAbstain: false }),
    ).toBe('Tổng số phiếu (8) vượt quá số phiếu hợp lệ có thể có (7)');
    expect(
      checkEnteredCounts({ agree: 1, disagree: 0, abstain: 1 }, { ballots: 7, allowAbstain: false }),
    ).toMatch(/không biểu quyết/);
    expect(
      checkEnteredCounts({ agree: -1, disagree: 0, abstain: 0 }, { ballots: 7, allowAbstain: true }),
    ).toMatch(/không âm/);
  });
});

describe('rankPassed', () => {
  it('ranks by share, then women, then collectives with ≥ 70% women, and says what decided', () => {
    const ranked = rankPassed([
      { id: 'man', sharePercent: 80, kind: 'individual', gender: 'male', womenSharePercent: null },
      { id: 'woman', sharePercent: 80, kind: 'individual', gender: 'female', womenSharePercent: null },
      { id: 'top', sharePercent: 100, kind: 'individual', gender: 'male', womenSharePercent: null },
      { id: 'club', sharePercent: 80, kind: 'collective', gender: null, womenSharePercent: 75 },
    ]);
    expect(ranked).toEqual([
      { id: 'top', rank: 1, decidedBy: 'share' },
      { id: 'woman', rank: 2, decidedBy: 'women' },
      { id: 'club', rank: 3, decidedBy: 'women_collective' },
      { id: 'man', rank: 4, decidedBy: 'tie_unbroken' },
    ]);
  });
});
