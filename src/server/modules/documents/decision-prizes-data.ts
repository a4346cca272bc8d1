// Tiền thưởng theo Quyết định khen thưởng: the one read of "the prize lines as of the decision
// date" (the date, the base salary in force that day, each form's prize, the lines grouped as the
// QĐ lists them, the total). The QĐ (DOCX and PDF), the budget's prize lines, the award-forms page
// and the dashboard all call `decisionPrizes`, so the same date gives the same amounts everywhere.
//
// The decision date: the issued QĐ's date (the register; its latest version), else the date the
// secretary set for the draft (Cài đặt văn bản), else the conference day, else today. A draft QĐ
// being built skips the register (it is the next version); an issuing QĐ passes its own date.
import { and, desc, eq } from 'drizzle-orm';
import type { HonoreeEntry } from '../../../shared/rules/honorees';
import {
  type DecisionDateSource,
  decisionDate,
  type Prizes,
  prizeLines,
  prizesAsOf,
} from '../../../shared/rules/prize-money';
import { todayInVietnam } from '../../../shared/rules/timeline';
import type { Db } from '../../db/client';
import { ballotResults, ballots, reviewMeetings } from '../../db/schema/index';
import { type AwardFormRow, listAwardForms, listBaseSalaries } from '../award-forms/data';
import { type ConferenceRow, getConferenceDay } from '../conferences/data';
import { listHonoreeEntries } from '../selection/data';
import { latestIssued } from './register-data';
import { documentSettingsFor } from './settings-data';

/**
 * The conference day (YYYY-MM-DD) as the prizes read it: the default date of a draft QĐ. The one
 * place this module asks for it (the lifecycle's single source can be plugged in here).
 */
export async function conferenceDayOf(
  db: Db,
  conf: Pick<ConferenceRow, 'id' | 'plan'>,
): Promise<string | null> {
  return (await getConferenceDay(db, conf))?.start ?? null;
}

export type DecisionPrizes = Prizes<HonoreeEntry, AwardFormRow> & {
  dateSource: DecisionDateSource;
  /** "05/QĐ-UBND" when the date is an issued QĐ's. */
  decisionNumber: string | null;
  /** The conference day (null: none, or a QĐ being issued, which has its own date). */
  conferenceDay: string | null;
  /** legal_basis of the base salary row used ("Nghị định 73/2024/NĐ-CP"). */
  baseSalaryLegalBasis: string;
  honorees: HonoreeEntry[];
  /** Only when asked (`compareLastBallot`): the last ballot that chose honorees and the total before it. */
  change: { ballotTitle: string; meetingDate: string; previousTotal: number | null } | null;
};

/** The closed ballot that chose honorees last (closing is its last update). */
async function lastHonoreeBallot(db: Db, conferenceId: string) {
  const [row] = await db
    .select({ id: ballots.id, title: ballots.title, meetingDate: reviewMeetings.meetingDate })
    .from(ballotResults)
    .innerJoin(ballots, eq(ballots.id, ballotResults.ballotId))
    .innerJoin(reviewMeetings, eq(reviewMeetings.id, ballots.meetingId))
    .where(
      and(
        eq(ballotResults.conferenceId, conferenceId),
        eq(ballotResults.selected, true),
        eq(ballots.status, 'closed'),
      ),
    )
    .orderBy(desc(ballots.updatedAt), desc(ballots.createdAt))
    .limit(1);
  return row ?? null;
}

async function dateOf(
  db: Db,
  conf: ConferenceRow,
  settingDate: string | null,
  opts: { date?: string | null; draft?: boolean },
): Promise<{
  date: string;
  source: DecisionDateSource;
  decisionNumber: string | null;
  conferenceDay: string | null;
}> {
  if (opts.date) return { date: opts.date, source: 'issued', decisionNumber: null, conferenceDay: null };
  const [issued, conferenceDay] = await Promise.all([
    opts.draft ? null : latestIssued(db, conf.id, 'decision'),
    conferenceDayOf(db, conf),
  ]);
  const d = decisionDate({
    issued: issued?.documentDate ?? null,
    setting: settingDate,
    conferenceDay,
    today: todayInVietnam(),
  });
  const n = d.source === 'issued' ? issued?.number : null;
  return {
    ...d,
    decisionNumber: n == null ? null : `${n < 10 ? `0${n}` : n}/${issued!.code}`,
    conferenceDay,
  };
}

/**
 * The prizes of the conference's honorees (the closed ballots) as of the decision date.
 * `date`: the date of a QĐ being issued; `draft`: a draft QĐ (skip the issued one);
 * `compareLastBallot`: also the total before the last ballot that chose honorees.
 */
export async function decisionPrizes(
  db: Db,
  conf: ConferenceRow,
  opts: { date?: string | null; draft?: boolean; compareLastBallot?: boolean } = {},
): Promise<DecisionPrizes> {
  const [honorees, forms, baseSalaries, settings, last] = await Promise.all([
    listHonoreeEntries(db, conf.id),
    listAwardForms(db, conf.id),
    listBaseSalaries(db),
    documentSettingsFor(db, conf.id),
    opts.compareLastBallot ? lastHonoreeBallot(db, conf.id) : null,
  ]);
  const when = await dateOf(db, conf, settings.decisionDate, opts);
  const priceOpts = { baseSalaries, day: when.date, rounding: settings.prizeRounding };
  const prizes = prizesAsOf(honorees, forms, priceOpts);
  let change: DecisionPrizes['change'] = null;
  if (last) {
    const before = await listHonoreeEntries(db, conf.id, { exceptBallotId: last.id });
    change = {
      ballotTitle: last.title,
      meetingDate: last.meetingDate,
      previousTotal: before.length > 0 ? prizeLines(before, forms, priceOpts).total : null,
    };
  }
  const salaryRow = prizes.baseSalary
    ? baseSalaries.find((s) => s.effectiveFrom === prizes.baseSalary!.effectiveFrom)
    : undefined;
  return {
    ...prizes,
    dateSource: when.source,
    decisionNumber: when.decisionNumber,
    conferenceDay: when.conferenceDay,
    baseSalaryLegalBasis: salaryRow?.legalBasis ?? '',
    honorees,
    change,
  };
}
