// Báo cáo tổng kết (BC): the sections the office edited (or their compiled drafts) in the plan's
// outline — PHẦN THỨ NHẤT (results), PHẦN THỨ HAI (directions) — with the compiled statistics as
// tables under the commendation results. The data and the rules are the summary-report module's
// and shared/rules/summary-report.ts; this lays them out.
import { viSummaryReport } from '../../shared/i18n/vi-summary-report';
import { percentWords, proseParts, sectionText } from '../../shared/rules/summary-report';
import {
  type ReportStatistics,
  type StatisticRow,
  SUMMARY_SECTION_KEYS,
  SUMMARY_SECTION_PART,
} from '../../shared/schemas/summary-report';
import { loadReport } from '../modules/summary-report/data';
import { conferenceHeader, type Header, paragraph } from './builder-common';
import type { DocumentBuilder } from './catalog';
import type { Block, OfficialDocument } from './model';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
const words = viSummaryReport;

function proseBlocks(text: string): Block[] {
  return proseParts(text).map((p) =>
    p.kind === 'bullet' ? { kind: 'bullet', marker: p.marker, text: p.text } : paragraph(p.text),
  );
}

function countTable(title: string, rows: readonly StatisticRow[], honoured: boolean): Block[] {
  const shown = rows.filter((r) => r.nominations > 0 || r.honoured > 0);
  if (!shown.length) return [];
  const total = (k: 'nominations' | 'honoured') => String(shown.reduce((s, r) => s + r[k], 0));
  return [
    paragraph(title, { italic: true, indent: false }),
    {
      kind: 'table',
      columns: [
        { title: 'TT', width: 8, align: 'center' },
        { title: words.column.label, width: 56 },
        { title: words.column.nominations, width: 18, align: 'right' },
        ...(honoured ? [{ title: words.column.honoured, width: 18, align: 'right' as const }] : []),
      ],
      rows: shown.map((r, i) => [
        String(i + 1),
        r.label,
        String(r.nominations),
        ...(honoured ? [String(r.honoured)] : []),
      ]),
      footer: ['', 'Tổng cộng', total('nominations'), ...(honoured ? [total('honoured')] : [])],
    },
  ];
}

/** The statistics as tables: by form, unit, gender and occupation group, and the comparison. */
export function statisticsBlocks(s: ReportStatistics): Block[] {
  const honoured = s.honoured > 0;
  const blocks: Block[] = [
    paragraph(`${words.unitReports}: ${s.unitReports.sent}/${s.unitReports.of}.`),
    ...countTable(
      `Bảng 1. Số hồ sơ đề nghị và số được khen thưởng ${words.byForm.toLowerCase()}`,
      s.byForm,
      honoured,
    ),
    ...countTable(`Bảng 2. ${words.byUnit}`, s.byUnit, honoured),
    ...countTable(`Bảng 3. ${words.byGender}`, s.byGender, honoured),
    ...countTable(`Bảng 4. ${words.byOccupationGroup}`, s.byOccupationGroup, honoured),
  ];
  const p = s.previous;
  if (p) {
    blocks.push(
      paragraph(`Bảng 5. So sánh với ${p.conferenceName} (${p.period})`, { italic: true, indent: false }),
      {
        kind: 'table',
        columns: [
          { title: 'Chỉ tiêu', width: 52 },
          { title: p.period, width: 24, align: 'right' },
          { title: s.period, width: 24, align: 'right' },
        ],
        rows: [
          ['Số hồ sơ đề nghị khen thưởng', String(p.nominations), String(s.nominations)],
          ['Số tập thể, cá nhân được khen thưởng', String(p.honoured), String(s.honoured)],
          [
            'Tỷ lệ người trực tiếp lao động, sản xuất',
            percentWords(p.directWorkers.percent),
            percentWords(s.directWorkers.percent),
          ],
        ],
      },
    );
  }
  return blocks;
}

export type SummaryReportInput = {
  header: Header;
  sections: readonly { key: string; body: string; draft: string }[];
  statistics: ReportStatistics | null;
  number: number | null;
  date: string | null;
};

export function summaryReportDocument(input: SummaryReportInput): OfficialDocument {
  const h = input.header;
  const plan = h.plan;
  // the conference opens its period (2020 - 2025): it reviews the one before, as long, and directs its own
  const reviewed = `${2 * plan.periodStart - plan.periodEnd} - ${plan.periodStart}`;
  const next = `${plan.periodStart} - ${plan.periodEnd}`;
  const body: Block[] = [
    paragraph(
      `Thực hiện Kế hoạch tổ chức ${plan.officialTitle}, trên cơ sở báo cáo của các cơ quan, đơn vị, tổ dân phố, ${h.organizationName} báo cáo tổng kết công tác thi đua, khen thưởng giai đoạn ${reviewed} và phương hướng, nhiệm vụ giai đoạn ${next} như sau:`,
    ),
  ];
  for (const part of [1, 2] as const) {
    body.push(
      paragraph(part === 1 ? words.part1 : words.part2, { align: 'center', bold: true, indent: false }),
      paragraph(part === 1 ? words.part1Title : words.part2Title, {
        align: 'center',
        bold: true,
        indent: false,
      }),
    );
    const keys = SUMMARY_SECTION_KEYS.filter((k) => SUMMARY_SECTION_PART[k] === part);
    keys.forEach((key, i) => {
      const section = input.sections.find((s) => s.key === key);
      body.push({
        kind: 'heading',
        level: 1,
        number: `${ROMAN[i]}.`,
        text: words.section[key].toLocaleUpperCase('vi'),
      });
      body.push(...proseBlocks(section ? sectionText(section) : ''));
      if (key === 'commendations' && input.statistics) body.push(...statisticsBlocks(input.statistics));
    });
  }
  return {
    type: 'BC',
    parentAgency: h.parentAgency,
    issuingAgency: h.issuingAgency,
    number: input.number,
    code: `BC-${h.agencyCode}`,
    place: h.place,
    date: input.date,
    title: 'Báo cáo',
    summary: [
      `Tổng kết công tác thi đua, khen thưởng giai đoạn ${reviewed}`,
      `và phương hướng, nhiệm vụ giai đoạn ${next}`,
    ],
    legalBasis: [],
    body,
    signature: h.signature,
    recipients: [
      'Hội đồng Thi đua - Khen thưởng',
      'Các cơ quan, đơn vị, tổ dân phố',
      'Đại biểu dự hội nghị',
      'Lưu: VT',
    ],
    appendices: [],
  };
}

export const summaryReportBuilder: DocumentBuilder = {
  kind: 'summary_report',
  type: 'BC',
  label: 'Báo cáo tổng kết công tác thi đua, khen thưởng',
  build: async (ctx) => {
    const [header, { report, sections }] = await Promise.all([
      conferenceHeader(ctx),
      loadReport(ctx.db, ctx.conference.id),
    ]);
    return summaryReportDocument({
      header,
      sections,
      statistics: report?.statistics ?? null,
      number: ctx.number,
      date: ctx.date,
    });
  },
};
