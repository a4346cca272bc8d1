// Chương trình (CTr) of the conference day: time and place, then the agenda — the stored agenda
// items with their times when the program has been made (modules/program), else the plan's
// template with the clock time of each item when the plan has a start time and durations, and
// under the tham luận item the speeches the council assigned (speaker, unit, title).

import { vietnameseDate, vietnameseTime } from '../../shared/rules/vietnamese-date';
import type { Plan } from '../../shared/schemas/plan';
import { getConferenceDay } from '../modules/conferences/data';
import { loadProgram } from '../modules/program/data';
import { listSpeeches } from '../modules/selection/data';
import { conferenceHeader, type Header, paragraph, periodText } from './builder-common';
import type { DocumentBuilder } from './catalog';
import type { OfficialDocument } from './model';

export type ProgramSpeech = { speakerName: string; unitName: string; title: string };

/** One row of a stored agenda (the program module's items with their computed times). */
export type StoredAgendaRow = {
  number: string;
  start: string;
  end: string;
  title: string;
  /** Who performs it, as the "Thực hiện" column writes it. */
  by: string;
};

export type ProgramInput = {
  header: Header;
  /** The agenda as stored (with times); null: none yet, the plan's template is used. */
  agenda?: readonly StoredAgendaRow[] | null;
  /** The conference day and start time (conferences/data.ts getConferenceDay), when known. */
  day: { date: string; startTime: string | null } | null;
  speeches: readonly ProgramSpeech[];
  number: number | null;
  date: string | null;
};

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}h${String(minutes % 60).padStart(2, '0')}`;

/** "07h30 - 08h00" per item while the day has a start time and the plan every duration so far. */
export function agendaTimes(plan: Pick<Plan, 'agendaTemplate'>, startTime: string | null): string[] {
  if (!startTime) return plan.agendaTemplate.map(() => '');
  const [hh, mm] = startTime.split(':').map(Number);
  let at: number | null = hh! * 60 + mm!;
  return plan.agendaTemplate.map((a) => {
    if (at === null || a.durationMinutes === undefined) {
      const start = at === null ? '' : clock(at);
      at = null;
      return start;
    }
    const span = `${clock(at)} - ${clock(at + a.durationMinutes)}`;
    at += a.durationMinutes;
    return span;
  });
}

export function programDocument(input: ProgramInput): OfficialDocument {
  const h = input.header;
  const plan = h.plan;
  const startTime = input.day?.startTime ?? null;
  const when = [
    startTime ? vietnameseTime(startTime) : null,
    input.day ? vietnameseDate(input.day.date) : plan.timeNote.trim() || null,
  ]
    .filter(Boolean)
    .join(', ');
  const times = agendaTimes(plan, startTime);
  const rows: string[][] = [];
  const hm = (t: string) => t.replace(':', 'h');
  for (const a of input.agenda ?? []) {
    rows.push([a.number, `${hm(a.start)} - ${hm(a.end)}`, a.title, a.by]);
  }
  if (!input.agenda?.length)
    plan.agendaTemplate.forEach((a, i) => {
      const speakers = a.kind === 'speech' ? input.speeches : [];
      rows.push([String(i + 1), times[i] ?? '', a.title, '']);
      speakers.forEach((s, j) => {
        rows.push([
          `${i + 1}.${j + 1}`,
          '',
          `Tham luận: ${s.title}`,
          [s.speakerName, s.unitName].filter(Boolean).join(' - '),
        ]);
      });
    });
  return {
    type: 'CTr',
    parentAgency: h.parentAgency,
    issuingAgency: h.issuingAgency,
    number: input.number,
    code: `CTr-${h.agencyCode}`,
    place: h.place,
    date: input.date,
    title: 'Chương trình',
    summary: [plan.officialTitle, periodText(plan)],
    legalBasis: [],
    body: [
      paragraph([{ text: 'Thời gian: ', bold: true }, { text: when || 'Sẽ thông báo sau' }]),
      paragraph([
        { text: 'Địa điểm: ', bold: true },
        { text: plan.plannedPlace.trim() || 'Sẽ thông báo sau' },
      ]),
      paragraph([{ text: 'Hình thức: ', bold: true }, { text: plan.form }]),
      {
        kind: 'table',
        columns: [
          { title: 'TT', width: 8, align: 'center' },
          { title: 'Thời gian', width: 16, align: 'center' },
          { title: 'Nội dung', width: 52 },
          { title: 'Thực hiện', width: 24 },
        ],
        rows,
      },
    ],
    signature: h.signature,
    recipients: ['Thường trực Hội đồng Thi đua - Khen thưởng', 'Các đại biểu dự Hội nghị', 'Lưu: VT'],
    appendices: [],
  };
}

export const programBuilder: DocumentBuilder = {
  kind: 'program',
  type: 'CTr',
  label: 'Chương trình hội nghị',
  build: async (ctx) => {
    const [header, day, speeches, program] = await Promise.all([
      conferenceHeader(ctx),
      getConferenceDay(ctx.db, ctx.conference),
      listSpeeches(ctx.db, ctx.conference.id),
      loadProgram(ctx.db, ctx.conference),
    ]);
    return programDocument({
      header,
      agenda: program.items.map((i) => ({
        number: i.number,
        start: i.start,
        end: i.end,
        title: i.title,
        by: [i.presenterName, i.speech?.unitName ?? i.performance?.unitName ?? '']
          .filter(Boolean)
          .join(' - '),
      })),
      day,
      speeches: speeches.map((s) => ({
        speakerName: s.speech.speakerName,
        unitName: s.unitName ?? '',
        title: s.speech.title,
      })),
      number: ctx.number,
      date: ctx.date,
    });
  },
};
