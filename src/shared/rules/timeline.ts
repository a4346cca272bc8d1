/** Trạng thái mốc thời gian relative to today (dates as YYYY-MM-DD, compared in the organizer's calendar). */
export type MilestoneState = 'past' | 'today' | 'upcoming' | 'overdue';

export function milestoneState(
  m: { startDate: string; endDate: string | null; done: boolean },
  today: string,
): MilestoneState {
  const end = m.endDate ?? m.startDate;
  if (today >= m.startDate && today <= end) return 'today';
  if (today < m.startDate) return 'upcoming';
  return m.done ? 'past' : 'overdue';
}

let lastMinute = Number.NaN;
let lastDay = '';

/** Today's date in Vietnam (UTC+7) as YYYY-MM-DD. */
export function todayInVietnam(now: Date | number = Date.now()): string {
  const t = typeof now === 'number' ? now : now.getTime();
  // the same minute gives the same day: skip the date formatting on hot paths
  const minute = Math.floor(t / 60_000);
  if (minute === lastMinute) return lastDay;
  const day = new Date(t + 7 * 3600_000).toISOString().slice(0, 10);
  lastMinute = minute;
  lastDay = day;
  return day;
}
