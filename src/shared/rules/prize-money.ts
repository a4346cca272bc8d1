// Tiền thưởng: amount = hệ số của hình thức khen thưởng × mức lương cơ sở in force on the
// decision date, rounded by the organizer's rule; written in figures ("2.530.000 đồng") and in
// Vietnamese words ("Hai triệu năm trăm ba mươi nghìn đồng") as decisions and budgets write them.
import type { z } from 'zod';
import type { baseSalaryInputSchema } from '../schemas/nominations';
import { groupByForm, type HonoreeEntry, type HonoreeGroup } from './honorees';

/** One row of the dated base-salary table (`base_salaries`, `/api/base-salaries`). */
export type DatedBaseSalary = Pick<z.infer<typeof baseSalaryInputSchema>, 'effectiveFrom' | 'amount'>;

/**
 * How an amount is rounded: not at all (to the đồng), up to the next 10.000 đồng, or to the
 * nearest 1.000 đồng (half up). Practice differs between organizers, so it is a setting.
 */
export const PRIZE_ROUNDINGS = ['none', 'up_10000', 'nearest_1000'] as const;
export type PrizeRounding = (typeof PRIZE_ROUNDINGS)[number];

/** The base salary in force on `isoDate`: the latest `effectiveFrom` ≤ that day, or null. */
export function baseSalaryOn<T extends DatedBaseSalary>(table: readonly T[], isoDate: string): T | null {
  let best: T | null = null;
  for (const row of table) {
    if (row.effectiveFrom <= isoDate && (!best || row.effectiveFrom > best.effectiveFrom)) best = row;
  }
  return best;
}

/** Rounds a whole number of đồng by the rule. */
export function roundPrize(amount: number, rounding: PrizeRounding): number {
  if (rounding === 'up_10000') return Math.ceil(amount / 10_000) * 10_000;
  if (rounding === 'nearest_1000') return Math.floor((amount + 500) / 1_000) * 1_000;
  return amount;
}

export type PrizeAmount = {
  coefficient: number;
  /** The base salary used (its amount and since when). */
  baseSalary: DatedBaseSalary;
  /** coefficient × base salary before rounding, to the đồng (half up). */
  exact: number;
  amount: number;
};

/**
 * The prize of one honoree. The coefficient has at most two decimals (the column is
 * numeric(6,2)); it is taken in hundredths so 0.3 × 2.340.000 is exactly 702.000, never
 * 701.999,99. Null when no base salary is in force on the decision date.
 */
export function prizeAmount(input: {
  coefficient: number;
  decisionDate: string;
  baseSalaries: readonly DatedBaseSalary[];
  rounding: PrizeRounding;
}): PrizeAmount | null {
  const salary = baseSalaryOn(input.baseSalaries, input.decisionDate);
  if (!salary) return null;
  if (!Number.isFinite(input.coefficient) || input.coefficient < 0) {
    throw new RangeError(`Hệ số tiền thưởng không hợp lệ: ${input.coefficient}`);
  }
  const hundredths = Math.round(input.coefficient * 100) * salary.amount;
  const exact = Math.floor((hundredths + 50) / 100);
  return {
    coefficient: input.coefficient,
    baseSalary: { effectiveFrom: salary.effectiveFrom, amount: salary.amount },
    exact,
    amount: roundPrize(exact, input.rounding),
  };
}

/** An award form as far as its prize goes: its id and hệ số tiền thưởng. */
export type PrizeForm = { id: string; prizeCoefficient: number };

export type PricedHonoree<T extends HonoreeEntry> = T & {
  coefficient: number;
  /** Null when no base salary is in force on the day. */
  amount: number | null;
};

export type PrizeGroup<T extends HonoreeEntry> = HonoreeGroup<PricedHonoree<T>> & { total: number };

/**
 * The prize lines of the award decision (and of the budget and the dashboard): each honoree priced
 * by its form's coefficient × the base salary in force on `day`, rounded by the rule, grouped by
 * form (collectives first) with the totals per group and overall. A form not given counts 0.
 */
export function prizeLines<T extends HonoreeEntry>(
  honorees: readonly T[],
  forms: readonly PrizeForm[],
  opts: { baseSalaries: readonly DatedBaseSalary[]; day: string; rounding: PrizeRounding },
): { groups: PrizeGroup<T>[]; total: number } {
  const coefficient = new Map(forms.map((f) => [f.id, Number(f.prizeCoefficient)]));
  const lines: PricedHonoree<T>[] = honorees.map((h) => {
    const c = coefficient.get(h.formId) ?? 0;
    const prize = prizeAmount({
      coefficient: c,
      decisionDate: opts.day,
      baseSalaries: opts.baseSalaries,
      rounding: opts.rounding,
    });
    return { ...h, coefficient: c, amount: prize?.amount ?? null };
  });
  const groups = groupByForm(lines).map((g) => ({
    ...g,
    total: g.rows.reduce((s, r) => s + (r.amount ?? 0), 0),
  }));
  return { groups, total: groups.reduce((s, g) => s + g.total, 0) };
}

/**
 * Where the decision date comes from: the issued QĐ (the register's date), the date the secretary
 * set for the draft (Cài đặt văn bản), the conference day, or today when there is none of them.
 */
export const DECISION_DATE_SOURCES = ['issued', 'setting', 'conference_day', 'today'] as const;
export type DecisionDateSource = (typeof DECISION_DATE_SOURCES)[number];

/**
 * The date the prizes are computed on. `issued` is the date of the issued QĐ (left out for a
 * draft being built), `setting` the draft's date, `conferenceDay` its default.
 */
export function decisionDate(input: {
  issued?: string | null;
  setting?: string | null;
  conferenceDay?: string | null;
  today: string;
}): { date: string; source: DecisionDateSource } {
  if (input.issued) return { date: input.issued, source: 'issued' };
  if (input.setting) return { date: input.setting, source: 'setting' };
  if (input.conferenceDay) return { date: input.conferenceDay, source: 'conference_day' };
  return { date: input.today, source: 'today' };
}

/** The prizes as of one decision date: the base salary used, each form's prize, the lines and total. */
export type Prizes<T extends HonoreeEntry, F extends PrizeForm = PrizeForm> = {
  day: string;
  /** Null when no base salary is in force on `day` (then every amount is null and the total 0). */
  baseSalary: DatedBaseSalary | null;
  rounding: PrizeRounding;
  /** Each award form with its prize per honoree (coefficient × base salary, rounded). */
  forms: (F & { amount: number | null })[];
  groups: PrizeGroup<T>[];
  total: number;
};

/**
 * The one computation behind the QĐ, the budget, the award-forms page and the dashboard:
 * `prizeLines` on `day`, with the base salary it used and each form's prize.
 */
export function prizesAsOf<T extends HonoreeEntry, F extends PrizeForm>(
  honorees: readonly T[],
  forms: readonly F[],
  opts: { baseSalaries: readonly DatedBaseSalary[]; day: string; rounding: PrizeRounding },
): Prizes<T, F> {
  const salary = baseSalaryOn(opts.baseSalaries, opts.day);
  const { groups, total } = prizeLines(honorees, forms, opts);
  return {
    day: opts.day,
    baseSalary: salary && { effectiveFrom: salary.effectiveFrom, amount: salary.amount },
    rounding: opts.rounding,
    forms: forms.map((f) => ({
      ...f,
      amount:
        prizeAmount({
          coefficient: Number(f.prizeCoefficient),
          decisionDate: opts.day,
          baseSalaries: opts.baseSalaries,
          rounding: opts.rounding,
        })?.amount ?? null,
    })),
    groups,
    total,
  };
}

export type PrizeLine = { formKey: string; formName: string; amount: number };
export type PrizeFormTotal = { formKey: string; formName: string; count: number; total: number };

/** Totals per award form (in the order the forms first appear) and overall. */
export function prizeTotals(lines: readonly PrizeLine[]): {
  forms: PrizeFormTotal[];
  count: number;
  total: number;
} {
  const byForm = new Map<string, PrizeFormTotal>();
  for (const l of lines) {
    const f = byForm.get(l.formKey) ?? { formKey: l.formKey, formName: l.formName, count: 0, total: 0 };
    f.count += 1;
    f.total += l.amount;
    byForm.set(l.formKey, f);
  }
  const forms = [...byForm.values()];
  return { forms, count: lines.length, total: forms.reduce((s, f) => s + f.total, 0) };
}

/** 2530000 → "2.530.000" (dots between thousands, as Vietnamese documents write figures). */
export function formatVnd(amount: number): string {
  assertWholeDong(amount);
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 2530000 → "2.530.000 đồng". */
export function formatDong(amount: number): string {
  return `${formatVnd(amount)} đồng`;
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const BILLION = 1_000_000_000;

function assertWholeDong(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Số tiền không hợp lệ: ${n}`);
}

/**
 * One group of three digits (0–999). `full`: a higher group precedes it, so a missing hundred is
 * read "không trăm" and a lone unit after it "linh" (1.005.000 → "… không trăm linh năm nghìn").
 */
function readTriple(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const words: string[] = [];
  if (h > 0 || full) words.push(DIGITS[h]!, 'trăm');
  if (t === 0) {
    if (u > 0 && words.length > 0) words.push('linh');
  } else if (t === 1) {
    words.push('mười');
  } else {
    words.push(DIGITS[t]!, 'mươi');
  }
  if (u === 0) return words;
  // mốt after "mươi" (21 "hai mươi mốt", never after "mười": 11 "mười một");
  // tư after "mươi" (24 "hai mươi tư"); lăm after any ten (15 "mười lăm", 25 "hai mươi lăm").
  if (u === 1 && t >= 2) words.push('mốt');
  else if (u === 4 && t >= 2) words.push('tư');
  else if (u === 5 && t >= 1) words.push('lăm');
  else words.push(DIGITS[u]!);
  return words;
}

/** Below one billion: groups of triệu, nghìn and units; all-zero groups are not read. */
function readBelowBillion(n: number, full: boolean): string[] {
  const groups: [number, string][] = [
    [Math.floor(n / 1_000_000), 'triệu'],
    [Math.floor(n / 1_000) % 1_000, 'nghìn'],
    [n % 1_000, ''],
  ];
  const words: string[] = [];
  let started = full;
  for (const [value, unit] of groups) {
    if (value === 0) continue;
    words.push(...readTriple(value, started));
    if (unit) words.push(unit);
    started = true;
  }
  return words;
}

function readNumber(n: number, full: boolean): string[] {
  if (n < BILLION) return readBelowBillion(n, full);
  // tỷ repeats: 10^12 is "một nghìn tỷ", 10^15 "một triệu tỷ".
  const high = Math.floor(n / BILLION);
  const rest = n % BILLION;
  const words = [...readNumber(high, full), 'tỷ'];
  if (rest > 0) words.push(...readBelowBillion(rest, true));
  return words;
}

/** 1005 → "một nghìn không trăm linh năm"; 0 → "không". Lower case, no currency. */
export function numberToVietnameseWords(n: number): string {
  assertWholeDong(n);
  if (n === 0) return DIGITS[0];
  return readNumber(n, false).join(' ');
}

/** 2530000 → "Hai triệu năm trăm ba mươi nghìn đồng" (the "Bằng chữ" of a decision or budget). */
export function amountInWords(amount: number): string {
  const words = numberToVietnameseWords(amount);
  return `${words.charAt(0).toLocaleUpperCase('vi')}${words.slice(1)} đồng`;
}
