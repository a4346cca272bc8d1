import { describe, expect, it } from 'vitest';
import {
  decisionKey,
  decisionMismatch,
  duplicatePairs,
  formFitsSubject,
  normalizeDecisionNumber,
  yearAfterDecision,
} from './honour-register';
import type { DuplicateCandidate } from './identity';

describe('decision numbers', () => {
  it.each([
    ['12/QĐ-UBND', '12/QĐ-UBND'],
    ['  12 / QĐ - UBND ', '12/QĐ-UBND'],
    ['12/Q\u0110-UBND', '12/QĐ-UBND'],
    // NFD input (ê typed as e + combining circumflex) compares as NFC
    ['5/QĐ-UBND ngày\u0065\u0302', '5/QĐ-UBND ngàyê'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDecisionNumber(input)).toBe(expected);
  });

  it('names one decision per number and year: numbering starts again every year', () => {
    expect(decisionKey('12/QĐ-UBND', '2020-01-05')).toBe(decisionKey(' 12 /QĐ-UBND', '2020-12-31'));
    expect(decisionKey('12/QĐ-UBND', '2020-01-05')).not.toBe(decisionKey('12/QĐ-UBND', '2021-01-05'));
  });
});

describe('decisionMismatch', () => {
  const known = { decisionNumber: '12/QĐ-UBND', decisionDate: '2020-01-05', signerLevel: 'commune' as const };
  it.each([
    ['the same decision', { ...known }, null],
    [
      'another date that year',
      { ...known, decisionDate: '2020-02-01' },
      { field: 'decisionDate', known: '2020-01-05' },
    ],
    [
      'another signer level',
      { ...known, signerLevel: 'district' as const },
      { field: 'signerLevel', known: 'commune' },
    ],
    [
      'date and level both: the date is named',
      { ...known, decisionDate: '2020-03-01', signerLevel: 'state' as const },
      { field: 'decisionDate', known: '2020-01-05' },
    ],
    [
      'the same number another year',
      { ...known, decisionDate: '2021-01-05', signerLevel: 'state' as const },
      null,
    ],
    ['another number', { ...known, decisionNumber: '13/QĐ-UBND', decisionDate: '2020-02-01' }, null],
  ])('%s', (_, incoming, expected) => {
    expect(decisionMismatch(known, incoming)).toEqual(expected);
  });
});

describe('an honour and its decision', () => {
  it.each([
    [2019, '2020-01-10', false],
    [2020, '2020-12-20', false],
    [2021, '2020-12-20', true],
  ])('year %i by a decision of %s: after it = %s', (year, date, after) => {
    expect(yearAfterDecision(year, date)).toBe(after);
  });

  it('a form goes to the kind it applies to', () => {
    expect(formFitsSubject('individual', 'individual')).toBe(true);
    expect(formFitsSubject('household', 'collective')).toBe(false);
  });
});

describe('duplicatePairs', () => {
  const c = (id: string, over: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({
    id,
    kind: 'individual',
    searchName: 'dang thi thu ha',
    birthYear: 1979,
    unitKey: 'u:1',
    ...over,
  });

  it('pairs the records of one kind and name that may be one, with the reason', () => {
    const pairs = duplicatePairs([
      c('a'),
      c('b', { birthYear: 1980 }),
      c('c', { birthYear: 1950 }),
      c('d', { kind: 'collective', searchName: 'to dan pho 5' }),
      c('e', { kind: 'collective', searchName: 'to dan pho 5', unitKey: 'n:to dan pho 5' }),
      c('f', { searchName: 'le van an' }),
    ]);
    expect(pairs.map((p) => [p.subjects.map((s) => s.id).join('+'), p.reason])).toEqual([
      ['a+b', 'Cùng họ tên, năm sinh lệch 1 năm'],
      ['d+e', 'Cùng tên, khác đơn vị'],
    ]);
  });

  it('stops at the maximum', () => {
    const many = Array.from({ length: 30 }, (_, i) => c(String(i), { birthYear: null }));
    expect(duplicatePairs(many, 10)).toHaveLength(10);
  });
});
