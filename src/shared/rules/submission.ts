import {
  type AwardSubject,
  type NominationInput,
  type NominationKind,
  type NominationStatus,
  nominationInputSchema,
  type ReportStatus,
} from '../schemas/nominations';

/** Workflow of nominations and unit reports (đề nghị, báo cáo). */
export type SubmissionAction = 'submit' | 'return' | 'accept' | 'reject';
export type SubmissionStatus = NominationStatus | ReportStatus;
type Status = SubmissionStatus;

const NEXT: Record<SubmissionAction, Partial<Record<Status, Status>>> = {
  submit: { draft: 'submitted', returned: 'resubmitted' },
  return: { submitted: 'returned', resubmitted: 'returned' },
  accept: { submitted: 'accepted', resubmitted: 'accepted' },
  reject: { submitted: 'rejected', resubmitted: 'rejected' },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextStatus(status: Status, action: SubmissionAction, isReport = false): Status | null {
  if (isReport && action === 'reject') return null;
  return NEXT[action][status] ?? null;
}

/** Statuses that count against the unit's quota. */
export const COUNTED_STATUSES: readonly NominationStatus[] = ['submitted', 'resubmitted', 'accepted'];

/**
 * May the unit still change it (content, attachments, submit)? A draft, or one returned to them.
 * `null` is a unit report not written yet. The deadline is checked separately (deadlineState).
 */
export function unitMayEdit(status: Status | null): boolean {
  return status === null || status === 'draft' || status === 'returned';
}

/** May the unit delete it? Only a draft that was never sent. */
export const unitMayDelete = (status: Status): boolean => status === 'draft';

/** Is it waiting for the office (return / accept / reject)? */
export const underReview = (status: Status | null): boolean =>
  status === 'submitted' || status === 'resubmitted';

/** Does an award form for `appliesTo` fit a nomination of `kind`? Households count as collectives. */
export function formFitsKind(appliesTo: AwardSubject, kind: NominationKind): boolean {
  return kind === 'individual' ? appliesTo === 'individual' : appliesTo !== 'individual';
}

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

/** What a stored nomination holds (a draft may lack any of its details). */
export type NominationContent = {
  kind: string;
  awardFormId: string;
  individual: object | null;
  collective: object | null;
  summaryHtml: string;
  unitReview: object | null;
  movementId?: string | null;
  achievementRef?: string;
  eligibilityNote?: string;
};

export type Readiness = { ok: true; input: NominationInput } | { ok: false; fields: Record<string, string> };

/**
 * May it be sent? A draft is saved with whatever was typed; sending asks for all of it. The whole
 * request schema over what is stored: the complete input, or each missing or wrong field's
 * Vietnamese message keyed by its path ('individual.birthYear'), in the form's order.
 */
export function readyToSubmit(n: NominationContent): Readiness {
  const details =
    n.kind === 'individual' ? { individual: n.individual ?? {} } : { collective: n.collective ?? {} };
  const parsed = nominationInputSchema.safeParse({
    kind: n.kind,
    awardFormId: n.awardFormId,
    summaryHtml: n.summaryHtml,
    unitReview: n.unitReview,
    movementId: n.movementId ?? null,
    achievementRef: n.achievementRef ?? '',
    eligibilityNote: n.eligibilityNote ?? '',
    ...details,
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.map(String).join('.')] ??= issue.message;
  return { ok: false, fields };
}
