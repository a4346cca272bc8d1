// Giấy mời (GM) as one official document for the whole list (the general letter with the time,
// place and programme of the day), and the Danh sách đại biểu: the delegates by category. The
// per-delegate invitations with their QR code are invitation.ts.

import { vietnameseDate, vietnameseTime } from '../../shared/rules/vietnamese-date';
import { compareVietnameseNames } from '../../shared/rules/vietnamese-text';
import { getConferenceDay } from '../modules/conferences/data';
import { listDelegates } from '../modules/delegates/data';
import { conferenceHeader, type Header, paragraph, periodText } from './builder-common';
import type { DocumentBuilder } from './catalog';
import type { Block, OfficialDocument } from './model';

export function invitationLetterDocument(input: {
  header: Header;
  /** The conference day and start time (conferences/data.ts getConferenceDay). */
  day: { date: string; startTime: string | null } | null;
  number: number | null;
  date: string | null;
}): OfficialDocument {
  const h = input.header;
  const plan = h.plan;
  const time = [
    input.day?.startTime ? vietnameseTime(input.day.startTime) : null,
    input.day ? vietnameseDate(input.day.date) : null,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    type: 'GM',
    parentAgency: h.parentAgency,
    issuingAgency: h.issuingAgency,
    number: input.number,
    code: `GM-${h.agencyCode}`,
    place: h.place,
    date: input.date,
    title: 'Giấy mời',
    summary: [`Dự ${plan.officialTitle} ${periodText(plan)}`],
    legalBasis: [],
    body: [
      paragraph(`${h.organizationName} trân trọng kính mời: ………………………………………………`, { indent: false }),
      paragraph(`Tới dự ${plan.officialTitle} ${periodText(plan)}.`),
      paragraph([{ text: 'Thời gian: ', bold: true }, { text: time || plan.timeNote || 'Sẽ thông báo sau' }]),
      paragraph([
        { text: 'Địa điểm: ', bold: true },
        { text: plan.plannedPlace.trim() || 'Sẽ thông báo sau' },
      ]),
      paragraph(
        'Nội dung: Tổng kết phong trào thi đua yêu nước và công tác khen thưởng; biểu dương, tôn vinh các tập thể, cá nhân điển hình tiên tiến; phát động phong trào thi đua giai đoạn mới.',
      ),
      paragraph('Rất mong Quý đại biểu đến dự đúng thời gian để Hội nghị thành công tốt đẹp./.'),
    ],
    signature: h.signature,
    recipients: ['Như thành phần mời', 'Lưu: VT'],
    appendices: [],
  };
}

export type ListedDelegate = { fullName: string; title: string; unitName: string; category: string };

export function delegateListDocument(input: {
  header: Header;
  delegates: readonly ListedDelegate[];
  number: number | null;
  date: string | null;
}): OfficialDocument {
  const h = input.header;
  const plan = h.plan;
  const categories = plan.delegateRules.categories;
  const label = new Map(categories.map((c) => [c.key, c.label]));
  const order = new Map(categories.map((c, i) => [c.key, i]));
  const byCategory = new Map<string, ListedDelegate[]>();
  // Within each group, Vietnamese name order (given name first), like every other list and document.
  const sorted = [...input.delegates].sort((a, b) => compareVietnameseNames(a.fullName, b.fullName));
  for (const d of sorted) byCategory.set(d.category, [...(byCategory.get(d.category) ?? []), d]);
  const keys = [...byCategory.keys()].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
  const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
  const rows: string[][] = [];
  keys.forEach((k, ki) => {
    const list = byCategory.get(k)!;
    rows.push([ROMAN[ki] ?? String(ki + 1), `${label.get(k) ?? k} (${list.length})`, '', '']);
    list.forEach((d, i) => {
      rows.push([String(i + 1), d.fullName, d.title, d.unitName]);
    });
  });
  const body: Block[] = [
    {
      kind: 'table',
      columns: [
        { title: 'TT', width: 8, align: 'center' },
        { title: 'Họ và tên', width: 32 },
        { title: 'Chức vụ', width: 28 },
        { title: 'Đơn vị', width: 32 },
      ],
      rows,
      footer: ['', `Tổng số: ${input.delegates.length} đại biểu`, '', ''],
    },
  ];
  return {
    type: 'DS',
    parentAgency: h.parentAgency,
    issuingAgency: h.issuingAgency,
    number: input.number,
    code: `DS-${h.agencyCode}`,
    place: h.place,
    date: input.date,
    title: 'Danh sách',
    summary: [`Đại biểu dự ${plan.officialTitle}`, periodText(plan)],
    legalBasis: [],
    body,
    signature: h.signature,
    recipients: ['Ban Tổ chức Hội nghị', 'Lưu: VT'],
    appendices: [],
  };
}

export const invitationBuilder: DocumentBuilder = {
  kind: 'invitation',
  type: 'GM',
  label: 'Giấy mời dự hội nghị',
  build: async (ctx) => {
    const [header, day] = await Promise.all([
      conferenceHeader(ctx),
      getConferenceDay(ctx.db, ctx.conference),
    ]);
    return invitationLetterDocument({ header, day, number: ctx.number, date: ctx.date });
  },
};

export const delegateListBuilder: DocumentBuilder = {
  kind: 'delegate_list',
  type: 'DS',
  label: 'Danh sách đại biểu',
  build: async (ctx) => {
    const [header, rows] = await Promise.all([
      conferenceHeader(ctx),
      listDelegates(ctx.db, ctx.conference.id),
    ]);
    const delegates = rows.map(({ d }) => ({
      fullName: d.fullName,
      title: d.title,
      unitName: d.unitName,
      category: d.category,
    }));
    return delegateListDocument({ header, delegates, number: ctx.number, date: ctx.date });
  },
};
