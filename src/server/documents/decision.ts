// Quyết định khen thưởng (QĐ) with "danh sách kèm theo": the honorees grouped by award form,
// collectives before individuals, each with the prize (the form's coefficient × the base salary
// in force on the decision date), totals per form and overall in figures and in words. The prizes
// come from `decisionPrizes` (modules/documents), the read the budget and the pages share: the
// issuing date, or for a draft the date set in the document settings (default: the conference day).
import { countsText, type HonoreeEntry } from '../../shared/rules/honorees';
import { defaultDecisionLegalBasis } from '../../shared/rules/legal-basis';
import { amountInWords, formatDong, formatVnd, type Prizes } from '../../shared/rules/prize-money';
import { vietnameseDate } from '../../shared/rules/vietnamese-date';
import { decisionPrizes } from '../modules/documents/decision-prizes-data';
import { documentSettingsFor } from '../modules/documents/settings-data';
import { conferenceHeader, type Header, paragraph, periodText, unitPosition } from './builder-common';
import type { DocumentBuilder } from './catalog';
import { type Block, documentNumberLine, type OfficialDocument, upper } from './model';

export type DecisionInput = {
  header: Header;
  /** The honorees priced on the decision date (`prizesAsOf`): its day, base salary, lines and total. */
  prizes: Pick<Prizes<HonoreeEntry>, 'day' | 'baseSalary' | 'groups' | 'total'>;
  /** Null on a draft: the date line stays blank (Điều 2 still names the day the prizes are computed on). */
  date: string | null;
  number: number | null;
  /** The "Căn cứ" law lines (the plan line and "Xét đề nghị" follow); null/absent: the laws in force on the day. */
  legalBasis?: readonly string[] | null;
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const money = (n: number | null) => (n === null ? '' : formatVnd(n));

/** The QĐ as an official document (pure: everything comes in the input). */
export function decisionDocument(input: DecisionInput): OfficialDocument {
  const { header: h } = input;
  const { groups, total, day, baseSalary: salary } = input.prizes;
  const honorees = groups.flatMap((g) => g.rows);
  const plan = h.plan;
  const code = `QĐ-${h.agencyCode}`;
  const period = periodText(plan);
  const org = h.organizationName.replace(/^UBND\b/u, 'Ủy ban nhân dân');
  const planRef =
    plan.documentNumber !== null
      ? `Kế hoạch số ${documentNumberLine(plan.documentNumber, plan.documentCode).replace(/^Số: /u, '')}`
      : 'Kế hoạch';

  const body: Block[] = [
    paragraph(upper(`Chủ tịch ${org}`), { align: 'center', bold: true }),
    ...[
      ...(input.legalBasis ?? defaultDecisionLegalBasis(day)),
      `Căn cứ ${planRef} của ${h.organizationName} về việc tổ chức ${plan.officialTitle} ${period};`,
      'Xét đề nghị của Hội đồng Thi đua - Khen thưởng.',
    ].map((t) => paragraph(t, { italic: true })),
    paragraph('QUYẾT ĐỊNH:', { align: 'center', bold: true }),
    paragraph([
      { text: 'Điều 1. ', bold: true },
      {
        text: `Khen thưởng ${countsText(honorees)} đã có thành tích tiêu biểu, xuất sắc trong phong trào thi đua yêu nước ${period} (có danh sách kèm theo).`,
      },
    ]),
    paragraph([
      { text: 'Điều 2. ', bold: true },
      {
        text: salary
          ? `Tiền thưởng kèm theo các hình thức khen thưởng tại Điều 1 được tính bằng hệ số của từng hình thức nhân với mức lương cơ sở ${formatDong(salary.amount)} áp dụng vào ${vietnameseDate(day)}. Tổng số tiền thưởng: ${formatDong(total)} (Bằng chữ: ${amountInWords(total)}), chi từ Quỹ thi đua, khen thưởng của ${h.organizationName}.`
          : `Chưa có mức lương cơ sở áp dụng vào ${vietnameseDate(day)}; tiền thưởng sẽ được tính khi có mức lương cơ sở.`,
      },
    ]),
    paragraph([
      { text: 'Điều 3. ', bold: true },
      {
        text: `Quyết định này có hiệu lực kể từ ngày ký. Văn phòng ${h.organizationName}, Hội đồng Thi đua - Khen thưởng, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
      },
    ]),
  ];

  const rows: string[][] = [];
  groups.forEach((g, gi) => {
    rows.push([ROMAN[gi] ?? String(gi + 1), `${g.formName} (${countsText(g.rows)})`, '', '']);
    g.rows.forEach((r, i) => {
      rows.push([String(i + 1), r.name, unitPosition(r), money(r.amount)]);
    });
    rows.push(['', `Cộng ${g.formName}`, `${g.rows.length}`, formatVnd(g.total)]);
  });
  const dateText = input.date ? vietnameseDate(input.date) : 'ngày     tháng     năm     ';
  const appendixBlocks: Block[] = [
    {
      kind: 'table',
      columns: [
        { title: 'TT', width: 8, align: 'center' },
        { title: 'Tên tập thể, cá nhân', width: 38 },
        { title: 'Đơn vị, chức vụ', width: 34 },
        { title: 'Số tiền (đồng)', width: 20, align: 'right' },
      ],
      rows,
      footer: ['', 'Tổng cộng', `${honorees.length}`, formatVnd(total)],
    },
    paragraph(`Tổng số tiền thưởng: ${formatDong(total)}.`, { bold: true }),
    paragraph(`Bằng chữ: ${amountInWords(total)}.`, { italic: true }),
  ];

  return {
    type: 'QĐ',
    parentAgency: h.parentAgency,
    issuingAgency: h.issuingAgency,
    number: input.number,
    code,
    place: h.place,
    date: input.date,
    title: 'Quyết định',
    summary: [`Về việc khen thưởng các tập thể, cá nhân điển hình tiên tiến`, period],
    legalBasis: [],
    body,
    signature: h.signature,
    recipients: ['Như Điều 3', 'Hội đồng Thi đua - Khen thưởng', 'Lưu: VT, HĐTĐKT'],
    appendices: [
      {
        title: 'Danh sách các tập thể, cá nhân được khen thưởng',
        subtitle: [
          `(Kèm theo Quyết định ${documentNumberLine(input.number, code).replace(/^Số:/u, 'số')} ${dateText} của Chủ tịch ${org})`,
        ],
        blocks: appendixBlocks,
      },
    ],
  };
}

export const decisionBuilder: DocumentBuilder = {
  kind: 'decision',
  type: 'QĐ',
  label: 'Quyết định khen thưởng và danh sách kèm theo',
  build: async (ctx) => {
    const [header, prizes, settings] = await Promise.all([
      conferenceHeader(ctx),
      // issuing: its own date; a draft: the date set for it, else the conference day
      decisionPrizes(ctx.db, ctx.conference, { date: ctx.date, draft: true }),
      documentSettingsFor(ctx.db, ctx.conference.id),
    ]);
    return decisionDocument({
      header,
      prizes,
      date: ctx.date,
      number: ctx.number,
      legalBasis: settings.decisionLegalBasis,
    });
  },
};
