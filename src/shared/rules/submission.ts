import type { NominationStatus, ReportStatus } from '../schemas/nominations';

/** Workflow of nominations and unit reports (đề nghị, báo cáo). */
export type SubmissionAction = 'submit' | 'return' | 'accept' | 'reject';
type Status = NominationStatus | ReportStatus;

const NEXT: Record<SubmissionAction, Partial<Record<Status, Status>>> = {
  submit: { draft: 'submitted', returned: 'resubmitted' },
  return: { submitted: 'returned', resubmitted: 'returned' },
  accept: { submitted: 'accepted', resubmitted: 'accepted' },
  reject: { submitted: 'rejected', resubmitted: 'rejected' },
};

export const ACTION_LABELS: Record<SubmissionAction, string> = {
  submit: 'gửi',
  return: 'trả lại',
  accept: 'tiếp nhận',
  reject: 'không tiếp nhận',
};

export const STATUS_LABELS: Record<Status, string> = {
  draft: 'Bản nháp',
  submitted: 'Đã gửi',
  returned: 'Bị trả lại',
  resubmitted: 'Đã gửi lại',
  accepted: 'Đã tiếp nhận',
  rejected: 'Không tiếp nhận',
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextStatus(status: Status, action: SubmissionAction, isReport = false): Status | null {
  if (isReport && action === 'reject') return null;
  return NEXT[action][status] ?? null;
}

/** Statuses that count against the unit's quota. */
export const COUNTED_STATUSES: readonly NominationStatus[] = ['submitted', 'resubmitted', 'accepted'];

/** Statuses the unit head may still edit (a draft before the deadline, or one returned to them). */
export const UNIT_EDITABLE_STATUSES: readonly Status[] = ['draft', 'returned'];

export type DeadlineState = {
  deadline: string | null;
  extendedUntil: string | null;
  open: boolean;
  /** Days left until the effective deadline (negative when past). */
  daysLeft: number | null;
};

/**
 * Is submission open for a unit today? Open through the whole deadline day (Vietnam time), or
 * through the day the secretary reopened it until. No deadline milestone: always open.
 */
export function deadlineState(
  deadline: string | null,
  extendedUntil: string | null,
  today: string,
): DeadlineState {
  if (!deadline) return { deadline, extendedUntil, open: true, daysLeft: null };
  const effective = extendedUntil && extendedUntil > deadline ? extendedUntil : deadline;
  return { deadline, extendedUntil, open: today <= effective, daysLeft: daysBetween(today, effective) };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type QuotaCheck = { ok: true } | { ok: false; quota: number; used: number; message: string };

/** Can one more nominee for this form be submitted by this unit? */
export function checkQuota(args: {
  quota: number;
  used: number;
  formName: string;
  unitName: string;
}): QuotaCheck {
  const { quota, used, formName, unitName } = args;
  if (used + 1 <= quota) return { ok: true };
  const message =
    quota === 0
      ? `${unitName} chưa được phân bổ chỉ tiêu "${formName}" (chỉ tiêu 0, đã dùng ${used}). Hãy đề nghị Văn phòng phân bổ chỉ tiêu hoặc chọn hình thức khác.`
      : `Chỉ tiêu "${formName}" của ${unitName} là ${quota}, đã dùng ${used}. Hãy rút bớt một đề nghị đã gửi hoặc đề nghị Văn phòng phân bổ thêm chỉ tiêu.`;
  return { ok: false, quota, used, message };
}
