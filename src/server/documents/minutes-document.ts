// Biên bản họp Hội đồng Thi đua - Khen thưởng (BB) from the minutes data of the selection module:
// attendance, quorum, tally committee, every ballot item's counts, share and result with reason,
// and the conclusion. The meeting is the one asked for, else the latest closed one.
import { countsText } from '../../shared/rules/honorees';
import { vietnameseDate } from '../../shared/rules/vietnamese-date';
import { AppError, notFound } from '../errors';
import { type NoticeSummary, noticeSummary } from '../modules/public-notice/data';
import { getMeeting, listMeetings, type MeetingRow } from '../modules/review/data';
import { buildMinutes } from '../modules/selection/minutes-data';
import { conferenceHeader, councilHeader, type Header, paragraph, percentText } from './builder-common';
import type { BuildContext, DocumentBuilder } from './catalog';
import type { Block, OfficialDocument } from './model';
import { noticeOutcomeText } from './notice';

export type MinutesData = Awaited<ReturnType<typeof buildMinutes>>;

/** The meeting whose minutes are wanted: the one named, else the latest closed one. */
export async function minutesMeeting(ctx: BuildContext): Promise<MeetingRow | null> {
  if (ctx.meetingId) return getMeeting(ctx.db, ctx.conference.id, ctx.meetingId);
  const closed = (await listMeetings(ctx.db, ctx.conference.id)).filter((m) => m.status === 'closed');
  return closed.at(-1) ?? null;
}

export function minutesDocument(input: {
  header: Header;
  minutes: MinutesData;
  number: number | null;
  date: string | null;
  /** The published notice of the candidates, when there was one. */
  notice?: NoticeSummary | null;
}): OfficialDocument {
  const h = councilHeader(input.header);
  const m = input.minutes;
  const noticeText = noticeOutcomeText(input.notice ?? null);
  const present = m.members.filter((x) => x.present);
  const absent = m.members.filter((x) => !x.present);
  const chair =
    present.find((x) => x.position === 'chair') ?? present.find((x) => x.position === 'vice_chair');
  const secretary = present.find((x) => x.position === 'secretary');
  const body: Block[] = [
    paragraph(
      `Hôm nay, ${vietnameseDate(m.meeting.meetingDate)}${m.meeting.place ? `, tại ${m.meeting.place}` : ''}, Hội đồng Thi đua - Khen thưởng ${h.organizationName} (nhiệm kỳ ${m.meeting.term}) họp xét đề nghị khen thưởng tại ${m.conference.officialTitle}: ${m.meeting.title}.`,
    ),
    { kind: 'heading', level: 1, number: 'I.', text: 'THÀNH PHẦN' },
    paragraph(
      `Tổng số thành viên Hội đồng: ${m.quorum.all}; có mặt: ${m.quorum.present}; vắng mặt: ${absent.length}${absent.length ? ` (${absent.map((x) => x.fullName).join(', ')})` : ''}.`,
    ),
    {
      kind: 'table',
      columns: [
        { title: 'TT', width: 8, align: 'center' },
        { title: 'Họ và tên', width: 34 },
        { title: 'Chức danh trong Hội đồng', width: 38 },
        { title: 'Có mặt', width: 20, align: 'center' },
      ],
      rows: m.members.map((x, i) => [
        String(i + 1),
        x.fullName,
        x.positionLabel,
        x.present ? 'Có mặt' : 'Vắng',
      ]),
    },
    paragraph(
      `Số thành viên có mặt ${m.quorum.present}/${m.quorum.all}, yêu cầu tối thiểu ${m.quorum.needed} thành viên (${m.quorum.rule} tổng số thành viên): ${m.quorum.ok ? 'cuộc họp đủ điều kiện tiến hành' : 'cuộc họp không đủ số thành viên theo quy định'}.`,
    ),
    paragraph(
      `Chủ trì: ${chair ? `${chair.fullName}, ${chair.positionLabel}` : '…'}. Thư ký: ${secretary?.fullName ?? '…'}.`,
    ),
    paragraph(
      `Ban kiểm phiếu: ${m.tallyCommittee.length ? m.tallyCommittee.join(', ') : 'không thành lập'}.`,
    ),
    ...(noticeText ? [paragraph(noticeText)] : []),
    { kind: 'heading', level: 1, number: 'II.', text: 'NỘI DUNG VÀ KẾT QUẢ BỎ PHIẾU' },
  ];
  m.ballots.forEach((b, bi) => {
    body.push({ kind: 'heading', level: 2, number: `${bi + 1}.`, text: `${b.title} (${b.modeLabel})` });
    if (b.mode === 'paper') {
      body.push(
        paragraph(`Số phiếu phát ra: ${b.papersIssued ?? 0}; số phiếu thu về: ${b.papersReturned ?? 0}.`),
      );
    } else {
      body.push(paragraph(`Số thành viên tham gia biểu quyết: ${b.ballotsCast}/${b.electorateSize}.`));
    }
    if (b.status !== 'closed') {
      body.push(paragraph('Phiếu chưa kết thúc; kết quả chưa được công bố.', { italic: true }));
      return;
    }
    body.push({
      kind: 'table',
      columns: [
        { title: 'TT', width: 6, align: 'center' },
        { title: 'Tập thể, cá nhân', width: 26 },
        { title: 'Đồng ý', width: 10, align: 'center' },
        { title: 'Không đồng ý', width: 12, align: 'center' },
        { title: 'Không ý kiến', width: 11, align: 'center' },
        { title: 'Tỷ lệ', width: 11, align: 'center' },
        { title: 'Kết quả', width: 24 },
      ],
      rows: b.items.map((it, i) => {
        const r = it.result;
        return [
          String(i + 1),
          `${it.name} (${it.unitName})`,
          r ? String(r.agree) : '',
          r ? String(r.disagree) : '',
          r ? String(r.abstain) : '',
          r ? percentText(r.sharePercent) : '',
          r ? `${r.selected ? 'Đạt' : 'Không đạt'}${r.reason ? `: ${r.reason}` : ''}` : '',
        ];
      }),
    });
    for (const it of b.items) {
      for (const e of it.excluded) {
        body.push({
          kind: 'bullet',
          marker: '-',
          text: `${e.fullName} không tham gia biểu quyết đối với ${it.name}: ${e.reason}.`,
        });
      }
    }
  });
  body.push(
    { kind: 'heading', level: 1, number: 'III.', text: 'KẾT LUẬN' },
    paragraph(
      m.honorees.length
        ? `Hội đồng thống nhất đề nghị Chủ tịch ${h.organizationName} khen thưởng ${countsText(m.honorees)}: ${m.honorees.map((x) => `${x.name} (${x.awardFormName})`).join('; ')}.`
        : 'Không có tập thể, cá nhân nào đạt tỷ lệ phiếu theo quy định.',
    ),
    paragraph('Biên bản được lập xong, thông qua trước Hội đồng và các thành viên dự họp thống nhất./.'),
    paragraph(`THƯ KÝ: ${secretary?.fullName ?? ''}`, { align: 'center', bold: true }),
  );
  return {
    type: 'BB',
    parentAgency: h.parentAgency,
    issuingAgency: h.issuingAgency,
    number: input.number,
    code: `BB-${h.agencyCode}`,
    place: h.place,
    date: input.date ?? m.meeting.meetingDate,
    title: 'Biên bản',
    summary: ['Họp Hội đồng Thi đua - Khen thưởng', m.meeting.title],
    legalBasis: [],
    body,
    signature: { authorityLine: '', title: 'CHỦ TRÌ', name: chair?.fullName ?? '' },
    recipients: ['Thành viên Hội đồng', 'Lưu: VT, HĐTĐKT'],
    appendices: [],
  };
}

export const minutesBuilder: DocumentBuilder = {
  kind: 'minutes',
  type: 'BB',
  label: 'Biên bản họp Hội đồng Thi đua - Khen thưởng',
  build: async (ctx) => {
    const meeting = await minutesMeeting(ctx);
    if (!meeting) {
      throw ctx.meetingId ? notFound('phiên họp') : new AppError('INVALID_STATE', NO_CLOSED_MEETING);
    }
    const [header, minutes, notice] = await Promise.all([
      conferenceHeader(ctx),
      buildMinutes(ctx.db, ctx.conference, meeting),
      noticeSummary(ctx.db, ctx.conference.id),
    ]);
    return minutesDocument({ header, minutes, number: ctx.number, date: ctx.date, notice });
  },
};

export const NO_CLOSED_MEETING = 'Chưa có phiên họp Hội đồng nào kết thúc';
