import { rsvpAfterInvitationSent } from '../../../shared/rules/invitations';
import type { Actor } from '../../../shared/rules/permissions';
import type { InvitationsSentInput, RsvpStatus } from '../../../shared/schemas/delegates';
import type { Db } from '../../db/client';
import { AppError, notFound } from '../../errors';
import type { ConferenceRow } from '../conferences/data';
import { unitHeadIds } from '../notifications/data';
import { notify } from '../notifications/mutations';
import { message } from '../notifications/templates';
import { getUnit } from '../units/data';
import { listDelegates } from './data';
import { applyRsvp } from './mutations';

/**
 * Đã gửi giấy mời for the chosen delegates, in one transaction: each "not sent" becomes "sent"
 * through the single RSVP change (versioned, audited `delegate.rsvp`); an answer already received
 * stays. All or nothing: a delegate changed meanwhile stops the whole batch with a 409 naming them.
 */
export async function markInvitationsSent(opts: {
  db: Db;
  actor: Actor;
  conf: ConferenceRow;
  items: InvitationsSentInput['items'];
}) {
  const { actor, conf, items } = opts;
  return opts.db.transaction(async (tx) => {
    const rows = await listDelegates(tx, conf.id, { ids: items.map((i) => i.id) });
    const byId = new Map(rows.map(({ d }) => [d.id, d]));
    let marked = 0;
    const perUnit = new Map<string, number>();
    for (const item of items) {
      const d = byId.get(item.id);
      if (!d) throw notFound('một đại biểu đã chọn (có thể đã bị xóa); hãy tải lại danh sách');
      if (d.version !== item.version) {
        throw new AppError(
          'CONFLICT',
          `Đại biểu "${d.fullName}" vừa được người khác thay đổi. Chưa đánh dấu đại biểu nào; hãy tải lại danh sách rồi chọn lại.`,
        );
      }
      const next = rsvpAfterInvitationSent(d.rsvpStatus as RsvpStatus);
      if (!next) continue;
      await applyRsvp(tx, actor, conf, d.id, { rsvpStatus: next, substituteName: '', version: item.version });
      marked += 1;
      if (d.unitId) perUnit.set(d.unitId, (perUnit.get(d.unitId) ?? 0) + 1);
    }
    // delegates have no logins: their units' heads are told, to pass the invitations on
    for (const [unitId, count] of perUnit) {
      await notify(tx, {
        ...message('invitation_issued', {
          conferenceId: conf.id,
          conferenceName: conf.plan.name,
          unitName: (await getUnit(tx, unitId))?.name ?? 'đơn vị',
          count,
        }),
        organizationId: conf.organizationId,
        userIds: await unitHeadIds(tx, unitId),
      });
    }
    return { marked, unchanged: items.length - marked };
  });
}
