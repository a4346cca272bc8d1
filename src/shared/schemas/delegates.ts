import { z } from 'zod';
import type { CompositionCheck } from '../rules/delegate-composition';
import { GENDERS } from './nominations';
import { flags, text, uuidParam, versionField } from './primitives';

// Đại biểu, giấy mời, đón tiếp — request schemas (Vietnamese field messages) and the shapes the
// API answers with. Routes: see the comment at the top of server/modules/delegates/routes.ts.

/** Xác nhận tham dự: chưa gửi, đã gửi, xác nhận dự, báo vắng, cử người dự thay. */
export const RSVP_STATUSES = ['not_sent', 'sent', 'attending', 'declined', 'substitute'] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];

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
  /** Thuộc tính: keys of the built-in attributes or the plan's own (the server checks them against the plan). */
  attributes: z
    .array(
      z
        .string({ error: 'Thuộc tính đại biểu phải là mã thuộc tính' })
        .trim()
        .regex(/^[a-z0-9_-]{1,40}$/, { error: 'Thuộc tính đại biểu không hợp lệ' }),
    )
    .max(40, { error: 'Một đại biểu có tối đa 40 thuộc tính' })
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
/** Giấy mời của các đại biểu đã chọn: `ids` in the order the list shows them (comma-separated). */
export const invitationsQuery = z.object({
  paper: z.enum(['A4', 'A5'], { error: 'Khổ giấy phải là A4 hoặc A5' }).default('A4'),
  ids: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').filter(Boolean) : undefined))
    .pipe(
      z
        .array(uuidParam('Mã đại biểu'))
        .max(300, { error: 'Mỗi lần in được tối đa 300 giấy mời đã chọn' })
        .optional(),
    ),
});

/** Đánh dấu đã gửi giấy mời: the chosen delegates, each at the version the list showed. */
export const invitationsSentInput = z.object({
  items: z
    .array(z.object({ id: uuidParam('Mã đại biểu'), version: versionField }))
    .min(1, { error: 'Hãy chọn ít nhất một đại biểu' })
    .max(1000, { error: 'Mỗi lần đánh dấu được tối đa 1000 đại biểu' })
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
      error: 'Một đại biểu được chọn hai lần',
    }),
});
export type InvitationsSentInput = z.infer<typeof invitationsSentInput>;

export const invitationsSentView = z.object({
  /** Marked "Đã gửi giấy mời" now. */
  marked: z.number().int(),
  /** Already sent or already answered: left as they were. */
  unchanged: z.number().int(),
});
export type InvitationsSentView = z.infer<typeof invitationsSentView>;

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

// ---- responses ---------------------------------------------------------------------------

const gender = z.enum(GENDERS).nullable();

export const compositionRuleView = z.object({
  /** Stable id of the rule: "cap", "share:<category>", "min:<category>", "extra:<index>", "count:…", "subshare:…". */
  id: z.string(),
  kind: z.enum(['cap', 'share', 'min_count', 'extra', 'subgroup_count', 'subgroup_share']),
  label: z.string(),
  op: z.enum(['min', 'max', 'exact']),
  target: z.number(),
  count: z.number(),
  total: z.number(),
  percent: z.number(),
  ok: z.boolean(),
  shortfall: z.number(),
  message: z.string().nullable(),
});

/** The composition rules on a list (shared/rules/delegate-composition.ts `CompositionCheck`). */
export const compositionCheckView = z.object({
  ok: z.boolean(),
  total: z.number(),
  cap: z.number(),
  rules: z.array(compositionRuleView),
  messages: z.array(z.string()),
  /** "Thay 1 đại biểu khách mời bằng 1 đại biểu điển hình tiên tiến" (absent in lists finalized before). */
  fixes: z.array(z.string()).default([]),
}) satisfies z.ZodType<CompositionCheck, unknown>;

export const checkInView = z.object({
  at: z.string(),
  byName: z.string(),
  method: z.enum(CHECKIN_METHODS),
});
export type CheckInView = z.infer<typeof checkInView>;

export const delegateView = z.object({
  id: z.string(),
  conferenceId: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  subgroup: z.string(),
  kind: z.enum(DELEGATE_KINDS),
  fullName: z.string(),
  gender,
  attributes: z.array(z.string()),
  title: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string(),
  seatGroup: z.string(),
  phone: z.string(),
  email: z.string(),
  note: z.string(),
  /** The honoree this delegate comes from (review results), if any. */
  nominationId: z.string().nullable(),
  source: z.enum(DELEGATE_SOURCES),
  rsvpStatus: z.enum(RSVP_STATUSES),
  substituteName: z.string(),
  /** An invitation token exists (the token itself is never in this shape). */
  hasInvitation: z.boolean(),
  checkIn: checkInView.nullable(),
  version: z.number().int(),
  permissions: flags('canEdit', 'canDelete', 'canRsvp', 'canCheckIn'),
});
export type DelegateView = z.infer<typeof delegateView>;

export const delegateItemsView = z.object({ items: z.array(delegateView) });

export const delegateListFinalizationView = z.object({
  finalized: z.boolean(),
  finalizedAt: z.string().nullable(),
  finalizedByName: z.string().nullable(),
  /** The chair's written reason when the list was finalized with a broken rule. */
  overrideReason: z.string().nullable(),
  /** Bumped by every change of the list (add, edit, delete, finalize, reopen). */
  listVersion: z.number().int(),
});
export type DelegateListFinalizationView = z.infer<typeof delegateListFinalizationView>;

export const delegateListView = z.object({
  items: z.array(delegateView),
  composition: compositionCheckView,
  finalization: delegateListFinalizationView,
  permissions: flags('canManage', 'canFinalize', 'canOverride', 'canCheckIn'),
});
export type DelegateListView = z.infer<typeof delegateListView>;

/** GET …/delegates/composition: the gauge. */
export const compositionGaugeView = z.object({
  composition: compositionCheckView,
  finalization: delegateListFinalizationView,
  categories: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int() })),
});
export type CompositionGaugeView = z.infer<typeof compositionGaugeView>;

export const addHonoreesView = z.object({
  added: z.number().int(),
  alreadyListed: z.number().int(),
  composition: compositionCheckView,
});

export const importDelegatesView = z.object({ created: z.number().int() });

/** For the invitation PDF (giấy mời): one entry per delegate with its check-in path. */
export const invitationEntryView = z.object({
  delegateId: z.string(),
  fullName: z.string(),
  gender,
  title: z.string(),
  unitName: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  seatGroup: z.string(),
  /** The secret token (base64url); never shown in lists, only on the invitation. */
  token: z.string(),
  /** Relative URL the QR code carries: /checkin/<token> (prefix with the public origin). */
  checkinPath: z.string(),
});
export type InvitationEntryView = z.infer<typeof invitationEntryView>;

export const invitationsView = z.object({
  items: z.array(invitationEntryView),
  finalization: delegateListFinalizationView,
});

/** The answer of a check-in: the first one (201) or a repeat (200, nothing changed). */
export const checkInResultView = z.object({
  result: z.enum(['checked_in', 'already_checked_in']),
  /** "Đã đón Nguyễn Văn An — Khu A" or "Đã đón lúc 07:42 bởi Lê Thị Vy". */
  message: z.string(),
  delegate: delegateView,
  checkIn: checkInView,
});
export type CheckInResultView = z.infer<typeof checkInResultView>;

/** The answer of "Hoàn tác" (a check-in undone): the delegate, not arrived again, and what was undone. */
export const checkInUndoneView = z.object({
  /** "Đã hoàn tác lượt đón Nguyễn Văn An (lúc 07:42)". */
  message: z.string(),
  delegate: delegateView,
});
export type CheckInUndoneView = z.infer<typeof checkInUndoneView>;

/** The server-sent event (`event: checkin_undone`) of a check-in undone. */
export type CheckInUndoneEvent = { delegateId: string; fullName: string };

/** One server-sent event (`event: checkin`) per check-in, to every reception page of the conference. */
export type CheckInEvent = {
  delegateId: string;
  fullName: string;
  category: string;
  categoryLabel: string;
  seatGroup: string;
  unitName: string;
  walkIn: boolean;
  checkIn: CheckInView;
};

export const checkinWindowView = z.object({
  conferenceDay: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  open: z.boolean(),
  /** Why it is closed, in Vietnamese (null when open). */
  reason: z.string().nullable(),
});
export type CheckinWindow = z.infer<typeof checkinWindowView>;

/** Đón tiếp: live counts by category and the rules on who has arrived. */
export const checkinSummaryView = z.object({
  total: z.number().int(),
  arrived: z.number().int(),
  byCategory: z.array(
    z.object({ key: z.string(), label: z.string(), total: z.number().int(), arrived: z.number().int() }),
  ),
  /** The composition rules evaluated on the delegates who have arrived. */
  arrivedComposition: compositionCheckView,
  /** The days (Vietnam time) reception may work, from the conference day. */
  window: checkinWindowView,
});
export type CheckinSummaryView = z.infer<typeof checkinSummaryView>;
