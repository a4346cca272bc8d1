// Điều hành chương trình (run of show): start, next, back, stop — one tap each. The screen sends
// the item it showed as current; when someone else has already moved on, the tap is refused
// (409 with the state now) so a double tap never skips an item. Every move is announced to the
// screens of every instance (`run_of_show` live event, in the move's transaction).
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { RUN_ACTIONS } from '../../../shared/schemas/program';
import type { Db } from '../../db/client';
import { programSessions } from '../../db/schema/index';
import { AppError, conflict } from '../../errors';
import { writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { listAgendaItems } from './data';
import { lockSession, publishRun } from './mutations';

export async function runAction(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  input: { action: (typeof RUN_ACTIONS)[number]; fromItemId?: string | null; fromShowGroup?: number },
) {
  if (input.action.startsWith('show_')) return showAction(db, actor, conf, input);
  return db.transaction(async (tx) => {
    const s = await lockSession(tx, conf);
    if (input.fromItemId !== undefined && input.fromItemId !== s.currentItemId) {
      throw conflict({ currentItemId: s.currentItemId });
    }
    const items = await listAgendaItems(tx, conf.id);
    if (items.length === 0 && input.action !== 'stop') {
      throw new AppError('INVALID_STATE', 'Chương trình chưa có mục nào để điều hành');
    }
    const index = s.currentItemId ? items.findIndex((i) => i.id === s.currentItemId) : -1;
    const now = new Date();
    let values: Partial<typeof programSessions.$inferInsert>;
    switch (input.action) {
      case 'start':
        values = { currentItemId: items[0]!.id, currentStartedAt: now, runStartedAt: now };
        break;
      case 'next': {
        if (!s.runStartedAt) {
          values = { currentItemId: items[0]!.id, currentStartedAt: now, runStartedAt: now };
          break;
        }
        const next = items[index + 1];
        values = next
          ? { currentItemId: next.id, currentStartedAt: now }
          : { currentItemId: null, currentStartedAt: now };
        break;
      }
      case 'back': {
        const at = index < 0 ? items.length - 1 : Math.max(0, index - 1);
        values = { currentItemId: items[at]!.id, currentStartedAt: now, runStartedAt: s.runStartedAt ?? now };
        break;
      }
      case 'stop':
        values = { currentItemId: null, currentStartedAt: null, runStartedAt: null };
        break;
      default:
        throw new Error(`not an agenda action: ${input.action}`);
    }
    await tx.update(programSessions).set(values).where(eq(programSessions.id, s.id));
    await writeConferenceAudit(tx, actor, conf, {
      action: `program.run.${input.action}`,
      entityType: 'program_session',
      entityId: s.id,
      before: { currentItemId: s.currentItemId },
      after: { currentItemId: values.currentItemId ?? null },
    });
    await publishRun(tx, conf.id, input.action);
  });
}

/**
 * Trình chiếu: what the hall's screen shows. "Nhóm vinh danh tiếp theo" from photos or off starts
 * the honouring moment at its first group; a tap naming a group the screen no longer shows is
 * refused (409) so a double tap never skips a group.
 */
async function showAction(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  input: { action: (typeof RUN_ACTIONS)[number]; fromShowGroup?: number },
) {
  return db.transaction(async (tx) => {
    const s = await lockSession(tx, conf);
    const shown = s.showMode === 'honours' ? s.showGroup : -1;
    if (input.fromShowGroup !== undefined && input.fromShowGroup !== shown) {
      throw conflict({ showMode: s.showMode, showGroup: s.showGroup });
    }
    const values =
      input.action === 'show_photos'
        ? { showMode: 'photos', showGroup: 0 }
        : input.action === 'show_next_group'
          ? { showMode: 'honours', showGroup: shown + 1 }
          : { showMode: 'off', showGroup: 0 };
    await tx.update(programSessions).set(values).where(eq(programSessions.id, s.id));
    await writeConferenceAudit(tx, actor, conf, {
      action: `program.run.${input.action}`,
      entityType: 'program_session',
      entityId: s.id,
      before: { showMode: s.showMode, showGroup: s.showGroup },
      after: values,
    });
    await publishRun(tx, conf.id, input.action);
  });
}
