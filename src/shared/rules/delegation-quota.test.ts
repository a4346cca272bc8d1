import { describe, expect, it } from 'vitest';
import type { DelegationQuota } from '../schemas/plan';
import { checkDelegationQuota, type QuotaMember, quotaRefusal } from './delegation-quota';

const names = {
  categories: [
    { key: 'exemplary', label: 'Đại biểu điển hình tiên tiến' },
    { key: 'guest', label: 'Đại biểu khách mời' },
  ],
};

const member = (over: Partial<QuotaMember> = {}): QuotaMember => ({
  kind: 'individual',
  category: 'exemplary',
  gender: 'male',
  attributes: [],
  ...over,
});
const guest = (over: Partial<QuotaMember> = {}) => member({ category: 'guest', ...over });

/** 1 tập thể + 5 cá nhân, in which exactly 1 guest and at least 2 women. */
const quota: DelegationQuota = {
  targetName: 'Hội nghị điển hình tiên tiến tỉnh',
  collectives: 1,
  individuals: 5,
  parts: [
    { dimension: 'category', value: 'guest', count: 1 },
    { dimension: 'attribute', value: 'female', count: 2, op: 'min' },
  ],
};

describe('checkDelegationQuota (số lượng đi dự hội nghị cấp trên)', () => {
  it('an old plan without parts reads as before: collectives and individuals', () => {
    const old = { targetName: 'Hội nghị Thành phố', collectives: 1, individuals: 5 } as DelegationQuota;
    const c = checkDelegationQuota(old, [member(), member({ kind: 'collective', category: null })], names);
    expect(c.messages).toEqual(['Còn thiếu 4 cá nhân']);
    expect(c.total).toEqual({ count: 2, target: 6 });
    expect(c.lines.map((l) => `${l.noun} ${l.count}/${l.target}`)).toEqual(['tập thể 1/1', 'cá nhân 1/5']);
  });

  it('exactly at every part: ok', () => {
    const members = [
      member({ kind: 'collective', category: null, gender: null }),
      guest({ gender: 'female' }),
      member({ gender: 'female' }),
      member(),
      member(),
      member(),
    ];
    const c = checkDelegationQuota(quota, members, names);
    expect(c).toMatchObject({ ok: true, messages: [], total: { count: 6, target: 6 } });
    expect(c.lines.map((l) => [l.noun, l.count, l.target, l.full])).toEqual([
      ['tập thể', 1, 1, true],
      ['cá nhân', 5, 5, true],
      ['đại biểu khách mời', 1, 1, true],
      ['đại biểu nữ', 2, 2, false],
    ]);
  });

  it('one guest over and one woman under: both told with the numbers and the fix', () => {
    const members = [
      member({ kind: 'collective', category: null, gender: null }),
      guest(),
      guest({ gender: 'female' }),
      member(),
      member(),
    ];
    expect(checkDelegationQuota(quota, members, names).messages).toEqual([
      'Còn thiếu 1 cá nhân',
      'Đoàn đã có 2 đại biểu khách mời, kế hoạch cho 1: bớt 1',
      'Đoàn mới có 1 đại biểu nữ, kế hoạch cho tối thiểu 2: thêm 1',
    ]);
  });

  it('a maximum part is fine under its number and broken one over it', () => {
    const q: DelegationQuota = {
      ...quota,
      parts: [{ dimension: 'category', value: 'guest', count: 2, op: 'max' }],
    };
    expect(checkDelegationQuota(q, [guest(), guest()], names).lines[2]).toMatchObject({
      ok: true,
      full: true,
    });
    expect(checkDelegationQuota(q, [guest()], names).lines[2]).toMatchObject({ ok: true, full: false });
    expect(checkDelegationQuota(q, [guest(), guest(), guest()], names).messages).toContain(
      'Đoàn đã có 3 đại biểu khách mời, kế hoạch cho tối đa 2: bớt 1',
    );
  });

  it('an unknown category or attribute is named by its key', () => {
    const q: DelegationQuota = {
      ...quota,
      parts: [
        { dimension: 'category', value: 'press', count: 1 },
        { dimension: 'attribute', value: 'veteran', count: 1 },
      ],
    };
    const c = checkDelegationQuota(q, [member({ attributes: ['veteran'] })], names);
    expect(c.lines.slice(2).map((l) => [l.noun, l.count])).toEqual([
      ['nhóm "press"', 0],
      ['đại biểu có thuộc tính "veteran"', 1],
    ]);
    // the plan's own attribute is named by the label the organizer gave it
    const labelled = checkDelegationQuota(q, [member({ attributes: ['veteran'] })], {
      ...names,
      attributes: [{ key: 'veteran', label: 'Cựu chiến binh' }],
    });
    expect(labelled.lines[3]?.noun).toBe('đại biểu cựu chiến binh');
  });
});

describe('quotaRefusal (thêm vào đoàn)', () => {
  const base = [member({ kind: 'collective', category: null }), guest()];

  it('refuses a second guest when the plan gives one, naming the part and the numbers', () => {
    expect(quotaRefusal(quota, base, { ...guest(), name: 'Lê Văn Khách' }, names)).toBe(
      'Đoàn đi dự Hội nghị điển hình tiên tiến tỉnh đã đủ 1 đại biểu khách mời (đã chọn 1/1); ' +
        'không thể thêm cá nhân "Lê Văn Khách"',
    );
  });

  it('takes one under: an exemplary individual while individuals have room', () => {
    expect(quotaRefusal(quota, base, { ...member(), name: 'Trần Văn Bình' }, names)).toBeNull();
  });

  it('a minimum part never refuses; the kind figures still do', () => {
    const women = [member({ gender: 'female' }), member({ gender: 'female' })];
    expect(quotaRefusal(quota, women, { ...member({ gender: 'female' }), name: 'Cúc' }, names)).toBeNull();
    expect(
      quotaRefusal(quota, base, { ...member({ kind: 'collective', category: null }), name: 'TDP 2' }, names),
    ).toBe(
      'Đoàn đi dự Hội nghị điển hình tiên tiến tỉnh đã đủ 1 tập thể (đã chọn 1/1); không thể thêm tập thể "TDP 2"',
    );
  });
});
