import type { NominationStatus } from '../schemas/nominations';
import type { UpwardStatus, UpwardStatusCounts } from '../schemas/upward';

/**
 * Luồng gửi lên cấp trên — what the lower level reads of a member it sent, from the status of the
 * upper level's nomination: received (đã nhận, under review), returned (trả lại, with the reason;
 * a refusal reads the same: it comes back with a reason), accepted (được chấp nhận), honored
 * (được vinh danh: selected by the upper council). A draft is not an arrival: null.
 */
export function upwardStatusOf(status: NominationStatus, honored: boolean): UpwardStatus | null {
  switch (status) {
    case 'submitted':
    case 'resubmitted':
      return 'received';
    case 'returned':
    case 'rejected':
      return 'returned';
    case 'accepted':
      return honored ? 'honored' : 'accepted';
    default:
      return null;
  }
}

/** The four counts of an arrival's members. */
export function countUpwardStatuses(statuses: (UpwardStatus | null)[]): UpwardStatusCounts {
  const counts: UpwardStatusCounts = { received: 0, returned: 0, accepted: 0, honored: 0 };
  for (const s of statuses) if (s) counts[s] += 1;
  return counts;
}

/**
 * What a (re-)send does with one member: create the upper nomination, send a returned one again
 * with the new content, or leave one under review / accepted as it is.
 */
export function upwardSendAction(existing: NominationStatus | null): 'create' | 'resend' | 'keep' {
  if (existing === null) return 'create';
  return existing === 'returned' || existing === 'draft' ? 'resend' : 'keep';
}

export type UpwardQuotaLine = { formName: string; quota: number; used: number; adding: number };
export type UpwardQuotaCheck = { ok: true } | { ok: false; message: string; line: UpwardQuotaLine };

/**
 * Does the delegation fit the upper level's quota for the sender's unit, form by form? `used`
 * counts what the unit already has under review or accepted there; `adding` what this send adds.
 */
export function checkUpwardQuota(args: {
  unitName: string;
  conferenceName: string;
  lines: UpwardQuotaLine[];
}): UpwardQuotaCheck {
  for (const line of args.lines) {
    if (line.adding === 0 || line.used + line.adding <= line.quota) continue;
    const left = Math.max(0, line.quota - line.used);
    return {
      ok: false,
      line,
      message: `Vượt chỉ tiêu: chỉ tiêu "${line.formName}" của ${args.unitName} tại ${args.conferenceName} là ${line.quota}, đã dùng ${line.used}, còn ${left}; đoàn gửi thêm ${line.adding}. Hãy đề nghị cấp trên phân bổ thêm chỉ tiêu hoặc bớt thành viên đoàn.`,
    };
  }
  return { ok: true };
}

/** "Quyết định số 12/QĐ-UBND ngày 05/06/2020" from an issued decision's number, code and date. */
export function decisionReference(number: number, code: string, isoDate: string | null): string {
  const day = isoDate ? ` ngày ${isoDate.split('-').reverse().join('/')}` : '';
  return `Quyết định số ${number}${code ? `/${code}` : ''}${day}`;
}
