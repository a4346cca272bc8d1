/** The demo plan's 7 milestones of "Dự kiến thời gian" as [start, end] (the seed and the API both give these). */
export const VAN_YEN_MILESTONE_DATES: [string, string | null][] = [
  ['2020-03-15', null],
  ['2020-03-15', '2020-03-17'],
  ['2020-03-18', '2020-03-20'],
  ['2020-03-23', null],
  ['2020-03-25', null],
  ['2020-03-25', '2020-03-27'],
  ['2020-03-31', null],
];
