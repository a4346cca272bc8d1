import { describe, expect, it } from 'vitest';
import type { EligibilityParams } from '../schemas/honours';
import {
  formsReferred,
  judgeEligibility,
  type Nominee,
  type PastHonour,
  type RuleOfForm,
  rulesInForce,
} from './eligibility';

let seq = 0;
const rule = (
  formCode: string,
  params: EligibilityParams,
  validFrom = '2024-01-01',
  validTo: string | null = null,
): RuleOfForm => ({ id: `r${++seq}`, formCode, params, validFrom, validTo, isExample: false });

const honour = (formCode: string, year: number, extra: Partial<PastHonour> = {}): PastHonour => ({
  id: `h${++seq}`,
  formCode,
  year,
  decisionNumber: `${seq}/QĐ-UBND`,
  achievementRef: '',
  revoked: false,
  ...extra,
});

const nominee = (formCode: string, year = 2025, extra: Partial<Nominee> = {}): Nominee => ({
  formCode,
  year,
  onDate: `${year}-03-31`,
  achievementRef: '',
  disciplinePending: false,
  ...extra,
});

describe('requires_prior', () => {
  const r = rule('CSTD-TINH', {
    kind: 'requires_prior',
    forms: ['BK-TINH'],
    count: 1,
    years: 3,
    includeSameYear: false,
  });

  it.each([
    [2021, false], // one year before the window
    [2022, true], // first year of the window (2025 − 3)
    [2024, true], // last year before
    [2025, false], // the year itself, not counted without includeSameYear
  ])('an honour of %i counts: %s', (year, ok) => {
    const j = judgeEligibility([r], [honour('BK-TINH', year)], nominee('CSTD-TINH'));
    expect(j.verdict).toBe(ok ? 'eligible' : 'ineligible');
    expect(j.findings[0]).toMatchObject({ ok, needed: 1, found: ok ? 1 : 0 });
  });

  it('counts the same year when asked to (CSTĐCS needs LĐTT of the year)', () => {
    const same = rule('CSTD-CS', {
      kind: 'requires_prior',
      forms: ['LDTT'],
      count: 1,
      years: 1,
      includeSameYear: true,
    });
    expect(judgeEligibility([same], [honour('LDTT', 2025)], nominee('CSTD-CS')).verdict).toBe('eligible');
    expect(judgeEligibility([same], [honour('LDTT', 2023)], nominee('CSTD-CS')).verdict).toBe('ineligible');
  });

  it('needs `count` of them, among any of the forms, and ignores other forms', () => {
    const two = rule('X', {
      kind: 'requires_prior',
      forms: ['A', 'B'],
      count: 2,
      years: 5,
      includeSameYear: false,
    });
    const j = judgeEligibility([two], [honour('A', 2021), honour('C', 2022)], nominee('X'));
    expect(j.findings[0]).toMatchObject({ ok: false, found: 1, needed: 2 });
    const k = judgeEligibility([two], [honour('A', 2021), honour('B', 2024)], nominee('X'));
    expect(k.findings[0]).toMatchObject({ ok: true, found: 2 });
    expect(k.findings[0]!.evidence.map((h) => h.formCode)).toEqual(['A', 'B']);
  });
});

describe('revoked honours', () => {
  it('never count, for or against', () => {
    const prior = rule('CSTD-TINH', {
      kind: 'requires_prior',
      forms: ['CSTD-CS'],
      count: 1,
      years: 3,
      includeSameYear: false,
    });
    const gap = rule('GK-CN', { kind: 'min_gap', forms: [], years: 2 });
    const revoked = { revoked: true };
    expect(judgeEligibility([prior], [honour('CSTD-CS', 2024, revoked)], nominee('CSTD-TINH')).verdict).toBe(
      'ineligible',
    );
    expect(judgeEligibility([gap], [honour('GK-CN', 2024, revoked)], nominee('GK-CN')).verdict).toBe(
      'eligible',
    );
  });

  it('nor the honour the nomination itself produced (its QĐ already issued)', () => {
    const gap = rule('GK-CN', { kind: 'min_gap', forms: [], years: 2 });
    const own = honour('GK-CN', 2025, { nominationId: 'n1' });
    expect(judgeEligibility([gap], [own], nominee('GK-CN', 2025, { nominationId: 'n1' })).verdict).toBe(
      'eligible',
    );
    expect(judgeEligibility([gap], [own], nominee('GK-CN', 2025, { nominationId: 'n2' })).verdict).toBe(
      'ineligible',
    );
  });
});

describe('consecutive', () => {
  const r = rule('CSTD-TINH', { kind: 'consecutive', forms: ['CSTD-CS'], years: 3 });

  it('holds with each of the years before', () => {
    const j = judgeEligibility(
      [r],
      [2022, 2023, 2024].map((y) => honour('CSTD-CS', y)),
      nominee('CSTD-TINH'),
    );
    expect(j.verdict).toBe('eligible');
    expect(j.findings[0]).toMatchObject({ found: 3, needed: 3, missingYears: [] });
  });

  it('names the years missing, a gap in the middle included', () => {
    const j = judgeEligibility([r], [honour('CSTD-CS', 2023), honour('CSTD-CS', 2021)], nominee('CSTD-TINH'));
    expect(j.findings[0]).toMatchObject({ ok: false, found: 1, missingYears: [2022, 2024] });
  });

  it('does not count the year itself nor two honours of one year as two years', () => {
    const j = judgeEligibility(
      [r],
      [honour('CSTD-CS', 2023), honour('CSTD-CS', 2023), honour('CSTD-CS', 2024), honour('CSTD-CS', 2025)],
      nominee('CSTD-TINH'),
    );
    expect(j.findings[0]).toMatchObject({ ok: false, found: 2, missingYears: [2022] });
  });
});

describe('min_gap', () => {
  const r = rule('GK-CN', { kind: 'min_gap', forms: [], years: 2 });

  it.each([
    [2025, false],
    [2024, false], // one year ago: closer than two
    [2023, true], // two years ago: the gap is kept
    [2026, true], // a later year is no earlier honour
  ])('an honour of %i keeps the gap: %s', (year, ok) => {
    const j = judgeEligibility([r], [honour('GK-CN', year)], nominee('GK-CN'));
    expect(j.findings[0]).toMatchObject({ ok, forms: ['GK-CN'] });
    expect(j.findings[0]!.evidence).toHaveLength(ok ? 0 : 1);
  });

  it('looks at the forms named when there are some', () => {
    const other = rule('GK-CN', { kind: 'min_gap', forms: ['GK-TT', 'BK-TINH'], years: 3 });
    expect(judgeEligibility([other], [honour('GK-CN', 2024)], nominee('GK-CN')).verdict).toBe('eligible');
    expect(judgeEligibility([other], [honour('BK-TINH', 2023)], nominee('GK-CN')).verdict).toBe('ineligible');
  });
});

describe('one_achievement', () => {
  const r = rule('DHTT-CN', { kind: 'one_achievement' });

  it('finds the achievement or decision cited before, with or without diacritics', () => {
    const before = honour('GK-CN', 2023, { achievementRef: 'Sáng kiến số 12/SK' });
    expect(
      judgeEligibility([r], [before], nominee('DHTT-CN', 2025, { achievementRef: 'sang kien so 12/sk' }))
        .verdict,
    ).toBe('ineligible');
    const decision = honour('GK-CN', 2023, { decisionNumber: '15/QĐ-UBND' });
    expect(
      judgeEligibility([r], [decision], nominee('DHTT-CN', 2025, { achievementRef: '15/QĐ-UBND' }))
        .findings[0]!.evidence,
    ).toEqual([decision]);
  });

  it('refuses the same form twice for one year, and accepts a blank reference otherwise', () => {
    expect(judgeEligibility([r], [honour('DHTT-CN', 2025)], nominee('DHTT-CN')).verdict).toBe('ineligible');
    expect(
      judgeEligibility([r], [honour('GK-CN', 2025, { achievementRef: '' })], nominee('DHTT-CN')).verdict,
    ).toBe('eligible');
  });
});

describe('discipline_block and dated rules', () => {
  it('blocks while discipline is pending', () => {
    const r = rule('LDTT', { kind: 'discipline_block' });
    expect(judgeEligibility([r], [], nominee('LDTT', 2025, { disciplinePending: true })).verdict).toBe(
      'ineligible',
    );
    expect(judgeEligibility([r], [], nominee('LDTT')).verdict).toBe('eligible');
  });

  it('takes the rules in force on the day, valid_from and valid_to included', () => {
    const old = rule(
      'CSTD-TINH',
      { kind: 'consecutive', forms: ['CSTD-CS'], years: 3 },
      '2018-01-01',
      '2023-12-31',
    );
    const current = rule('CSTD-TINH', { kind: 'consecutive', forms: ['CSTD-CS'], years: 2 }, '2024-01-01');
    const other = rule('GK-CN', { kind: 'discipline_block' }, '2000-01-01');
    const all = [current, other, old];
    expect(rulesInForce(all, 'CSTD-TINH', '2023-12-31')).toEqual([old]);
    expect(rulesInForce(all, 'CSTD-TINH', '2024-01-01')).toEqual([current]);
    expect(rulesInForce(all, 'CSTD-TINH', '2017-12-31')).toEqual([]);
    const honours = [honour('CSTD-CS', 2022), honour('CSTD-CS', 2023)];
    // 2023 under the old rule needs 2020–2022; 2024 under the new one needs 2022–2023
    expect(judgeEligibility(all, honours, nominee('CSTD-TINH', 2023)).verdict).toBe('ineligible');
    expect(judgeEligibility(all, honours, nominee('CSTD-TINH', 2024)).verdict).toBe('eligible');
  });

  it('has no verdict when the form has no rule in force, and reports every rule', () => {
    expect(judgeEligibility([], [], nominee('LDTT'))).toEqual({ verdict: 'no_rules', findings: [] });
    const two = [rule('LDTT', { kind: 'discipline_block' }), rule('LDTT', { kind: 'one_achievement' })];
    const j = judgeEligibility(two, [honour('LDTT', 2025)], nominee('LDTT'));
    expect(j.findings.map((f) => [f.kind, f.ok])).toEqual([
      ['discipline_block', true],
      ['one_achievement', false],
    ]);
    expect(j.verdict).toBe('ineligible');
  });

  it('lists the forms a rule refers to, once each', () => {
    expect(
      formsReferred('CSTD-TINH', { kind: 'consecutive', forms: ['CSTD-CS', 'CSTD-TINH'], years: 3 }),
    ).toEqual(['CSTD-TINH', 'CSTD-CS']);
    expect(formsReferred('LDTT', { kind: 'discipline_block' })).toEqual(['LDTT']);
  });
});
