import { describe, expect, it } from 'vitest';
import { unmetHonoreeTargets } from './honoree-targets';

const form = (id: string, minHonorees: number | null, maxHonorees: number | null) => ({
  id,
  name: `Hình thức ${id}`,
  minHonorees,
  maxHonorees,
});
/** `n` honorees of the form `id` */
const of = (id: string, n: number) => Array.from({ length: n }, () => ({ awardFormId: id }));

describe('unmetHonoreeTargets', () => {
  it('names a form with fewer honorees than its minimum, with the numbers', () => {
    expect(unmetHonoreeTargets([form('CN', 5, null)], of('CN', 3))).toEqual([
      {
        awardFormId: 'CN',
        awardFormName: 'Hình thức CN',
        minHonorees: 5,
        maxHonorees: null,
        selected: 3,
        missing: 2,
      },
    ]);
  });

  it('is quiet once the minimum is met or passed', () => {
    expect(unmetHonoreeTargets([form('CN', 5, 8)], of('CN', 5))).toEqual([]);
    expect(unmetHonoreeTargets([form('CN', 5, 8)], of('CN', 7))).toEqual([]);
  });

  it('treats an exact number (min = max) as a minimum: short is warned, exact is not', () => {
    expect(unmetHonoreeTargets([form('TT', 4, 4)], of('TT', 3))).toMatchObject([
      { awardFormId: 'TT', minHonorees: 4, maxHonorees: 4, selected: 3, missing: 1 },
    ]);
    expect(unmetHonoreeTargets([form('TT', 4, 4)], of('TT', 4))).toEqual([]);
  });

  it('never warns about a form without a target, even with no honoree', () => {
    expect(unmetHonoreeTargets([form('A', null, null), form('B', null, 3), form('C', 0, 2)], [])).toEqual([]);
  });

  it('counts each form apart, including one nobody was selected for, in the forms’ order', () => {
    const forms = [form('TT', 2, null), form('CN', 5, 5), form('GK', 1, null)];
    const honorees = [...of('CN', 5), ...of('GK', 1), ...of('TT', 1)];
    expect(unmetHonoreeTargets(forms, honorees).map((u) => [u.awardFormId, u.selected])).toEqual([['TT', 1]]);
    expect(unmetHonoreeTargets([form('HGD', 3, null), ...forms], honorees)).toMatchObject([
      { awardFormId: 'HGD', selected: 0, missing: 3 },
      { awardFormId: 'TT', selected: 1, missing: 1 },
    ]);
  });
});
