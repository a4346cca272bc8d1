// Tiền thưởng as of the decision date — what the budget, the award-forms page, the dashboard and
// the document settings answer about the prizes, so each page can name the date and the base
// salary it used (the QĐ prints the same).
import { z } from 'zod';
import { DECISION_DATE_SOURCES, PRIZE_ROUNDINGS } from '../rules/prize-money';

export const prizeBasisView = z.object({
  /** The decision date the prizes are computed on (YYYY-MM-DD). */
  date: z.string(),
  /** issued: the issued QĐ's date; setting: the draft's date; conference_day / today: the defaults. */
  dateSource: z.enum(DECISION_DATE_SOURCES),
  /** "05/QĐ-UBND" of the issued QĐ whose date is used (null otherwise). */
  decisionNumber: z.string().nullable(),
  /** The base salary in force on `date` (null: none, no prize can be computed). */
  baseSalary: z
    .object({ amount: z.number().int(), effectiveFrom: z.string(), legalBasis: z.string() })
    .nullable(),
  rounding: z.enum(PRIZE_ROUNDINGS),
  /** Each award form's prize per honoree on `date` (null without a base salary). */
  forms: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      coefficient: z.number(),
      amount: z.number().int().nullable(),
    }),
  ),
  /** Honorees of the closed ballots (0 before the council has voted) and their prizes in total. */
  honorees: z.number().int(),
  total: z.number().int(),
  /**
   * The last closed ballot that chose honorees, and the total before it (null when it chose the
   * first ones, or when not asked for).
   */
  change: z
    .object({ ballotTitle: z.string(), meetingDate: z.string(), previousTotal: z.number().int().nullable() })
    .nullable(),
});
export type PrizeBasisView = z.infer<typeof prizeBasisView>;
