// Copying a conference for the next period: how dates move, which period and name come next, and
// what the new plan keeps. Pure; the server's copy and the web's dialog both use it.
import dayjs from 'dayjs';
import type { NominationKind } from '../schemas/nominations';
import type { Plan, SpeechRulePart } from '../schemas/plan';

export const COPY_OFFSET_UNITS = ['days', 'months', 'years'] as const;
export type CopyOffsetUnit = (typeof COPY_OFFSET_UNITS)[number];
/** How far the copy's dates move from the source's: so many days, months or years (may be negative). */
export type CopyOffset = { amount: number; unit: CopyOffsetUnit };

/** The largest offset each unit allows (a century either way). */
export const MAX_COPY_OFFSET: Record<CopyOffsetUnit, number> = { days: 36_500, months: 1_200, years: 100 };

const DAYJS_UNIT = { days: 'day', months: 'month', years: 'year' } as const;

/**
 * Moves a calendar date (YYYY-MM-DD) by the offset. Months and years are calendar steps: a day
 * the target month does not have becomes its last day (31/01 + 1 month = 29/02 in a leap year,
 * 29/02/2020 + 1 year = 28/02/2021, + 4 years = 29/02/2024).
 */
export function shiftDate(iso: string, offset: CopyOffset): string {
  return dayjs(iso).add(offset.amount, DAYJS_UNIT[offset.unit]).format('YYYY-MM-DD');
}

/** The length of the plan's period in years (at least 1: a one-year plan repeats yearly). */
export const periodYears = (plan: Pick<Plan, 'periodStart' | 'periodEnd'>): number =>
  Math.max(1, plan.periodEnd - plan.periodStart);

/** The next period of the same length: 2020–2025 → 2025–2030. */
export function nextPeriod(plan: Pick<Plan, 'periodStart' | 'periodEnd'>) {
  const years = periodYears(plan);
  return { periodStart: plan.periodStart + years, periodEnd: plan.periodEnd + years };
}

/** The offset that puts the conference on the same day of the next period: + the period's years. */
export const defaultCopyOffset = (plan: Pick<Plan, 'periodStart' | 'periodEnd'>): CopyOffset => ({
  amount: periodYears(plan),
  unit: 'years',
});

/**
 * The copy's name: the source's with its period's years replaced by the new period's
 * ("… giai đoạn 2020 - 2025" → "… giai đoạn 2025 - 2030"); a name without them is kept as is.
 */
export function suggestCopyName(
  name: string,
  from: Pick<Plan, 'periodStart' | 'periodEnd'>,
  to: Pick<Plan, 'periodStart' | 'periodEnd'>,
): string {
  const years = new Map([
    [String(from.periodStart), String(to.periodStart)],
    [String(from.periodEnd), String(to.periodEnd)],
  ]);
  return name.replace(/\b\d{4}\b/g, (y) => years.get(y) ?? y);
}

export type CopyRequest = { name: string; periodStart: number; periodEnd: number; offset: CopyOffset };

/** An honoree a speech part of the source names: a collective of a unit, or an individual. */
export type NamedHonoree = { kind: NominationKind; unitId: string | null };

/**
 * A speech part of the copy: a part naming an honoree of the source cannot name one of the new
 * conference (its nominations come later), so it asks for the honoree's unit (a collective) or
 * for an individual, keeping its label and count for the secretary to reword.
 */
function copiedSpeechPart(part: SpeechRulePart, honorees: ReadonlyMap<string, NamedHonoree>): SpeechRulePart {
  if (part.kind !== 'honoree') return part;
  const h = part.nominationId ? honorees.get(part.nominationId) : undefined;
  const base = { label: part.label, count: part.count };
  return h?.kind === 'collective' && h.unitId
    ? { kind: 'unit', unitId: h.unitId, ...base }
    : { kind: 'individual', ...base };
}

/**
 * The new conference's plan: the source's, with the new name and period, and no number or signing
 * time (the new Kế hoạch is not issued yet). `honorees`: the source's nominations its speech parts name.
 */
export function copiedPlan(
  plan: Plan,
  req: CopyRequest,
  honorees: ReadonlyMap<string, NamedHonoree> = new Map(),
): Plan {
  return {
    ...plan,
    name: req.name,
    periodStart: req.periodStart,
    periodEnd: req.periodEnd,
    documentNumber: null,
    signedAt: null,
    speechRule: {
      ...plan.speechRule,
      parts: plan.speechRule.parts.map((p) => copiedSpeechPart(p, honorees)),
    },
  };
}
