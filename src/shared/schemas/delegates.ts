import { z } from 'zod';
import type { CompositionCheck } from '../rules/delegate-composition';
import { DELEGATE_ATTRIBUTES, type DelegateAttribute } from './enums';
import { GENDERS } from './nominations';
import { text, versionField } from './primitives';

// Đại biểu, giấy mời, đón tiếp — request schemas (Vietnamese field messages) and the shapes the
// API answers with. Routes: see the comment at the top of server/modules/delegates/routes.ts.

/** Xác nhận tham dự: chưa gửi, đã gửi, xác nhận dự, báo vắng, cử người dự thay. */
export const RSVP_STATUSES = ['not_sent', 'sent', 'attending', 'declined', 'substitute'] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];
export const RSVP_LABELS: Record<RsvpStatus, string> = {
  not_sent: 'Chưa gửi giấy mời',
  sent: 'Đã gửi giấy mời',
  attending: 'Xác nhận dự',
  declined: 'Báo vắng',
  substitute: 'Cử người dự thay',
};

/** individual: the delegate is the honoree (or a guest); collective_representative: speaks for a collective. */
export const DELEGATE_KINDS = ['individual', 'collective_representative'] as const;
export type DelegateKind = (typeof DELEGATE_KINDS)[number];

/** How the delegate joined the list. */
export const DELEGATE_SOURCES = ['manual', 'honoree', 'import', 'walk_in'] as const;
export type DelegateSource = (typeof DELEGATE_SOURCES)[number];

/** How the delegate was checked in: QR on the invitation, search by name, added at the door. */
export const CHECKIN_METHODS = ['qr', 'search', 'walk_in'] as const;
export type CheckinMethod = (typeof CHECKIN_METHODS)[number];

const optionalText = (field: string, max: number) =>
  z
    .string({ error: `${field} phải là chuỗi ký tự` })
    .trim()
    .max(max, { error: `${field} không được dài quá ${max} ký tự` })
    .default('');

const phone = z
  .string({ error: 'Số điện thoại phải là chuỗi ký tự' })
  .trim()
  .regex(/^(\+?\d[\d .-]{6,18}\d)?$/, { error: 'Số điện thoại không hợp lệ (chỉ gồm chữ số, 8–20 ký tự)' })
  .default('');

const email = z
  .string({ error: 'Email phải là chuỗi ký tự' })
  .trim()
  .max(200, { error: 'Email không được dài quá 200 ký tự' })
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: 'Email không hợp lệ' })
  .default('');

export const categoryKey = z
  .string({ error: 'Nhóm đại biểu là bắt buộc' })
  .trim()
  .min(1, { error: 'Nhóm đại biểu là bắt buộc' })
  .max(40, { error: 'Mã nhóm đại biểu không được dài quá 40 ký tự' });

/**
 * One delegate as the secretary enters it. `category` is a key of the plan's delegate categories
 * and `subgroup` one of that category's subgroups (or empty); the server checks both against the plan.
 */
export const delegateInputSchema = z.object({
  category: categoryKey,
  subgroup: optionalText('Nhóm con', 200),
  kind: z.enum(DELEGATE_KINDS, { error: 'Loại đại biểu không hợp lệ' }).default('individual'),
  fullName: text('Họ và tên', 200),
  gender: z.enum(GENDERS, { error: 'Giới tính phải là Nam hoặc Nữ' }).nullable().default(null),
  /** Thuộc tính for the extra composition rules (người trực tiếp lao động, dân tộc thiểu số, thanh niên). */
  attributes: z
    .array(z.enum(DELEGATE_ATTRIBUTES, { error: 'Thuộc tính đại biểu không hợp lệ' }))
    .max(DELEGATE_ATTRIBUTES.length)
    .default([]),
  /** Chức vụ. */
  title: optionalText('Chức vụ', 300),
  /** A unit of the organizer, or null for a guest from elsewhere (then only unitName). */
  unitId: z.uuid({ error: 'Đơn vị không hợp lệ' }).nullable().default(null),
  /** Đơn vị/Cơ quan as printed; defaults to the unit's name when unitId is set. */
  unitName: optionalText('Đơn vị/Cơ quan', 300),
  /** Khu vực ghế ngồi, e.g. "Khu A — hàng 1". */
  seatGroup: optionalText('Khu vực ghế', 100),
  phone,
  email,
  note: optionalText('Ghi chú', 1000),
});
export type DelegateInput = z.infer<typeof delegateInputSchema>;
export type DelegateInputRaw = z.input<typeof delegateInputSchema>;

export const delegateUpdateSchema = delegateInputSchema.extend({ version: versionField });
export type DelegateUpdate = z.infer<typeof delegateUpdateSchema>;

export const rsvpInputSchema = z
  .object({
    rsvpStatus: z.enum(RSVP_STATUSES, { error: 'Trạng thái xác nhận tham dự không hợp lệ' }),
    /** Người dự thay — required when rsvpStatus is "substitute". */
    substituteName: optionalText('Họ tên người dự thay', 200),
    version: versionField,
  })
  .superRefine((v, ctx) => {
    if (v.rsvpStatus === 'substitute' && !v.substituteName) {
      ctx.addIssue({
        code: 'custom',
        path: ['substituteName'],
        message: 'Họ tên người dự thay là bắt buộc khi cử người dự thay',
      });
    }
  });
export type RsvpInput = z.infer<typeof rsvpInputSchema>;

/** Thêm người được vinh danh: all honorees not yet on the list, or the ones named. Idempotent. */
export const addHonoreesSchema = z.object({
  nominationIds: z
    .array(z.uuid({ error: 'Mã người được vinh danh không hợp lệ' }))
    .max(5000)
    .optional(),
  /** Default: the plan's category marked fromHonorees, else the first category. */
  category: categoryKey.optional(),
});
export type AddHonoreesInput = z.infer<typeof addHonoreesSchema>;

/** Chốt danh sách. A list that breaks a rule needs the chair's written reason. */
export const finalizeSchema = z.object({
  overrideReason: z
    .string({ error: 'Lý do phải là chuỗi ký tự' })
    .trim()
    .max(2000, { error: 'Lý do không được dài quá 2000 ký tự' })
    .default(''),
  /** The list version the gauge showed (the list's version); a change since then gets 409. */
  listVersion: z.number({ error: 'Phiên bản danh sách phải là số' }).int().min(0).optional(),
});
export type FinalizeInput = z.infer<typeof finalizeSchema>;

/** Giấy mời: tokens for these delegates (all when absent); rotate replaces existing tokens. */
export const issueInvitationsSchema = z.object({
  delegateIds: z
    .array(z.uuid({ error: 'Mã đại biểu không hợp lệ' }))
    .max(5000)
    .optional(),
  rotate: z.boolean({ error: 'Cấp lại phải là có/không' }).default(false),
});

/** The token on an invitation: 32 random bytes, base64url (43 characters). */
export const invitationToken = z
  .string({ error: 'Mã mời phải là chuỗi ký tự' })
  .trim()
  .min(1, { error: 'Mã mời không được để trống' })
  .max(200, { error: 'Mã mời không hợp lệ' });

/** Đón tiếp: by the invitation's token (scanned) or by the delegate found by name. */
export const checkinInputSchema = z
  .object({
    token: invitationToken.optional(),
    delegateId: z.uuid({ error: 'Mã đại biểu không hợp lệ' }).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.token === !v.delegateId) {
      ctx.addIssue({
        code: 'custom',
        path: ['token'],
        message: 'Cần đúng một trong hai: mã mời (quét QR) hoặc đại biểu tìm theo tên',
      });
    }
  });
export type CheckinInput = z.infer<typeof checkinInputSchema>;

/** Khách đến không có trong danh sách: added and checked in at once, if the cap allows. */
export const walkInSchema = delegateInputSchema.pick({
  category: true,
  subgroup: true,
  fullName: true,
  gender: true,
  title: true,
  unitName: true,
  seatGroup: true,
  phone: true,
  note: true,
});
export type WalkInInput = z.infer<typeof walkInSchema>;

export const checkinSearchQuery = z.object({
  q: z
    .string({ error: 'Từ khóa phải là chuỗi ký tự' })
    .trim()
    .min(1, { error: 'Nhập ít nhất 1 ký tự của họ tên' })
    .max(100, { error: 'Từ khóa tìm kiếm không được dài quá 100 ký tự' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

// ---- Shapes of the answers ----------------------------------------------------------------

export type CheckInInfo = {
  at: string;
  byName: string;
  method: CheckinMethod;
};

export type Delegate = {
  id: string;
  conferenceId: string;
  category: string;
  categoryLabel: string;
  subgroup: string;
  kind: DelegateKind;
  fullName: string;
  gender: 'male' | 'female' | null;
  attributes: DelegateAttribute[];
  title: string;
  unitId: string | null;
  unitName: string;
  seatGroup: string;
  phone: string;
  email: string;
  note: string;
  /** The honoree this delegate comes from (review results), if any. */
  nominationId: string | null;
  source: DelegateSource;
  rsvpStatus: RsvpStatus;
  substituteName: string;
  /** An invitation token exists (the token itself is never in this shape). */
  hasInvitation: boolean;
  checkIn: CheckInInfo | null;
  version: number;
  permissions: { canEdit: boolean; canDelete: boolean; canRsvp: boolean; canCheckIn: boolean };
};

export type DelegateListFinalization = {
  finalized: boolean;
  finalizedAt: string | null;
  finalizedByName: string | null;
  /** The chair's written reason when the list was finalized with a broken rule. */
  overrideReason: string | null;
  /** Bumped by every change of the list (add, edit, delete, finalize, reopen). */
  listVersion: number;
};

export type DelegateList = {
  items: Delegate[];
  composition: CompositionCheck;
  finalization: DelegateListFinalization;
  permissions: { canManage: boolean; canFinalize: boolean; canOverride: boolean; canCheckIn: boolean };
};

/** GET …/delegates/composition: the gauge. */
export type CompositionGauge = {
  composition: CompositionCheck;
  finalization: DelegateListFinalization;
  categories: { key: string; label: string; count: number }[];
};

/** The answer of a check-in: the first one (201) or a repeat (200, nothing changed). */
export type CheckInResult = {
  result: 'checked_in' | 'already_checked_in';
  /** "Đã đón Nguyễn Văn An — Khu A" or "Đã đón lúc 07:42 bởi Lê Thị Vy". */
  message: string;
  delegate: Delegate;
  checkIn: CheckInInfo;
};

/** One server-sent event (`event: checkin`) per check-in, to every reception page of the conference. */
export type CheckInEvent = {
  delegateId: string;
  fullName: string;
  category: string;
  categoryLabel: string;
  seatGroup: string;
  unitName: string;
  walkIn: boolean;
  checkIn: CheckInInfo;
};

/** Đón tiếp: live counts by category and the rules on who has arrived. */
export type CheckinSummary = {
  total: number;
  arrived: number;
  byCategory: { key: string; label: string; total: number; arrived: number }[];
  /** The composition rules evaluated on the delegates who have arrived. */
  arrivedComposition: CompositionCheck;
  /** The days (Vietnam time) reception may work, from the conference day. */
  window: CheckinWindow;
};

export type CheckinWindow = {
  conferenceDay: string | null;
  from: string | null;
  to: string | null;
  open: boolean;
  /** Why it is closed, in Vietnamese (null when open). */
  reason: string | null;
};

/** For the invitation PDF (giấy mời): one entry per delegate with its check-in path. */
export type InvitationEntry = {
  delegateId: string;
  fullName: string;
  gender: 'male' | 'female' | null;
  title: string;
  unitName: string;
  category: string;
  categoryLabel: string;
  seatGroup: string;
  /** The secret token (base64url); never shown in lists, only on the invitation. */
  token: string;
  /** Relative URL the QR code carries: /checkin/<token> (prefix with the public origin). */
  checkinPath: string;
};
