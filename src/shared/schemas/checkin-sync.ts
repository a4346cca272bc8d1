// Đón tiếp ngoại tuyến (offline reception): the day's list a phone keeps, and the batch it sends
// back when the network returns. Shapes shared by the server, the web app and the tests.
import { z } from 'zod';
import { CHECKIN_METHODS, checkInView, checkinWindowView, invitationToken } from './delegates';

/**
 * One delegate as a reception phone keeps them offline: no more than the reception page shows
 * (name, unit, category, seat group, state), plus the folded search key and the SHA-256 of the
 * invitation token (a scanned QR is hashed on the phone and looked up) — never the token itself,
 * a phone number or an email.
 */
export const dayListDelegate = z.object({
  id: z.string(),
  fullName: z.string(),
  /** lower case, no diacritics: "nguyen van an" */
  searchName: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  subgroup: z.string(),
  unitName: z.string(),
  seatGroup: z.string(),
  walkIn: z.boolean(),
  /** null: no invitation token issued */
  tokenHash: z.string().nullable(),
  checkIn: checkInView.nullable(),
});
export type DayListDelegate = z.infer<typeof dayListDelegate>;

/** GET …/checkin/day-list: what a phone stores for the day (and until when it may keep it). */
export const dayListView = z.object({
  conferenceId: z.string(),
  conferenceName: z.string(),
  window: checkinWindowView,
  /** ISO instant after which the phone wipes the list (end of the reception window, Vietnam time). */
  keepUntil: z.string().nullable(),
  /** The last live event included (SSE Last-Event-ID to continue from). */
  lastEventId: z.number(),
  generatedAt: z.string(),
  delegates: z.array(dayListDelegate),
});
export type DayListView = z.infer<typeof dayListView>;

/** One queued action of a phone, in the order it was made there. */
export const syncItemInput = z
  .object({
    /** the id the phone gave the action (crypto.randomUUID) */
    clientId: z.uuid({ error: 'Mã lượt đón (clientId) không hợp lệ' }),
    kind: z.enum(['checkin', 'undo'], { error: 'Loại thao tác phải là đón hoặc hoàn tác' }),
    /** checkin: the scanned token or the delegate found by name; undo: the delegate */
    token: invitationToken.optional(),
    delegateId: z.uuid({ error: 'Mã đại biểu không hợp lệ' }).optional(),
    /** undo: the clientId of the offline check-in it undoes (when it was made offline) */
    undoes: z.uuid({ error: 'Mã lượt đón được hoàn tác không hợp lệ' }).optional(),
    method: z.enum(CHECKIN_METHODS).exclude(['walk_in']).optional(),
    /** the phone's clock when the volunteer tapped (ISO 8601) */
    deviceAt: z.iso.datetime({ offset: true, error: 'Thời điểm trên máy (deviceAt) không hợp lệ' }),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'checkin' && !v.token === !v.delegateId) {
      ctx.addIssue({
        code: 'custom',
        path: ['token'],
        message: 'Cần đúng một trong hai: mã mời (quét QR) hoặc đại biểu tìm theo tên',
      });
    }
    if (v.kind === 'undo' && !v.delegateId) {
      ctx.addIssue({ code: 'custom', path: ['delegateId'], message: 'Hoàn tác cần đại biểu' });
    }
  });
export type SyncItemInput = z.infer<typeof syncItemInput>;

export const MAX_SYNC_ITEMS = 500;

export const syncInput = z.object({
  items: z
    .array(syncItemInput)
    .min(1, { error: 'Không có lượt nào để đồng bộ' })
    .max(MAX_SYNC_ITEMS, { error: `Mỗi lần đồng bộ tối đa ${MAX_SYNC_ITEMS} lượt` }),
});
export type SyncInput = z.infer<typeof syncInput>;

/**
 * What became of one queued action:
 * - checked_in: recorded (or the same clientId was already recorded: the same answer again);
 * - already_checked_in: someone else (another phone, online or synced earlier) checked the
 *   delegate in — `checkIn` says who and when (the earliest time is kept);
 * - undone: the phone's own check-in was removed;
 * - not_undone: nothing to undo (another phone's check-in stays, or none) — `message` says why;
 * - refused: forged / other conference's token, unknown delegate, reception closed — nothing stored.
 */
export const SYNC_STATUSES = ['checked_in', 'already_checked_in', 'undone', 'not_undone', 'refused'] as const;
export type SyncStatus = (typeof SYNC_STATUSES)[number];

export const syncItemResult = z.object({
  clientId: z.string(),
  status: z.enum(SYNC_STATUSES),
  /** Vietnamese, as the phone shows it: "Đã đón Nguyễn Văn An", "Mã mời không hợp lệ…" */
  message: z.string(),
  delegateId: z.string().nullable(),
  /** the delegate's check-in as stored after this item (null: not checked in) */
  checkIn: checkInView.nullable(),
});
export type SyncItemResult = z.infer<typeof syncItemResult>;

export const syncResultView = z.object({ results: z.array(syncItemResult) });
export type SyncResultView = z.infer<typeof syncResultView>;
