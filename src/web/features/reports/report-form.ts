import type { UseFormReturnType } from '@mantine/form';
import { z } from 'zod';
import type { UnitReport } from '../../../shared/schemas/nomination-views';
import { type ReportSections, unitReportInputSchema } from '../../../shared/schemas/nominations';

// The report form's values (numbers as typed) and the body they stand for; the shared
// unitReportInputSchema validates that body.

type Num = number | string;
export type ReportFormValues = {
  sections: ReportSections;
  numbers: {
    commendations: { year: Num; formName: string; collectives: Num; individuals: Num }[];
    directWorkerSharePercent: Num;
  };
};
export type ReportForm = UseFormReturnType<ReportFormValues>;

export const SECTIONS: (keyof ReportSections)[] = [
  'movements',
  'commendations',
  'leadership',
  'shortcomings',
  'lessons',
  'directions',
];

export const toReportValues = (r: UnitReport): ReportFormValues => ({
  sections: { ...r.sections },
  numbers: {
    commendations: r.numbers.commendations.map((c) => ({ ...c })),
    directWorkerSharePercent: r.numbers.directWorkerSharePercent ?? '',
  },
});

const num = (v: Num) => (v === '' ? undefined : Number(v));

export const toReportBody = (v: ReportFormValues) => ({
  sections: v.sections,
  numbers: {
    commendations: v.numbers.commendations.map((c) => ({
      year: num(c.year),
      formName: c.formName,
      collectives: num(c.collectives) ?? 0,
      individuals: num(c.individuals) ?? 0,
    })),
    directWorkerSharePercent: num(v.numbers.directWorkerSharePercent) ?? null,
  },
});

/** The form's validator: the values, as a body, against the shared schema. */
export const reportFormSchema = z.preprocess(
  (v) => toReportBody(v as ReportFormValues),
  unitReportInputSchema,
);
