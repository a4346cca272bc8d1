import { z } from 'zod';
import { UNIT_TYPES } from './enums';
import { GENDERS, NOMINATION_KINDS } from './nominations';
import { flags, isoDate, listView, text, versionField } from './primitives';

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

const isChoice = (v: unknown): v is Choice => v === 'agree' || v === 'disagree' || v === 'abstain';

/**
 * A paper: item id → choice. Checked in one loop (a hundred members send 300 choices each in the
 * same second; a per-entry schema costs three times as much), each bad entry named by its key.
 * The keys themselves are checked against the ballot's items when the paper is counted (an
 * unknown key is refused there, naming it), so a bounded string is enough here.
 */
const paperSchema = z
  .custom<Record<string, Choice>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
    error: 'Phiếu phải gồm lựa chọn cho từng đề nghị',
  })
  .check((ctx) => {
    for (const [key, value] of Object.entries(ctx.value)) {
      if (key.length > 64)
        ctx.issues.push({ code: 'custom', message: 'Mục không hợp lệ', path: [key], input: key });
      else if (!isChoice(value))
        ctx.issues.push({ code: 'custom', message: 'Lựa chọn không hợp lệ', path: [key], input: value });
    }
  })
  // what the API document shows (a custom check has no JSON Schema of its own)
  .meta({
    type: 'object',
    propertyNames: { type: 'string', maxLength: 64 },
    additionalProperties: { type: 'string', enum: [...CHOICES] },
  });

export const castBodySchema = z.object({ choices: paperSchema });

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

// --- Responses -------------------------------------------------------------------------------

const canManage = flags('canManage');

export const councilMemberView = z.object({
  id: z.string(),
  term: z.string(),
  fullName: z.string(),
  position: z.enum(COUNCIL_POSITIONS),
  userId: z.string().nullable(),
  unitId: z.string().nullable(),
  active: z.boolean(),
  version: z.number(),
});
export type CouncilMemberView = z.infer<typeof councilMemberView>;

export const councilMemberListView = listView(councilMemberView, canManage);
export type CouncilMemberListView = z.infer<typeof councilMemberListView>;

/** A login a seat may be linked to: names only, never roles. */
export const councilAccountListView = z.object({
  items: z.array(z.object({ id: z.string(), username: z.string(), fullName: z.string() })),
});
export type CouncilAccountListView = z.infer<typeof councilAccountListView>;

export const MEETING_STATUSES = ['planned', 'open', 'closed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
/** void: an electronic ballot whose running totals were lost with the server process; opened again. */
export const BALLOT_STATUSES = ['draft', 'open', 'closed', 'void'] as const;
export type BallotStatus = (typeof BALLOT_STATUSES)[number];
/** owner_lost: the server restarted (or crashed) while members voted; count_mismatch: totals short of the voters. */
export const VOID_REASONS = ['owner_lost', 'count_mismatch'] as const;
export type VoidReason = (typeof VOID_REASONS)[number];

export const meetingSummaryView = z.object({
  id: z.string(),
  title: z.string(),
  term: z.string(),
  meetingDate: z.string(),
  status: z.enum(MEETING_STATUSES),
});
export type MeetingSummaryView = z.infer<typeof meetingSummaryView>;

export const meetingListView = listView(meetingSummaryView, canManage);
export type MeetingListView = z.infer<typeof meetingListView>;

/** One item's stored result (after the ballot closes). */
export const itemResultView = z.object({
  agree: z.number(),
  disagree: z.number(),
  abstain: z.number(),
  base: z.number(),
  sharePercent: z.number(),
  passed: z.boolean(),
  selected: z.boolean(),
  rank: z.number().nullable(),
  /** "Đạt: 6/7 = 85,71% ≥ 70% số thành viên có mặt". */
  reason: z.string(),
});
export type ItemResultView = z.infer<typeof itemResultView>;

const excludedView = z.object({ councilMemberId: z.string(), reason: z.string() });

export const ballotItemView = z.object({
  id: z.string(),
  nominationId: z.string(),
  name: z.string(),
  kind: z.enum(NOMINATION_KINDS),
  gender: z.enum(GENDERS).nullable(),
  unitId: z.string(),
  unitName: z.string(),
  unitType: z.enum(UNIT_TYPES),
  awardFormId: z.string(),
  awardFormName: z.string(),
  excluded: z.array(excludedView),
  /** Only after the ballot closes. */
  result: itemResultView.nullable(),
});
export type BallotItemView = z.infer<typeof ballotItemView>;

export const ballotView = z.object({
  id: z.string(),
  title: z.string(),
  mode: z.enum(VOTING_MODES),
  allowAbstain: z.boolean(),
  status: z.enum(BALLOT_STATUSES),
  /** Why the ballot is void (status void); the papers cast in that round count for nothing. */
  voidReason: z.enum(VOID_REASONS).nullable(),
  version: z.number(),
  electorateSize: z.number(),
  ballotsCast: z.number().nullable(),
  papersIssued: z.number().nullable(),
  papersReturned: z.number().nullable(),
  items: z.array(ballotItemView),
  /** The signed-in member's seat on this ballot (never what they chose). */
  me: z
    .object({
      councilMemberId: z.string(),
      inElectorate: z.boolean(),
      voted: z.boolean(),
      excludedItemIds: z.array(z.string()),
    })
    .nullable(),
  permissions: canManage,
});
export type BallotView = z.infer<typeof ballotView>;

export const meetingView = z.object({
  id: z.string(),
  title: z.string(),
  term: z.string(),
  meetingDate: z.string(),
  place: z.string(),
  status: z.enum(MEETING_STATUSES),
  version: z.number(),
  tallyCommittee: z.array(z.string()),
  members: z.array(
    z.object({
      id: z.string(),
      fullName: z.string(),
      position: z.enum(COUNCIL_POSITIONS),
      unitId: z.string().nullable(),
      present: z.boolean().nullable(),
    }),
  ),
  quorum: z.object({ ok: z.boolean(), needed: z.number(), message: z.string() }),
  mySeat: z
    .object({ id: z.string(), position: z.enum(COUNCIL_POSITIONS), present: z.boolean().nullable() })
    .nullable(),
  ballots: z.array(ballotView),
  permissions: canManage,
});
export type MeetingView = z.infer<typeof meetingView>;

/** A cast's answer: the receipt only (casts are the hottest write; keep it small). */
export const castReceiptView = z.object({ receipt: z.string(), message: z.string() });
export type CastReceiptView = z.infer<typeof castReceiptView>;
