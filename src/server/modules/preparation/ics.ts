// A small iCalendar (RFC 5545) writer for the conference timeline: all-day events only.
// Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 character); TEXT values
// escape backslash, semicolon, comma and newlines. Pure: the caller passes the time stamp.

import type { TaskView } from '../../../shared/schemas/preparation';

export type AllDayEvent = {
  /** Stable per row, so a re-import updates events instead of duplicating them. */
  uid: string;
  /** YYYY-MM-DD. */
  start: string;
  /** YYYY-MM-DD, inclusive (null: one day). */
  end?: string | null;
  summary: string;
  description?: string;
  categories?: string[];
};

/** TEXT escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into pieces of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const compactDate = (iso: string) => iso.replaceAll('-', '');

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** 2026-11-24T19:20:51.123Z → 20261124T192051Z. */
export function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

/** A VCALENDAR with one all-day VEVENT per event; DTEND is the day after the last day (exclusive). */
export function buildCalendar(opts: { name: string; events: readonly AllDayEvent[]; now: Date }): string {
  const stamp = utcStamp(opts.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vinh Danh//Hoi nghi dien hinh tien tien//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.name)}`,
  ];
  for (const e of opts.events) {
    const last = e.end && e.end > e.start ? e.end : e.start;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(e.start)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(last))}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The conference timeline as events: every milestone, and every dated task not tied to one. */
export function timelineEvents(
  milestones: readonly {
    id: string;
    startDate: string;
    endDate: string | null;
    title: string;
    responsible: string;
  }[],
  tasks: readonly TaskView[],
  statusLabel: (status: TaskView['status']) => string,
): AllDayEvent[] {
  const host = 'vinh-danh';
  return [
    ...milestones.map((m) => ({
      uid: `milestone-${m.id}@${host}`,
      start: m.startDate,
      end: m.endDate,
      summary: `Mốc: ${m.title}`,
      description: m.responsible ? `Thực hiện: ${m.responsible}` : '',
      categories: ['Mốc thời gian'],
    })),
    ...tasks
      .filter((t) => t.dueDate && !t.milestoneId)
      .map((t) => ({
        uid: `task-${t.id}@${host}`,
        start: t.dueDate!,
        summary: `${t.kind === 'logistics' ? 'Hậu cần' : 'Hạn'}: ${t.title}`,
        description: [`Phụ trách: ${t.ownerText}`, `Trạng thái: ${statusLabel(t.status)}`, t.notes]
          .filter(Boolean)
          .join('\n'),
        categories: [t.kind === 'logistics' ? 'Hậu cần' : 'Công việc'],
      })),
  ];
}
