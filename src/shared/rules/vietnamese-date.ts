// Dates and times written the way Vietnamese administrative documents write them
// (Decree 30/2020/NĐ-CP, Appendix I): "ngày 05 tháng 4 năm 2020" — a day below 10 and the months
// 1 and 2 take a leading zero, the other months do not; times as "07 giờ 30 phút".

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::\d{2})?$/;

/** The day and month as the decree writes them: day zero-padded below 10, months 1–2 padded. */
export function dayMonthParts(day: number, month: number): { day: string; month: string } {
  return {
    day: day < 10 ? `0${day}` : String(day),
    month: month <= 2 ? `0${month}` : String(month),
  };
}

/** "2020-04-05" → "ngày 05 tháng 4 năm 2020"; null for anything that is not a real date. */
export function vietnameseDate(isoDate: string): string | null {
  const m = ISO_DATE.exec(isoDate.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  const parts = dayMonthParts(day, month);
  return `ngày ${parts.day} tháng ${parts.month} năm ${year}`;
}

/** "7:30" or "07:30" → "07 giờ 30 phút"; null when it is not a time of day. */
export function vietnameseTime(time: string): string | null {
  const m = TIME.exec(time.trim());
  if (!m) return null;
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')} giờ ${String(minute).padStart(2, '0')} phút`;
}

/** "07 giờ 30 phút, ngày 05 tháng 4 năm 2020" (the date alone when there is no time). */
export function vietnameseDateTime(isoDate: string, time: string | null): string | null {
  const date = vietnameseDate(isoDate);
  if (!date) return null;
  const clock = time ? vietnameseTime(time) : null;
  return clock ? `${clock}, ${date}` : date;
}

/**
 * The place-and-date line of a document: "Văn Yên, ngày 20 tháng 3 năm 2020"; without a date,
 * no-break spaces leave room to write it by hand.
 */
export function placeAndDate(place: string, isoDate: string | null): string {
  const date = isoDate ? vietnameseDate(isoDate) : null;
  const gap = '\u00a0'.repeat(6);
  return `${place.trim()}, ${date ?? `ngày${gap} tháng${gap} năm${gap}`}`;
}

function dateParts(iso: string): { d: number; m: number; y: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { d: d!, m: m!, y: y! };
}

/**
 * A day or a span of days as a plan writes it in running text (seed 000, III.1): "Ngày 15/3/2020",
 * "Từ ngày 15-17/3/2020", "Từ ngày 30/3-2/4/2020", across years in full.
 */
export function dayRangeLabel(startDate: string, endDate: string | null): string {
  const a = dateParts(startDate);
  if (!endDate || endDate === startDate) return `Ngày ${a.d}/${a.m}/${a.y}`;
  const b = dateParts(endDate);
  if (a.y !== b.y) return `Từ ngày ${a.d}/${a.m}/${a.y}-${b.d}/${b.m}/${b.y}`;
  if (a.m !== b.m) return `Từ ngày ${a.d}/${a.m}-${b.d}/${b.m}/${b.y}`;
  return `Từ ngày ${a.d}-${b.d}/${b.m}/${b.y}`;
}

/**
 * A place-and-date line whose day is left to be written by hand, the month and year known:
 * "Văn Yên, ngày....tháng 3 năm 2020" (the conference name a plan announces, seed 000 II.5.3).
 */
export function placeAndMonth(place: string, isoDate: string): string | null {
  const m = ISO_DATE.exec(isoDate.trim());
  if (!m) return null;
  const month = dayMonthParts(1, Number(m[2])).month;
  return `${place.trim()}, ngày....tháng ${month} năm ${m[1]}`;
}
