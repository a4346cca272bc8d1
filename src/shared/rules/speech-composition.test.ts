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
});
