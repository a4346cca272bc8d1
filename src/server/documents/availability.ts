// Which documents of a conference can be built yet, and why not (in Vietnamese), and who may
// read each: the plan-like papers with the conference, the council's with review.read, the
// delegate list with delegate.read.
import type { Permission } from '../../shared/rules/permissions';
import { listDelegates } from '../modules/delegates/data';
import { listNominations } from '../modules/nominations/data';
import { listMeetings } from '../modules/review/data';
import { listHonorees } from '../modules/selection/data';
import { getSummaryReport } from '../modules/summary-report/data';
import type { BuildContext, DocumentKind } from './catalog';
import { NO_CLOSED_MEETING } from './minutes-document';

export const KIND_PERMISSION: Record<DocumentKind, Permission> = {
  plan: 'conference.read',
  program: 'conference.read',
  invitation: 'conference.read',
  notice: 'conference.read',
  summary_report: 'nomination.read', // the office's working draft: the council and the office, not the units
  submission: 'review.read',
  minutes: 'review.read',
  decision: 'review.read',
  delegate_list: 'delegate.read',
};

export type Availability = { available: boolean; reason: string | null };

const yes: Availability = { available: true, reason: null };
const no = (reason: string): Availability => ({ available: false, reason });
const NO_HONOREES = 'Chưa có tập thể, cá nhân nào được Hội đồng bỏ phiếu chọn';

export async function documentAvailability(
  ctx: Pick<BuildContext, 'db' | 'conference'>,
): Promise<Record<DocumentKind, Availability>> {
  const id = ctx.conference.id;
  const [honorees, meetings, delegates, accepted, report] = await Promise.all([
    listHonorees(ctx.db, id),
    listMeetings(ctx.db, id),
    listDelegates(ctx.db, id, {}, 1),
    listNominations(
      ctx.db,
      { conferenceId: id, unitIds: null, visibleStatuses: null, status: 'accepted' },
      { limit: 1, offset: 0 },
    ),
    getSummaryReport(ctx.db, id),
  ]);
  const hasHonorees = honorees.length > 0;
  return {
    plan: yes,
    program: ctx.conference.plan.agendaTemplate?.length ? yes : no('Kế hoạch chưa có nội dung chương trình'),
    invitation: yes,
    delegate_list: delegates.length ? yes : no('Chưa có đại biểu trong danh sách'),
    submission: hasHonorees ? yes : no(NO_HONOREES),
    minutes: meetings.some((m) => m.status === 'closed') ? yes : no(NO_CLOSED_MEETING),
    decision: hasHonorees ? yes : no(NO_HONOREES),
    notice:
      hasHonorees || accepted.rows.length ? yes : no('Chưa có hồ sơ đề nghị khen thưởng nào được tiếp nhận'),
    summary_report: report?.compiledAt
      ? yes
      : no('Báo cáo tổng kết chưa được tổng hợp (trang Báo cáo tổng kết, "Cập nhật số liệu")'),
  };
}
