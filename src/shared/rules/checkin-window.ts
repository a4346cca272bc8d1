import type { CheckinWindow } from '../schemas/delegates';

/**
 * Đón tiếp happens around the conference day: from the day before (delegates arriving the evening
 * before, a rehearsal at the hall) to the day after (a session running past midnight), in Vietnam
 * time. Outside it reception sees nothing and nobody can check in; after it an invitation's token
 * has expired. The day is the conference_day milestone (its first day .. its last).
 */
export function checkinWindow(
  day: { start: string; end: string | null } | null,
  today: string,
): CheckinWindow {
  if (!day) {
    return {
      conferenceDay: null,
      from: null,
      to: null,
      open: false,
      reason: 'Hội nghị chưa có ngày tổ chức (mốc "Ngày hội nghị")',
    };
  }
  const from = addDays(day.start, -1);
  const to = addDays(day.end ?? day.start, 1);
  const when = formatDay(day.start) + (day.end && day.end !== day.start ? ` – ${formatDay(day.end)}` : '');
  const base = { conferenceDay: day.start, from, to };
  if (today < from) {
    return {
      ...base,
      open: false,
      reason: `Chưa đến ngày đón tiếp: hội nghị diễn ra ngày ${when}, đón tiếp từ ngày ${formatDay(from)}`,
    };
  }
  if (today > to) {
    return {
      ...base,
      open: false,
      reason: `Đã hết thời gian đón tiếp: hội nghị đã diễn ra ngày ${when}`,
    };
  }
  return { ...base, open: true, reason: null };
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** 2020-03-31 → 31/03/2020 */
export const formatDay = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** "07:42" in Vietnam time. */
export function formatClock(at: Date | string): string {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(t + 7 * 3600_000).toISOString().slice(11, 16);
}
