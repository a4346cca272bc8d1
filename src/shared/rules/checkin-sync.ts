// Đón tiếp ngoại tuyến (offline reception): the pure decisions of a sync — which time a queued
// check-in counts at, which of two check-ins of one person stays, which undo may remove a check-in,
// and until when a phone may keep the day's list.
import type { CheckinWindow } from '../schemas/delegates';

/**
 * The time an offline check-in counts at: the phone's clock when it agrees with the server's receipt
 * within `skewS` seconds and is not in the future; otherwise the receipt (the phone's clock is wrong,
 * so the arrival is ordered by when the server heard of it). Both times are stored anyway.
 */
export function effectiveCheckinTime(
  deviceAt: Date,
  receivedAt: Date,
  skewS: number,
): { at: Date; deviceTrusted: boolean } {
  const diff = receivedAt.getTime() - deviceAt.getTime();
  const trusted = Number.isFinite(diff) && diff >= 0 && diff <= skewS * 1000;
  return { at: trusted ? deviceAt : receivedAt, deviceTrusted: trusted };
}

/**
 * Two check-ins of one delegate (one stored, one arriving from a phone's queue): the earliest
 * counts — the person arrived when the first volunteer met them. A tie keeps the stored one.
 */
export const offlineCheckinWins = (storedAt: Date, offlineAt: Date) =>
  offlineAt.getTime() < storedAt.getTime();

export type StoredCheckinOwner = { clientId: string | null; checkedInBy: string | null };

/**
 * An undo queued on a phone removes the check-in only when it is that phone's own: the offline
 * check-in it names (`undoes`), or — a check-in made online — one made by the same user. Another
 * phone's or another volunteer's check-in stays.
 */
export function mayUndoOffline(
  stored: StoredCheckinOwner,
  item: { undoes?: string | undefined },
  userId: string,
): boolean {
  if (item.undoes) return stored.clientId === item.undoes;
  return stored.clientId === null && stored.checkedInBy === userId;
}

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** The end of the reception window (its last day, 24:00 Vietnam time), as an ISO instant. */
export function keepListUntil(window: Pick<CheckinWindow, 'to'>): string | null {
  if (!window.to) return null;
  return new Date(Date.parse(`${window.to}T00:00:00Z`) + DAY_MS - VIETNAM_OFFSET_MS).toISOString();
}

/**
 * A phone may download the day's list while reception is open, and the day before it opens (to be
 * ready at the door before the hall's Wi-Fi is tested).
 */
export function mayDownloadDayList(window: CheckinWindow, today: string): boolean {
  if (window.open) return true;
  if (!window.from) return false;
  const dayBefore = new Date(Date.parse(`${window.from}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
  return today === dayBefore;
}
