// Thống kê thi đua, khen thưởng: the dated catalogue of the statutory forms (its data in
// statistics-catalogue.ts, re-exported here), the TĐKT reporting period, a movement's duration
// bucket, the forms in force for a year range, and the filling of a form from aggregated counts. Pure.
import type { StatisticsFormView } from '../schemas/movements';
import {
  type FactAttrs,
  type Match,
  STATISTICS_FORMS,
  type StatCounts,
  type StatForm,
} from './statistics-catalogue';

export * from './statistics-catalogue';

// ---- the reporting period ----------------------------------------------------------------------

export type ReportingPeriod = {
  /** First decision date counted: 01/12 of the year before yearFrom. */
  from: string;
  /** Last decision date counted: 30/11 of yearTo. */
  to: string;
  /** "Từ 01/12/2019 đến 30/11/2020" */
  label: string;
  /** "Năm 2020" or "Năm 2019 - 2020" */
  yearLabel: string;
};

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The TĐKT reporting year runs from 01/12 of the previous year to 30/11 (research §1.1), so the
 * years [yearFrom, yearTo] cover decisions dated (yearFrom-1)-12-01 … yearTo-11-30.
 */
export function reportingPeriod(yearFrom: number, yearTo: number): ReportingPeriod {
  const from = `${yearFrom - 1}-12-01`;
  const to = `${yearTo}-11-30`;
  return {
    from,
    to,
    label: `Từ ${dmy(from)} đến ${dmy(to)}`,
    yearLabel: yearFrom === yearTo ? `Năm ${yearTo}` : `Năm ${yearFrom} - ${yearTo}`,
  };
}

// ---- a movement's duration (form 0601 section 2) ------------------------------------------------

export const DURATION_BUCKETS = ['under_1', 'one', '1_to_3', '3_to_5', '5_plus'] as const;
export type DurationBucket = (typeof DURATION_BUCKETS)[number];

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * Thời hạn thi đua from the movement's dates, counted in whole months (start and end day both
 * included): under 12 months, exactly 12 ("1 năm"), then 1–3, 3–5, 5 years or more. A movement
 * without an end date is measured to `until` (the end of the reporting period).
 */
export function durationBucket(startDate: string, endDate: string | null, until: string): DurationBucket {
  const end = endDate ?? until;
  const months = Math.round((dayNumber(end) - dayNumber(startDate) + 1) / 30.4375);
  if (months < 12) return 'under_1';
  if (months === 12) return 'one';
  if (months < 36) return '1_to_3';
  if (months < 60) return '3_to_5';
  return '5_plus';
}

const validOn = (f: StatForm, date: string) =>
  f.validFrom <= date && (f.validTo === null || date <= f.validTo);

/**
 * The forms of the circular in force at the end of the period (30/11 of yearTo); before the
 * earliest circular known, that circular's forms (their note says the period starts earlier).
 */
export function formsForRange(yearFrom: number, yearTo: number): StatForm[] {
  const { to } = reportingPeriod(yearFrom, yearTo);
  const valid = STATISTICS_FORMS.filter((f) => validOn(f, to));
  if (valid.length > 0) return valid;
  const earliest = STATISTICS_FORMS.map((f) => f.validFrom).sort()[0];
  return STATISTICS_FORMS.filter((f) => f.validFrom === earliest);
}

// ---- filling a form -----------------------------------------------------------------------------

const matches = (m: Match | undefined, attrs: FactAttrs) =>
  m !== undefined &&
  Object.entries(m).every(([k, v]) => {
    const a = attrs[k] ?? null;
    return typeof v === 'string' ? a === v : a !== null && v.includes(a);
  });

/**
 * The form as printed: each row's count per column from the aggregated facts (the total column:
 * the facts that land in one of the form's columns); headings, rows the register cannot know and
 * manual forms stay blank (null).
 */
export function fillForm(form: StatForm, counts: StatCounts, period: ReportingPeriod): StatisticsFormView {
  const facts =
    form.source === 'movements' ? counts.movements : form.source === 'honours' ? counts.honours : [];
  const parts = form.columns.filter((c) => c.match);
  const sum = (rowMatch: Match, colMatch: Match | undefined) =>
    facts.reduce(
      (n, f) =>
        matches(rowMatch, f.attrs) &&
        (colMatch ? matches(colMatch, f.attrs) : parts.some((p) => matches(p.match, f.attrs)))
          ? n + f.count
          : n,
      0,
    );
  const early =
    period.from < form.validFrom
      ? ` Kỳ báo cáo bắt đầu trước ngày mẫu này có hiệu lực (${dmy(form.validFrom)}): số liệu trước đó cũng trình bày theo mẫu này.`
      : '';
  return {
    code: form.code,
    title: form.title,
    circular: form.circular,
    period: period.label,
    columns: form.columns.map(({ key, label, number, group }) => ({ key, label, number, group })),
    unitColumn: form.unitColumn,
    unitLine: form.unitLine,
    rows: form.rows.map((r) => ({
      key: r.key,
      code: r.code,
      label: r.label,
      unit: r.unit,
      heading: r.heading,
      values: form.columns.map((c) =>
        r.match === undefined || form.source === 'manual' ? null : sum(r.match, c.match),
      ),
    })),
    manual: form.source === 'manual',
    note: form.note + early,
  };
}
