// Chương trình hội nghị: clock times of each agenda item from the session's start and the
// durations before it, the session's end against its planned end, the numbering ("6" for an
// item, "6.2" for the second speech under it) and the messages that name the item at fault.
// Pure: the server checks saves with it, the web shows the same numbers while editing.

/** The longest an item may last (a whole morning or afternoon). */
export const MAX_ITEM_MINUTES = 600;

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "07:30" → 450; null for anything that is not HH:MM. */
export function parseClock(hhmm: string): number | null {
  const m = CLOCK.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** 450 → "07:30" (past midnight wraps, as a clock does). */
export function formatClock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export type AgendaRuleItem = {
  title: string;
  durationMinutes: number;
  /** A speech or performance shown under the item before it ("6.1"). */
  child?: boolean;
};

/** "1", "2", "2.1", "2.2", "3" … — children number under the last item that is not a child. */
export function agendaNumbers(items: readonly Pick<AgendaRuleItem, 'child'>[]): string[] {
  let top = 0;
  let sub = 0;
  return items.map((it) => {
    if (it.child && top > 0) {
      sub += 1;
      return `${top}.${sub}`;
    }
    top += 1;
    sub = 0;
    return String(top);
  });
}

const shortTitle = (title: string) => {
  const t = title.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57).trimEnd()}…` : t;
};

/** "Mục 5 'Báo cáo tổng kết…'" — how a message names an item. */
export const itemLabel = (number: string, title: string) => `Mục ${number} '${shortTitle(title)}'`;

/** Null when the duration is a whole number of minutes from 1 to MAX_ITEM_MINUTES. */
export function durationProblem(number: string, title: string, minutes: unknown): string | null {
  const label = itemLabel(number, title);
  if (
    typeof minutes !== 'number' ||
    !Number.isFinite(minutes) ||
    !Number.isInteger(minutes) ||
    minutes <= 0
  ) {
    return `${label}: thời lượng phải là số phút dương (số nguyên, từ 1 phút)`;
  }
  if (minutes > MAX_ITEM_MINUTES) return `${label}: thời lượng không được quá ${MAX_ITEM_MINUTES} phút`;
  return null;
}

export type AgendaMessage = { level: 'error' | 'warning'; index: number | null; message: string };

export type TimedItem = {
  number: string;
  start: string;
  end: string;
  startMinutes: number;
  endMinutes: number;
  /** The item ends after the session's planned end. */
  pastEnd: boolean;
};

export type AgendaTimes = {
  items: TimedItem[];
  start: string;
  end: string;
  plannedEnd: string;
  /** Minutes after the planned end (positive: over; negative: time to spare). */
  overMinutes: number;
  ok: boolean;
  messages: AgendaMessage[];
};

const minutesText = (n: number) => `${n} phút`;

/**
 * Times of every item. An invalid duration counts as 0 for the times and is an error naming the
 * item; an agenda that runs past the planned end is a warning naming the first item that does,
 * with the minutes over (the session can run long; the secretary decides).
 */
export function computeAgenda(
  session: { startTime: string; plannedEnd: string },
  items: readonly AgendaRuleItem[],
): AgendaTimes {
  const messages: AgendaMessage[] = [];
  const start = parseClock(session.startTime);
  let planned = parseClock(session.plannedEnd);
  if (start === null) {
    messages.push({ level: 'error', index: null, message: 'Giờ bắt đầu phải có dạng HH:MM' });
  }
  if (planned === null) {
    messages.push({ level: 'error', index: null, message: 'Giờ kết thúc dự kiến phải có dạng HH:MM' });
  }
  const from = start ?? 0;
  if (planned !== null && planned <= from) planned += 1440; // a session across midnight
  const numbers = agendaNumbers(items);
  let at = from;
  let firstPast: number | null = null;
  const timed = items.map((it, i) => {
    const problem = durationProblem(numbers[i]!, it.title, it.durationMinutes);
    if (problem) messages.push({ level: 'error', index: i, message: problem });
    const minutes = problem ? 0 : it.durationMinutes;
    const row: TimedItem = {
      number: numbers[i]!,
      start: formatClock(at),
      end: formatClock(at + minutes),
      startMinutes: at,
      endMinutes: at + minutes,
      pastEnd: planned !== null && at + minutes > planned,
    };
    if (row.pastEnd && firstPast === null) firstPast = i;
    at += minutes;
    return row;
  });
  const overMinutes = planned === null ? 0 : at - planned;
  if (planned !== null && overMinutes > 0 && firstPast !== null) {
    const it = timed[firstPast]!;
    messages.push({
      level: 'warning',
      index: firstPast,
      message: `${itemLabel(it.number, items[firstPast]!.title)} kết thúc lúc ${it.end}, chương trình vượt giờ kết thúc dự kiến ${formatClock(planned)} là ${minutesText(overMinutes)}`,
    });
  }
  return {
    items: timed,
    start: formatClock(from),
    end: formatClock(at),
    plannedEnd: planned === null ? session.plannedEnd : formatClock(planned),
    overMinutes,
    ok: !messages.some((m) => m.level === 'error'),
    messages,
  };
}

/** "vượt 15 phút" / "còn dư 20 phút" / "đúng giờ". */
export function overUnderText(overMinutes: number): string {
  if (overMinutes > 0) return `vượt ${minutesText(overMinutes)}`;
  if (overMinutes < 0) return `còn dư ${minutesText(-overMinutes)}`;
  return 'đúng giờ';
}

// ——— Văn nghệ: allocation per unit against the plan's range ———

export type PerformanceAllocation = { unitId: string | null; unitName: string; min: number; max: number };
export type PerformanceRef = { unitId: string | null; unitName: string };

export type AllocationRow = PerformanceAllocation & {
  count: number;
  ok: boolean;
  /** "Trường Mầm non: 1/1–2". */
  label: string;
  message: string | null;
};

/** "2" or "1–2". */
export const rangeText = (a: Pick<PerformanceAllocation, 'min' | 'max'>) =>
  a.min === a.max ? String(a.min) : `${a.min}–${a.max}`;

const matches = (a: PerformanceAllocation, p: PerformanceRef) =>
  a.unitId && p.unitId ? a.unitId === p.unitId : a.unitName.trim() === p.unitName.trim();

/** Count of each allocation's performances against its range, with a message when outside. */
export function checkPerformanceAllocations(
  allocations: readonly PerformanceAllocation[],
  performances: readonly PerformanceRef[],
): { ok: boolean; rows: AllocationRow[]; messages: string[] } {
  const rows = allocations.map((a) => {
    const count = performances.filter((p) => matches(a, p)).length;
    const label = `${a.unitName}: ${count}/${rangeText(a)}`;
    let message: string | null = null;
    if (count < a.min)
      message = `${a.unitName}: còn thiếu ${a.min - count} tiết mục (${count}/${rangeText(a)})`;
    if (count > a.max) message = `${a.unitName}: vượt ${count - a.max} tiết mục (${count}/${rangeText(a)})`;
    return { ...a, count, ok: message === null, label, message };
  });
  const messages = rows.flatMap((r) => (r.message ? [r.message] : []));
  return { ok: messages.length === 0, rows, messages };
}

/**
 * Refusal for a save that would put a unit above its range (null: fine). `performances` is the
 * list as it would be after the save.
 */
export function allocationOverMax(
  allocations: readonly PerformanceAllocation[],
  performances: readonly PerformanceRef[],
  saved: PerformanceRef,
): string | null {
  const a = allocations.find((x) => matches(x, saved));
  if (!a) return null;
  const count = performances.filter((p) => matches(a, p)).length;
  if (count <= a.max) return null;
  return `${a.unitName} chỉ được phân bổ ${rangeText(a)} tiết mục; lưu tiết mục này sẽ thành ${count} tiết mục`;
}
