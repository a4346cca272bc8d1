// The one home of notification texts: for each kind, the Vietnamese title and body (what the inbox
// shows and the email says) and the app page to open, from typed parameters. Callers pass the
// result to notify(): `notify(tx, { ...message('nomination_returned', {...}), kind, organizationId, userIds })`.
import type { NotificationKind } from '../../../shared/schemas/notifications';

type Conf = { conferenceId: string; conferenceName: string };

export type TemplateParams = {
  nomination_returned: Conf & { nominationId: string; nomineeName: string; unitName: string; reason: string };
  nomination_accepted: Conf & { nominationId: string; nomineeName: string; unitName: string };
  report_returned: Conf & { unitId: string; unitName: string; reason: string };
  deadline_soon: Conf & { unitId: string; unitName: string; deadline: string; daysLeft: number };
  deadline_reopened: Conf & { unitId: string; unitName: string; deadline: string };
  meeting_scheduled: Conf & { meetingId: string; meetingTitle: string; when: string; place: string };
  ballot_opened: Conf & { meetingId: string; ballotId: string; ballotTitle: string };
  invitation_issued: Conf & { unitName: string; count: number };
  rsvp_received: Conf & { delegateName: string; attending: boolean };
  task_assigned: Conf & { taskTitle: string; dueOn: string | null };
  task_overdue: Conf & { taskTitle: string; dueOn: string };
  thread_opened: { threadId: string; unitName: string; topic: string; excerpt: string };
  thread_answered: { threadId: string; topic: string; excerpt: string };
  digest: { count: number; lines: string[] };
};

export type Message = { title: string; body: string; link: string };

/** The page of a unit's thread (phản ánh, kiến nghị). */
export const threadPath = (threadId: string) => `/threads/${threadId}`;

/** One line of at most `max` characters (a message's text quoted in a notification). */
function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

const conf = (p: Conf) => `/conferences/${p.conferenceId}`;

/** "2026-03-25" → "25/03/2026"; anything else as it is. */
export function viDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const templates: { [K in NotificationKind]: (p: TemplateParams[K]) => Message } = {
  nomination_returned: (p) => ({
    title: `Đề nghị "${p.nomineeName}" bị trả lại`,
    body: `Văn phòng đã trả lại đề nghị khen thưởng "${p.nomineeName}" của ${p.unitName} (${p.conferenceName}). Lý do: ${p.reason}. Đơn vị sửa hồ sơ rồi gửi lại.`,
    link: `${conf(p)}/nominations/${p.nominationId}`,
  }),
  nomination_accepted: (p) => ({
    title: `Đề nghị "${p.nomineeName}" đã được tiếp nhận`,
    body: `Văn phòng đã tiếp nhận đề nghị khen thưởng "${p.nomineeName}" của ${p.unitName} (${p.conferenceName}) để trình Hội đồng xét.`,
    link: `${conf(p)}/nominations/${p.nominationId}`,
  }),
  report_returned: (p) => ({
    title: `Báo cáo của ${p.unitName} bị trả lại`,
    body: `Văn phòng đã trả lại báo cáo thành tích của ${p.unitName} (${p.conferenceName}). Lý do: ${p.reason}. Đơn vị sửa rồi gửi lại.`,
    link: `${conf(p)}/units/${p.unitId}/report`,
  }),
  deadline_soon: (p) => ({
    title: `Còn ${p.daysLeft} ngày đến hạn nộp hồ sơ (${viDate(p.deadline)})`,
    body: `${p.unitName} chưa gửi hồ sơ đề nghị khen thưởng cho ${p.conferenceName}. Hạn nộp: ${viDate(p.deadline)} (còn ${p.daysLeft} ngày).`,
    link: `${conf(p)}/units/${p.unitId}`,
  }),
  deadline_reopened: (p) => ({
    title: `Hạn nộp hồ sơ của ${p.unitName} được gia hạn đến ${viDate(p.deadline)}`,
    body: `Văn phòng đã mở lại hạn nộp hồ sơ đề nghị khen thưởng của ${p.unitName} (${p.conferenceName}) đến hết ngày ${viDate(p.deadline)}.`,
    link: `${conf(p)}/units/${p.unitId}`,
  }),
  meeting_scheduled: (p) => ({
    title: `Lịch họp Hội đồng: ${p.meetingTitle}`,
    body: `Phiên họp Hội đồng Thi đua – Khen thưởng "${p.meetingTitle}" (${p.conferenceName}) được lên lịch vào ${p.when}${p.place ? ` tại ${p.place}` : ''}.`,
    link: `${conf(p)}/review/meetings/${p.meetingId}`,
  }),
  ballot_opened: (p) => ({
    title: `Phiếu bầu đã mở: ${p.ballotTitle}`,
    body: `Phiếu bầu "${p.ballotTitle}" (${p.conferenceName}) đã mở. Mời đồng chí bỏ phiếu.`,
    link: `${conf(p)}/review/meetings/${p.meetingId}/ballots/${p.ballotId}/vote`,
  }),
  invitation_issued: (p) => ({
    title: `Giấy mời dự ${p.conferenceName} đã phát hành`,
    body: `Văn phòng đã phát hành ${p.count} giấy mời cho đại biểu của ${p.unitName}. Đề nghị đơn vị chuyển giấy mời và nhắc đại biểu xác nhận tham dự.`,
    link: `${conf(p)}/delegates`,
  }),
  rsvp_received: (p) => ({
    title: `${p.delegateName} ${p.attending ? 'xác nhận tham dự' : 'báo vắng'}`,
    body: `Đại biểu ${p.delegateName} ${p.attending ? 'đã xác nhận tham dự' : 'đã báo vắng'} ${p.conferenceName}.`,
    link: `${conf(p)}/delegates`,
  }),
  task_assigned: (p) => ({
    title: `Được giao công việc: ${p.taskTitle}`,
    body: `Đồng chí được giao công việc "${p.taskTitle}" chuẩn bị ${p.conferenceName}${p.dueOn ? `, hạn ${viDate(p.dueOn)}` : ''}.`,
    link: `${conf(p)}/tasks`,
  }),
  task_overdue: (p) => ({
    title: `Công việc quá hạn: ${p.taskTitle}`,
    body: `Công việc "${p.taskTitle}" (${p.conferenceName}) đã quá hạn ${viDate(p.dueOn)} mà chưa xong.`,
    link: `${conf(p)}/tasks`,
  }),
  thread_opened: (p) => ({
    title: `${p.unitName} gửi phản ánh: ${clip(p.topic, 150)}`,
    body: `${p.unitName} đã gửi phản ánh, kiến nghị "${clip(p.topic, 150)}" về Văn phòng: ${clip(p.excerpt, 300)}`,
    link: threadPath(p.threadId),
  }),
  thread_answered: (p) => ({
    title: `Văn phòng đã trả lời phản ánh: ${clip(p.topic, 150)}`,
    body: `Văn phòng trả lời phản ánh, kiến nghị "${clip(p.topic, 150)}" của đơn vị: ${clip(p.excerpt, 300)}`,
    link: threadPath(p.threadId),
  }),
  digest: (p) => ({
    title: `Vinh Danh: ${p.count} thông báo mới trong ngày`,
    body: p.lines.join('\n\n'),
    link: '/notifications',
  }),
};

/** The title, body and link of a notification of `kind`. */
export function message<K extends NotificationKind>(
  kind: K,
  params: TemplateParams[K],
): Message & { kind: K } {
  return { kind, ...templates[kind](params) };
}

/** An app path as an absolute address for an email (PUBLIC_URL or the listen origin); the path alone without one. */
export function absoluteLink(link: string, origin: string | null | undefined): string {
  if (!origin || /^https?:\/\//.test(link)) return link;
  return `${origin.replace(/\/+$/, '')}${link.startsWith('/') ? '' : '/'}${link}`;
}

/** The plain text of an email: the body, then where to open it. */
export function emailText(body: string, link: string, origin: string | null | undefined): string {
  return `${body}\n\nXem chi tiết: ${absoluteLink(link, origin)}\n\n—\nVinh Danh · Hội nghị điển hình tiên tiến. Đổi cách nhận thông báo: ${absoluteLink('/notifications/preferences', origin)}`;
}
