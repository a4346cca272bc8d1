// Thông báo công khai (TB): the honorees proposed by the council (before the decision), or the
// accepted nominations while the council has not voted, published for feedback for a period.
import { countsText, groupByForm, type HonoreeEntry, honoreeEntry } from '../../shared/rules/honorees';
import { publicPaths } from '../../shared/rules/public-paths';
import { vietnameseDate } from '../../shared/rules/vietnamese-date';
import { listAwardForms } from '../modules/award-forms/data';
import { listNominations } from '../modules/nominations/data';
import { type NoticeSummary, noticeSummary } from '../modules/public-notice/data';
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
  /** The published notice (its period, and its public page's absolute address when known). */
  published?: { opensOn: string; closesOn: string; url: string | null } | null;
};

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export function noticeDocument(input: NoticeInput): OfficialDocument {
  const h = input.header;
  const plan = h.plan;
  const from = input.published?.opensOn ?? input.day;
  const until = input.published?.closesOn ?? addDays(input.day, FEEDBACK_DAYS);
  const url = input.published?.url ?? null;
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
        `Thời gian tiếp nhận ý kiến: từ ${vietnameseDate(from)} đến hết ${vietnameseDate(until)}. Mọi ý kiến phản ánh về các tập thể, cá nhân có tên trong danh sách xin gửi về Văn phòng ${h.organizationName} (Thường trực Hội đồng Thi đua - Khen thưởng) bằng văn bản, có ghi rõ họ tên, địa chỉ người phản ánh${url ? ', hoặc gửi trực tiếp trên trang công khai danh sách tại địa chỉ dưới đây' : ''}.`,
      ),
      ...(url
        ? [
            paragraph(`Trang công khai danh sách: ${url}`, { indent: false }),
            { kind: 'qr' as const, text: url, caption: `Quét mã QR để xem danh sách và gửi ý kiến: ${url}` },
          ]
        : []),
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

/**
 * What the minutes and the TTr say of a published notice: its period, the comments received and
 * how they were handled ("Danh sách được niêm yết công khai từ ngày … đến ngày …; nhận được N ý
 * kiến; …"). Null when no notice was published (nothing is said then).
 */
export function noticeOutcomeText(n: NoticeSummary | null): string | null {
  if (!n) return null;
  const period = `Danh sách đề nghị khen thưởng được niêm yết công khai từ ${vietnameseDate(n.opensOn)} đến ${vietnameseDate(n.closesOn)}`;
  const outcome = n.outcome.trim().replace(/[.;\s]+$/u, '');
  if (n.commentCount === 0) {
    const more = outcome && !/^không nhận được/iu.test(outcome) ? `; ${outcome}` : '';
    return `${period}; không nhận được ý kiến nào${more}.`;
  }
  return `${period}; nhận được ${n.commentCount} ý kiến${outcome ? `; ${outcome}` : '; Thường trực Hội đồng đang xem xét, xử lý'}.`;
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
    const notice = await noticeSummary(ctx.db, ctx.conference.id);
    return noticeDocument({
      published: notice && {
        opensOn: notice.opensOn,
        closesOn: notice.closesOn,
        url: ctx.origin ? ctx.origin + publicPaths.notice(ctx.conference.id) : null,
      },
      header,
      entries: honorees.length ? honorees : await acceptedEntries(ctx),
      source,
      day: documentDay(ctx),
      number: ctx.number,
      date: ctx.date,
    });
  },
};
