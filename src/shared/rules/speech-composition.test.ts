import { describe, expect, it } from 'vitest';
import { checkSpeechComposition } from './speech-composition';

// the demo conference: 5 = 2 TDP + 1 đoàn thể + 1 cơ quan, đơn vị + 1 cá nhân
const rule = {
  total: 5,
  parts: [
    {
      kind: 'unit_type' as const,
      unitType: 'residential_group' as const,
      label: 'Tổ dân phố (TDP)',
      count: 2,
    },
    { kind: 'unit_type' as const, unitType: 'mass_organization' as const, label: 'Đoàn thể', count: 1 },
    { kind: 'unit_type' as const, unitType: 'agency' as const, label: 'Cơ quan, đơn vị', count: 1 },
    { kind: 'individual' as const, label: 'Cá nhân', count: 1 },
  ],
};
const tdp = { kind: 'unit_type' as const, unitType: 'residential_group' };
const union = { kind: 'unit_type' as const, unitType: 'mass_organization' };
const agency = { kind: 'unit_type' as const, unitType: 'agency' };
const person = { kind: 'individual' as const };

describe('checkSpeechComposition', () => {
  it('accepts the seed composition', () => {
    expect(checkSpeechComposition(rule, [tdp, tdp, union, agency, person])).toMatchObject({
      ok: true,
      messages: [],
    });
  });

  it('says what is missing, live', () => {
    const r = checkSpeechComposition(rule, [tdp, tdp, agency, person]);
    expect(r.ok).toBe(false);
    expect(r.messages).toEqual(['Còn thiếu 1 tham luận của đoàn thể']);
  });

  it('says what is over and what is outside the composition', () => {
    const r = checkSpeechComposition(rule, [
      tdp,
      tdp,
      tdp,
      union,
      agency,
      person,
      { kind: 'unit_type', unitType: 'school' },
    ]);
    expect(r.messages).toEqual([
      'Thừa 1 tham luận của tổ dân phố (TDP)',
      '1 tham luận không thuộc cơ cấu đã định',
      'Tổng số tham luận (7) vượt quá 5',
    ]);
  });

  describe('named parts (một đơn vị cụ thể, một tập thể/cá nhân)', () => {
    const thcs = 'a0000000-0000-4000-8000-000000000001';
    const mamNon = 'a0000000-0000-4000-8000-000000000002';
    const congAn = 'a0000000-0000-4000-8000-000000000003';
    const nguyenVanA = 'b0000000-0000-4000-8000-000000000001';
    const named = {
      total: 4,
      parts: [
        { kind: 'unit' as const, unitId: thcs, label: 'Trường THCS Văn Yên', count: 1 },
        { kind: 'unit_type' as const, unitType: 'school' as const, label: 'Trường học', count: 1 },
        { kind: 'unit' as const, unitId: congAn, label: 'Công an phường', count: 1 },
        { kind: 'honoree' as const, nominationId: nguyenVanA, label: 'Ông Nguyễn Văn A', count: 1 },
      ],
    };
    const school = (unitId: string) => ({ kind: 'unit_type' as const, unitType: 'school', unitId });
    const police = { kind: 'unit_type' as const, unitType: 'agency', unitId: congAn };
    const mrA = { kind: 'individual' as const, unitId: congAn, nominationId: nguyenVanA };

    it('accepts each named unit and honoree by exactly that one', () => {
      const r = checkSpeechComposition(named, [school(mamNon), mrA, police, school(thcs)]);
      expect(r.messages).toEqual([]);
      expect(r.parts.map((p) => p.assigned)).toEqual([1, 1, 1, 1]);
    });

    it('does not count a speech by the wrong school for the right one', () => {
      const r = checkSpeechComposition(named, [school(mamNon), school(mamNon), police, mrA]);
      expect(r.ok).toBe(false);
      expect(r.parts.map((p) => [p.label, p.assigned])).toEqual([
        ['Trường THCS Văn Yên', 0],
        ['Trường học', 2],
        ['Công an phường', 1],
        ['Ông Nguyễn Văn A', 1],
      ]);
      expect(r.messages).toEqual([
        'Còn thiếu 1 tham luận của Trường THCS Văn Yên',
        'Thừa 1 tham luận của trường học',
      ]);
    });

    it('counts another individual, even of the same unit, neither for the honoree nor for the unit', () => {
      const other = { kind: 'individual' as const, unitId: congAn, nominationId: mamNon };
      const r = checkSpeechComposition(named, [school(thcs), school(mamNon), police, other]);
      expect(r.messages).toEqual([
        'Còn thiếu 1 tham luận của Ông Nguyễn Văn A',
        '1 tham luận không thuộc cơ cấu đã định',
      ]);
    });

    it('counts the named school once, for its own part, and a second speech of it for the type', () => {
      const r = checkSpeechComposition(named, [school(thcs), school(thcs), police, mrA]);
      expect(r.ok).toBe(true);
      const over = checkSpeechComposition(named, [school(thcs), school(thcs), school(thcs), police, mrA]);
      expect(over.messages).toEqual([
        'Thừa 1 tham luận của Trường THCS Văn Yên',
        'Tổng số tham luận (5) vượt quá 4',
      ]);
    });
  });
});
