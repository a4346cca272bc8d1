import { describe, expect, it } from 'vitest';
import { duplicateReason, matchKey, mergeConflicts, nameWords } from './identity';

describe('matchKey', () => {
  it('is the same person with or without diacritics and spacing, in the same unit and birth year', () => {
    const a = matchKey({ kind: 'individual', name: 'Trần Thị Hường', birthYear: 1975, unitId: 'u1' });
    const b = matchKey({ kind: 'individual', name: '  tran thi  HUONG ', birthYear: 1975, unitId: 'u1' });
    expect(a).toBe(b);
  });
  it('tells apart another birth year, another unit, and a collective of the same name', () => {
    const base = { kind: 'individual' as const, name: 'Trần Thị Hường', birthYear: 1975, unitId: 'u1' };
    expect(matchKey({ ...base, birthYear: 1976 })).not.toBe(matchKey(base));
    expect(matchKey({ ...base, unitId: 'u2' })).not.toBe(matchKey(base));
    expect(matchKey({ ...base, kind: 'collective' })).not.toBe(matchKey(base));
  });
  it('keys a unit known only by name on its folded name', () => {
    expect(matchKey({ kind: 'collective', name: 'Chi hội Phụ nữ', unitName: 'Tổ dân phố 5' })).toBe(
      matchKey({ kind: 'collective', name: 'chi hoi phu nu', unitName: 'to dan pho 5' }),
    );
  });
});

describe('nameWords', () => {
  it('gives the folded distinct words', () => {
    expect(nameWords('Nguyễn Thị Thu Thủy')).toEqual(['nguyen', 'thi', 'thu', 'thuy']);
    expect(nameWords('  ')).toEqual([]);
  });
});

describe('duplicateReason', () => {
  const p = (birthYear: number | null, unitKey = 'u:1') => ({
    id: 'x',
    kind: 'individual' as const,
    searchName: 'tran thi huong',
    birthYear,
    unitKey,
  });
  it('names why two identities may be one person', () => {
    expect(duplicateReason(p(1975), p(1975, 'u:2'))).toBe('Cùng họ tên và năm sinh, khác đơn vị');
    expect(duplicateReason(p(1975), p(null))).toBe('Cùng họ tên, một bên chưa có năm sinh');
    expect(duplicateReason(p(1975), p(1976))).toBe('Cùng họ tên, năm sinh lệch 1 năm');
  });
  it('leaves apart people whose birth years are far apart, or whose names differ', () => {
    expect(duplicateReason(p(1975), p(1990))).toBeNull();
    expect(duplicateReason(p(1975), { ...p(1975), searchName: 'tran thi hương' })).toBeNull();
  });
});

describe('mergeConflicts', () => {
  it('pairs the honours of the same form in the same year', () => {
    const keep = [
      { id: 'a', formCode: 'LDTT', year: 2019 },
      { id: 'b', formCode: 'GK-CN', year: 2020 },
    ];
    const merge = [
      { id: 'c', formCode: 'LDTT', year: 2019 },
      { id: 'd', formCode: 'LDTT', year: 2020 },
    ];
    expect(mergeConflicts(keep, merge)).toEqual([[keep[0], merge[0]]]);
  });
});
