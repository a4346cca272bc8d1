// Điều kiện xét khen thưởng — a nominee's eligibility for a form, judged from the register by the
// organizer's rules in force (dated data, shared/schemas/honours ELIGIBILITY_RULE_KINDS). Pure:
// the nomination page, the unit's send, the voting card and the bench all call `judgeEligibility`.
import type { EligibilityParams, EligibilityRuleKind } from '../schemas/honours';
import { foldVietnamese } from './vietnamese-text';

export type RuleOfForm = {
  id: string;
  formCode: string;
  params: EligibilityParams;
  validFrom: string;
  validTo: string | null;
  isExample: boolean;
};

export type PastHonour = {
  id: string;
  formCode: string;
  year: number;
  decisionNumber: string;
  achievementRef: string;
  revoked: boolean;
  /** The nomination the honour was written for (a QĐ's honourees), if any. */
  nominationId?: string | null;
};

export type Nominee = {
  formCode: string;
  /** The year the honour would be for (the conference's year). */
  year: number;
  /** The date rules are taken in force on (the conference's date, or the day of judging). */
  onDate: string;
  achievementRef: string;
  disciplinePending: boolean;
  /** The nomination judged: the honour it already produced (QĐ issued) is not a past honour. */
  nominationId?: string | null;
};

/** What one rule found: its kind, whether it holds, and the numbers a sentence is made of. */
export type Finding = {
  ruleId: string;
  kind: EligibilityRuleKind;
  ok: boolean;
  isExample: boolean;
  /** The forms the rule looks for (requires_prior, consecutive, min_gap). */
  forms: string[];
  /** requires_prior: how many are needed / found; consecutive, min_gap: the years asked. */
  needed: number;
  found: number;
  years: number;
  /** consecutive: the years without a qualifying honour. */
  missingYears: number[];
  /** The register rows it rests on (qualifying honours, or the ones that block). */
  evidence: PastHonour[];
};

export type Judgement = { verdict: 'eligible' | 'ineligible' | 'no_rules'; findings: Finding[] };

/** Rules of the form in force on the date, oldest first. */
export function rulesInForce<R extends RuleOfForm>(
  rules: readonly R[],
  formCode: string,
  onDate: string,
): R[] {
  return rules
    .filter((r) => r.formCode === formCode && r.validFrom <= onDate && (!r.validTo || r.validTo >= onDate))
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.id.localeCompare(b.id));
}

const base = (r: RuleOfForm) => ({
  ruleId: r.id,
  kind: r.params.kind,
  isExample: r.isExample,
  forms: [] as string[],
  needed: 0,
  found: 0,
  years: 0,
  missingYears: [] as number[],
});

function judgeOne(r: RuleOfForm, honours: readonly PastHonour[], n: Nominee): Finding {
  const p = r.params;
  const live = honours.filter((h) => !h.revoked && !(n.nominationId && h.nominationId === n.nominationId));
  switch (p.kind) {
    case 'requires_prior': {
      const first = n.year - p.years;
      const last = p.includeSameYear ? n.year : n.year - 1;
      const hits = live.filter((h) => p.forms.includes(h.formCode) && h.year >= first && h.year <= last);
      return {
        ...base(r),
        forms: p.forms,
        needed: p.count,
        found: hits.length,
        years: p.years,
        ok: hits.length >= p.count,
        evidence: hits,
      };
    }
    case 'consecutive': {
      const hits = live.filter(
        (h) => p.forms.includes(h.formCode) && h.year >= n.year - p.years && h.year < n.year,
      );
      const have = new Set(hits.map((h) => h.year));
      const missingYears: number[] = [];
      for (let y = n.year - p.years; y < n.year; y++) if (!have.has(y)) missingYears.push(y);
      return {
        ...base(r),
        forms: p.forms,
        needed: p.years,
        found: have.size,
        years: p.years,
        missingYears,
        ok: missingYears.length === 0,
        evidence: hits,
      };
    }
    case 'min_gap': {
      const forms = p.forms.length > 0 ? p.forms : [r.formCode];
      const blocking = live.filter(
        (h) => forms.includes(h.formCode) && h.year > n.year - p.years && h.year <= n.year,
      );
      return {
        ...base(r),
        forms,
        years: p.years,
        found: blocking.length,
        ok: blocking.length === 0,
        evidence: blocking,
      };
    }
    case 'one_achievement': {
      const ref = foldVietnamese(n.achievementRef);
      const same = live.filter(
        (h) =>
          (ref !== '' &&
            (foldVietnamese(h.achievementRef) === ref || foldVietnamese(h.decisionNumber) === ref)) ||
          (h.formCode === n.formCode && h.year === n.year),
      );
      return { ...base(r), forms: [n.formCode], found: same.length, ok: same.length === 0, evidence: same };
    }
    case 'discipline_block':
      return { ...base(r), ok: !n.disciplinePending, evidence: [] };
  }
}

/**
 * Judges a nominee by the rules of its form in force on `onDate`, against the identity's past
 * honours (revoked ones never count, nor the honour the nomination itself produced). Every rule
 * is reported, holding or not.
 */
export function judgeEligibility(
  rules: readonly RuleOfForm[],
  honours: readonly PastHonour[],
  nominee: Nominee,
): Judgement {
  const applicable = rulesInForce(rules, nominee.formCode, nominee.onDate);
  if (applicable.length === 0) return { verdict: 'no_rules', findings: [] };
  const findings = applicable.map((r) => judgeOne(r, honours, nominee));
  return { verdict: findings.every((f) => f.ok) ? 'eligible' : 'ineligible', findings };
}

/** The form codes a rule refers to (its own and those it looks for): each must be known (else 400). */
export function formsReferred(formCode: string, params: EligibilityParams): string[] {
  const forms = 'forms' in params ? params.forms : [];
  return [...new Set([formCode, ...forms])];
}
