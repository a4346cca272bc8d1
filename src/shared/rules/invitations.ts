import type { RsvpStatus } from '../schemas/delegates';

/**
 * The RSVP status after the invitation was sent (đã gửi giấy mời): "not sent" becomes "sent";
 * an answer already received (attending, declined, a substitute) or "sent" stays as it is.
 * Returns null when nothing changes.
 */
export function rsvpAfterInvitationSent(status: RsvpStatus): RsvpStatus | null {
  return status === 'not_sent' ? 'sent' : null;
}

/** `items` in the order of `ids` (the order the list showed); those not named are left out. */
export function inChosenOrder<T>(items: T[], ids: string[], idOf: (item: T) => string): T[] {
  const byId = new Map(items.map((i) => [idOf(i), i]));
  return ids.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
}
