import { z } from 'zod';
import { isoDate, text, versionField } from './primitives';

/** Chức danh trong Hội đồng. */
export const COUNCIL_POSITIONS = ['chair', 'vice_chair', 'standing', 'member', 'secretary'] as const;
export type CouncilPosition = (typeof COUNCIL_POSITIONS)[number];

export const VOTING_MODES = ['electronic', 'paper', 'show_of_hands'] as const;
export type VotingMode = (typeof VOTING_MODES)[number];

export const councilMemberInputSchema = z.object({
  term: text('Nhiệm kỳ', 50),
  fullName: text('Họ và tên', 200),
  position: z.enum(COUNCIL_POSITIONS, { error: 'Chức danh trong Hội đồng không hợp lệ' }),
  userId: z.uuid({ error: 'Tài khoản không hợp lệ' }).nullable().default(null),
  unitId: z.uuid({ error: 'Đơn vị không hợp lệ' }).nullable().default(null),
  active: z.boolean().default(true),
});
export const councilMemberUpdateSchema = councilMemberInputSchema.extend({ version: versionField });

export const meetingInputSchema = z
  .object({
    term: text('Nhiệm kỳ', 50),
    title: text('Tên phiên họp', 300),
    meetingDate: isoDate('Ngày họp'),
    place: z.string().trim().max(300).default(''),
    quorumNumerator: z
      .number({ error: 'Túc số (tử số) phải là số' })
      .int()
      .min(1, { error: 'Túc số (tử số) phải từ 1' }),
    quorumDenominator: z
      .number({ error: 'Túc số (mẫu số) phải là số' })
      .int()
      .min(1, { error: 'Túc số (mẫu số) phải từ 1' }),
    tallyCommittee: z.array(text('Thành viên ban kiểm phiếu', 200)).default([]),
  })
  .refine((m) => m.quorumNumerator <= m.quorumDenominator, {
    path: ['quorumNumerator'],
    message: 'Túc số không được vượt quá toàn bộ thành viên (tử số ≤ mẫu số)',
  });

export const attendanceBodySchema = z.object({
  councilMemberId: z.uuid({ error: 'Thành viên không hợp lệ' }),
  present: z.boolean({ error: 'Có mặt phải là đúng/sai' }),
});

export const ballotInputSchema = z.object({
  title: text('Tên phiếu', 300),
  mode: z.enum(VOTING_MODES, { error: 'Hình thức biểu quyết không hợp lệ' }),
  allowAbstain: z.boolean().default(false),
  items: z
    .array(
      z.object({
        nominationId: z.uuid({ error: 'Đề nghị không hợp lệ' }),
        excluded: z
          .array(
            z.object({
              councilMemberId: z.uuid({ error: 'Thành viên không hợp lệ' }),
              reason: text('Lý do', 500),
            }),
          )
          .default([]),
      }),
    )
    .min(1, { error: 'Phiếu phải có ít nhất một đề nghị' })
    .max(1000, { error: 'Một phiếu tối đa 1000 đề nghị' }),
});

export const CHOICES = ['agree', 'disagree', 'abstain'] as const;
export type Choice = (typeof CHOICES)[number];

export const castBodySchema = z.object({
  // keys are checked against the ballot's items when the paper is counted (an unknown key is
  // refused there, naming it), so a plain bounded string is enough here
  choices: z.record(
    z.string().max(64, { error: 'Mục không hợp lệ' }),
    z.enum(CHOICES, { error: 'Lựa chọn không hợp lệ' }),
  ),
});

const count = (field: string) =>
  z
    .number({ error: `${field} phải là số` })
    .int({ error: `${field} phải là số nguyên` })
    .min(0, { error: `${field} không được âm` });

export const enteredCountsBodySchema = z.object({
  papersIssued: count('Số phiếu phát ra').nullable().default(null),
  papersReturned: count('Số phiếu thu về').nullable().default(null),
  tallyCommittee: z.array(text('Thành viên ban kiểm phiếu', 200)).default([]),
  counts: z.record(
    z.uuid({ error: 'Mục không hợp lệ' }),
    z.object({
      agree: count('Số phiếu đồng ý'),
      disagree: count('Số phiếu không đồng ý'),
      abstain: count('Số phiếu không biểu quyết').default(0),
    }),
  ),
  version: versionField,
});
