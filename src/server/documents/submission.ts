// Tờ trình (TTr) of the Hội đồng Thi đua - Khen thưởng proposing the honorees to the chairman:
// the council's result, then the honorees grouped by award form (collectives first), with counts.
import { countsText, groupByForm, type HonoreeEntry } from '../../shared/rules/honorees';
import { type NoticeSummary, noticeSummary } from '../modules/public-notice/data';
import { listCouncilMembers } from '../modules/review/data';
import { listHonoreeEntries } from '../modules/selection/data';
import {
  conferenceHeader,
  councilHeader,
  type Header,
  paragraph,
  percentText,
  periodText,
  unitPosition,
} from './builder-common';
import type { BuildContext, DocumentBuilder } from './catalog';
import type { Block, OfficialDocument, SignatureBlock } from './model';
import { noticeOutcomeText } from './notice';

export type SubmissionInput = {
  header: Header;
  honorees: readonly HonoreeEntry[];
  signature: SignatureBlock;
  number: number | null;
  date: string | null;
  /** The published notice of the candidates, when there was one. */
  notice?: NoticeSummary | null;
};

export function submissionDocument(input: SubmissionInput): OfficialDocument {
  const h = councilHeader(input.header);
  const plan = h.plan;
  const chairman = `Chủ tịch ${h.organizationName}`;
  const groups = groupByForm(input.honorees);
  const noticeText = noticeOutcomeText(input.notice ?? null);
  const body: Block[] = [
    paragraph(`Kính gửi: ${chairman}.`, { align: 'center' }),
    paragraph(
      `Thực hiện Kế hoạch tổ chức ${plan.officialTitle} ${periodText(plan)}, Hội đồng Thi đua - Khen thưởng đã họp xét các hồ sơ đề nghị khen thưởng do các cơ quan, đơn vị gửi về; kết quả bỏ phiếu kín của các thành viên Hội đồng được ghi trong biên bản họp.`,
    ),
    ...(noticeText ? [paragraph(noticeText)] : []),
    paragraph(
      `Hội đồng Thi đua - Khen thưởng kính trình ${chairman} xem xét, quyết định khen thưởng ${countsText(input.honorees)} có thành tích tiêu biểu, xuất sắc, cụ thể như sau:`,
    ),
  ];
  groups.forEach((g, gi) => {
    body.push({
      kind: 'heading',
      level: 2,
      number: `${gi + 1}.`,
      text: `${g.formName}: ${countsText(g.rows)}`,
    });
    body.push({
      kind: 'table',
      columns: [
        { title: 'TT', width: 8, align: 'center' },
        { title: g.collective ? 'Tên tập thể' : 'Họ và tên', width: 36 },
        { title: g.collective ? 'Đơn vị' : 'Chức vụ, đơn vị', width: 36 },
        { title: 'Tỷ lệ phiếu đồng ý', width: 20, align: 'center' },
      ],
      rows: g.rows.map((r, i) => [
        String(i + 1),
        r.name,
        unitPosition(r),
        r.vote ? `${r.vote.agree}/${r.vote.base} (${percentText(r.vote.sharePercent)})` : '',
      ]),
    });
  });
  if (!groups.length) {
    body.push(paragraph('Chưa có tập thể, cá nhân nào được Hội đồng bỏ phiếu đề nghị khen thưởng.'));
  }
  body.push(
    paragraph(
      `Tổng cộng: ${countsText(input.honorees)}. (Hồ sơ, biên bản họp Hội đồng và danh sách kèm theo.)`,
      { bold: true },
    ),
    paragraph(`Hội đồng Thi đua - Khen thưởng kính trình ${chairman} xem xét, quyết định./.`),
  );
  return {
    type: 'TTr',
    parentAgency: h.parentAgency,
    issuingAgency: h.issuingAgency,
    number: input.number,
    code: `TTr-${h.agencyCode}`,
    place: h.place,
    date: input.date,
    title: 'Tờ trình',
    summary: [
      `Về việc đề nghị khen thưởng các tập thể, cá nhân điển hình tiên tiến`,
      `tại ${plan.officialTitle} ${periodText(plan)}`,
    ],
    legalBasis: [],
    body,
    signature: input.signature,
    recipients: ['Như trên', 'Thành viên Hội đồng', 'Lưu: VT, HĐTĐKT'],
    appendices: [],
  };
}

/** The council's signer: the standing vice chair on behalf of the chair, else the chair. */
export async function councilSigner(ctx: BuildContext, fallback: SignatureBlock): Promise<SignatureBlock> {
  const members = (await listCouncilMembers(ctx.db, ctx.conference.organizationId)).filter((m) => m.active);
  const vice = members.find((m) => m.position === 'vice_chair');
  if (vice) return { authorityLine: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: vice.fullName };
  const chair = members.find((m) => m.position === 'chair');
  if (chair) return { authorityLine: 'TM. HỘI ĐỒNG', title: 'CHỦ TỊCH', name: chair.fullName };
  return { ...fallback, authorityLine: 'TM. HỘI ĐỒNG' };
}

export const submissionBuilder: DocumentBuilder = {
  kind: 'submission',
  type: 'TTr',
  label: 'Tờ trình đề nghị khen thưởng',
  build: async (ctx) => {
    const [header, honorees, notice] = await Promise.all([
      conferenceHeader(ctx),
      listHonoreeEntries(ctx.db, ctx.conference.id),
      noticeSummary(ctx.db, ctx.conference.id),
    ]);
    return submissionDocument({
      header,
      honorees,
      notice,
      signature: await councilSigner(ctx, header.signature),
      number: ctx.number,
      date: ctx.date,
    });
  },
};
