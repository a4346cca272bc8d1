import type { Actor } from '../../../shared/rules/permissions';
import type { BulkAcceptInput } from '../../../shared/schemas/nomination-views';
import type { NominationStatus } from '../../../shared/schemas/nominations';
import type { Db } from '../../db/client';
import { AppError, notFound } from '../../errors';
import type { ConferenceRow } from '../conferences/data';
import { getUnit } from '../units/data';
import { getNomination } from './data';
import { applyTransition } from './mutations';

/**
 * Tiếp nhận several nominations in one transaction: each through the single acceptance's guard,
 * write, event and audit entry (applyTransition). All or nothing: the first one that was changed
 * meanwhile or is no longer waiting for the office stops the whole batch with a 409 naming it.
 */
export async function acceptNominations(opts: {
  db: Db;
  actor: Actor;
  conference: ConferenceRow;
  items: BulkAcceptInput['items'];
  /** The caller's permission check for one nomination's unit (throws 403). */
  authorizeUnit: (unitId: string) => void;
}) {
  const { actor, conference } = opts;
  return opts.db.transaction(async (tx) => {
    const done = [];
    for (const item of opts.items) {
      const row = await getNomination(tx, conference.id, item.id);
      if (!row) throw notFound('một hồ sơ đã chọn (có thể đã bị xóa); hãy tải lại danh sách');
      opts.authorizeUnit(row.unitId);
      try {
        done.push(await applyTransition(tx, actor, conference, item.id, 'accept', { version: item.version }));
      } catch (err) {
        if (!(err instanceof AppError) || (err.code !== 'CONFLICT' && err.code !== 'INVALID_STATE'))
          throw err;
        const unit = await getUnit(tx, row.unitId);
        const why =
          err.code === 'CONFLICT'
            ? 'đã được người khác thay đổi trong lúc bạn xem danh sách'
            : err.message.replace(/^Không thể tiếp nhận đề nghị/, 'không tiếp nhận được vì');
        throw new AppError(
          'CONFLICT',
          `Hồ sơ "${row.name}" (${unit?.name ?? 'đơn vị'}) ${why}. Chưa hồ sơ nào được tiếp nhận; hãy tải lại danh sách rồi chọn lại.`,
        );
      }
    }
    return done.map((n) => ({ id: n.id, version: n.version, status: n.status as NominationStatus }));
  });
}
