// Kịch bản dẫn chương trình (MC script): one section per agenda item — its number, clock time,
// title, who performs it and the cue (duration, notes), then the words the MC says with names and
// titles filled in, and for the honoring item the call-up of each award group. Laid out as an
// OfficialDocument so the DOCX and PDF renderers of the conference's documents print it.

import { loadProgram } from '../modules/program/data';
import { conferenceHeader, type Header, paragraph, periodText } from './builder-common';
import type { BuildContext } from './catalog';
import type { Block, OfficialDocument } from './model';

export type McScriptItem = {
  number: string;
  start: string;
  end: string;
  title: string;
  presenterName: string;
  durationMinutes: number;
  notes: string;
  lines: string[];
};

export type McScriptInput = {
  header: Header;
  session: { startTime: string; end: string; plannedEnd: string };
  items: readonly McScriptItem[];
};

export function mcScriptDocument(input: McScriptInput): OfficialDocument {
  const h = input.header;
  const body: Block[] = [
    paragraph([
      { text: 'Thời gian: ', bold: true },
      {
        text: `${input.session.startTime} - ${input.session.end} (kết thúc dự kiến ${input.session.plannedEnd})`,
      },
    ]),
    paragraph([
      { text: 'Địa điểm: ', bold: true },
      { text: h.plan.plannedPlace.trim() || 'Sẽ thông báo sau' },
    ]),
  ];
  for (const it of input.items) {
    body.push({
      kind: 'heading',
      level: it.number.includes('.') ? 3 : 2,
      number: `${it.number}.`,
      text: [{ text: `${it.start} - ${it.end}: ` }, { text: it.title }],
    });
    const cue = [
      it.presenterName ? `Thực hiện: ${it.presenterName}` : '',
      `Thời lượng: ${it.durationMinutes} phút`,
      it.notes.trim() ? `Ghi chú: ${it.notes.trim()}` : '',
    ]
      .filter(Boolean)
      .join('. ');
    body.push(paragraph(cue, { italic: true, indent: false }));
    for (const line of it.lines)
      body.push({ kind: 'bullet', marker: '-', text: [{ text: 'MC: ', bold: true }, { text: line }] });
  }
  return {
    type: 'CTr',
    parentAgency: h.parentAgency,
    issuingAgency: h.issuingAgency,
    number: null,
    code: `KBCT-${h.agencyCode}`,
    place: h.place,
    date: null,
    title: 'Kịch bản dẫn chương trình',
    summary: [h.plan.officialTitle, periodText(h.plan)],
    legalBasis: [],
    body,
    signature: { authorityLine: '', title: 'Người dẫn chương trình', name: '' },
    recipients: ['Ban Tổ chức Hội nghị', 'Người dẫn chương trình', 'Lưu: VT'],
    appendices: [],
  };
}

/** The script of a conference from its stored agenda. */
export async function buildMcScript(ctx: Pick<BuildContext, 'db' | 'conference' | 'actor'>) {
  const [header, program] = await Promise.all([
    conferenceHeader({ ...ctx, number: null, date: null }),
    loadProgram(ctx.db, ctx.conference),
  ]);
  return mcScriptDocument({
    header,
    session: program.session,
    items: program.items.map((i) => ({
      number: i.number,
      start: i.start,
      end: i.end,
      title: i.title,
      presenterName: [i.presenterName, i.speech?.unitName ?? i.performance?.unitName ?? '']
        .filter(Boolean)
        .join(' - '),
      durationMinutes: i.durationMinutes,
      notes: i.notes,
      lines: i.mcLines,
    })),
  });
}
