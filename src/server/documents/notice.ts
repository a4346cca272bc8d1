// Thông báo công khai (TB): the honorees proposed by the council (before the decision), or the
// accepted nominations while the council has not voted, published for feedback for a period.
import { countsText, groupByForm, type HonoreeEntry, honoreeEntry } from '../../shared/rules/honorees';
import { vietnameseDate } from '../../shared/rules/vietnamese-date';
import { listAwardForms } from '../modules/award-forms/data';
import { listNominations } from '../modules/nominations/data';
import { listHonoreeEntries } from '../modules/selection/data';
import {
  conferenceHeader,
  documentDay,
  groupedTableRows,
  type Header,
  paragraph,
  periodText,
  unitPosition,
} from './builder-common';
import type { BuildContext, DocumentBuilder } from './catalog';
import type { OfficialDocument } from './model';

/** Days the list stays open for feedback. */
export const FEEDBACK_DAYS = 5;

export type NoticeInput = {
  header: Header;
  entries: readonly HonoreeEntry[];
  /** 'honorees': voted by the council; 'nominations': accepted, not voted yet. */
  source: 'honorees' | 'nominations';
  day: string;
  number: number | null;
  date: string | null;
};

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export function noticeDocument(input: NoticeInput): OfficialDocument {
  const h = input.header;
  const plan = h.plan;
  const until = addDays(input.day, FEEDBACK_DAYS);
  const what =
    input.source === 'honorees'
      ? 'được Hội đồng Thi đua - Khen thưởng thống nhất đề nghị khen thưởng'
      : 'được các cơ quan, đơn vị đề nghị xét khen thưởng';
  const groups = groupByForm(input.entries);
  return {
    type: 'TB',
    parentAgency: h.parentAgency,
    issuingAgency: h.issuingAgency,
    number: input.number,
    code: `TB-${h.agencyCode}`,
    place: h.place,
    date: input.date,
    title: 'Thông báo',
    summary: [
      'Công khai danh sách tập thể, cá nhân đề nghị khen thưởng',
      `tại ${plan.officialTitle} ${periodText(plan)}`,
    ],
    legalBasis: [],
    body: [
      paragraph(
        `Để bảo đảm nguyên tắc chính xác, công khai, công bằng, dân chủ trong công tác thi đua, khen thưởng, ${h.organizationName} thông báo công khai danh sách ${countsText(input.entries)} ${what} tại ${plan.officialTitle} ${periodText(plan)} (danh sách kèm theo).`,
      ),
      paragraph(
        `Thời gian tiếp nhận ý kiến: từ ${vietnameseDate(input.day)} đến hết ${vietnameseDate(until)}. Mọi ý kiến phản ánh về các tập thể, cá nhân có tên trong danh sách xin gửi về Văn phòng ${h.organizationName} (Thường trực Hội đồng Thi đua - Khen thưởng) bằng văn bản, có ghi rõ họ tên, địa chỉ người phản ánh.`,
      ),
      paragraph(
        'Hết thời hạn trên, nếu không có ý kiến phản ánh, Hội đồng Thi đua - Khen thưởng hoàn thiện hồ sơ trình cấp có thẩm quyền quyết định khen thưởng./.',
      ),
      {
        kind: 'table',
        columns: [
          { title: 'TT', width: 8, align: 'center' },
          { title: 'Tên tập thể, cá nhân', width: 42 },
          { title: 'Đơn vị, chức vụ', width: 50 },
        ],
        rows: groupedTableRows(groups, (r, i) => [String(i + 1), r.name, unitPosition(r)], 3),
        footer: ['', 'Tổng cộng', countsText(input.entries)],
      },
    ],
    signature: h.signature,
    recipients: [
      'Hội đồng Thi đua - Khen thưởng',
      'Các cơ quan, đơn vị, tổ dân phố',
      'Niêm yết tại trụ sở',
      'Lưu: VT',
    ],
    appendices: [],
  };
}

/** Accepted nominations as list entries (before the council votes). */
async function acceptedEntries(ctx: BuildContext): Promise<HonoreeEntry[]> {
  const [forms, { rows }] = await Promise.all([
    listAwardForms(ctx.db, ctx.conference.id),
    listNominations(
      ctx.db,
      { conferenceId: ctx.conference.id, unitIds: null, visibleStatuses: null, status: 'accepted' },
      { limit: 10_000, offset: 0 },
    ),
  ]);
  const order = new Map(forms.map((f) => [f.id, f.sortOrder]));
  return rows.map((r) => honoreeEntry(r, order.get(r.awardFormId) ?? 0));
}

export const noticeBuilder: DocumentBuilder = {
  kind: 'notice',
  type: 'TB',
  label: 'Thông báo công khai danh sách đề nghị khen thưởng',
  build: async (ctx) => {
    const [header, honorees] = await Promise.all([
      conferenceHeader(ctx),
      listHonoreeEntries(ctx.db, ctx.conference.id),
    ]);
    const source = honorees.length ? 'honorees' : 'nominations';
    return noticeDocument({
      header,
      entries: honorees.length ? honorees : await acceptedEntries(ctx),
      source,
      day: documentDay(ctx),
      number: ctx.number,
      date: ctx.date,
    });
  },
};
