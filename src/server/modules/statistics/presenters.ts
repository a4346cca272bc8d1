// The statistics view: the forms of the circular in force for the years, each filled from the
// counts, with the reporting organizer and the receiver as asked.
import {
  fillForm,
  formsForRange,
  reportingPeriod,
  type StatCounts,
} from '../../../shared/rules/statistics-forms';
import type { StatisticsView } from '../../../shared/schemas/movements';

export function presentStatistics(opts: {
  reporter: string;
  receiver: string;
  yearFrom: number;
  yearTo: number;
  counts: StatCounts;
}): StatisticsView {
  const { yearFrom, yearTo } = opts;
  const period = reportingPeriod(yearFrom, yearTo);
  return {
    yearFrom,
    yearTo,
    yearLabel: period.yearLabel,
    reporter: opts.reporter,
    receiver: opts.receiver,
    forms: formsForRange(yearFrom, yearTo).map((f) => fillForm(f, opts.counts, period)),
  };
}
