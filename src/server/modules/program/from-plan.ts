// "Tạo từ kế hoạch": the agenda from the plan's template (II.3), with a sensible duration for
// each kind, the council's speeches as items under the tham luận item and the performances as
// items under the opening (văn nghệ chào mừng). Idempotent: an agenda that has items is left as
// it is and answered unchanged.

import type { Actor } from '../../../shared/rules/permissions';
import type { AgendaKind } from '../../../shared/schemas/enums';
import type { Db } from '../../db/client';
import { agendaItems } from '../../db/schema/index';
import { auditInsertedRows } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { listSpeeches } from '../selection/data';
import { listAgendaItems, listPerformances } from './data';
import { bumpSession, lockSession } from './mutations';

/** Minutes an item of each kind takes when the plan does not say. */
export const DEFAULT_MINUTES: Record<AgendaKind, number> = {
  ceremony: 5,
  video: 10,
  report: 30,
  speech: 2,
  guidance: 15,
  exchange: 20,
  honoring: 25,
  performance: 5,
  launch: 10,
  closing: 10,
  other: 5,
};
/** One council speech. */
export const SPEECH_MINUTES = 8;

type NewItem = Omit<typeof agendaItems.$inferInsert, 'organizationId' | 'conferenceId' | 'position'>;

export async function createFromPlan(db: Db, actor: Actor | null, conf: ConferenceRow) {
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, conf);
    if ((await listAgendaItems(tx, conf.id)).length > 0) return { created: 0 };
    const [speeches, perfs] = await Promise.all([listSpeeches(tx, conf.id), listPerformances(tx, conf.id)]);
    const template = conf.plan.agendaTemplate;
    const items: NewItem[] = [];
    const perfItems: NewItem[] = perfs.map((p) => ({
      kind: 'performance',
      title: `Văn nghệ: ${p.title}`,
      durationMinutes: p.durationMinutes > 0 ? p.durationMinutes : DEFAULT_MINUTES.performance,
      performanceId: p.id,
    }));
    // performances open the conference: under the plan's performance item, else under the first item
    const perfAfter = Math.max(
      0,
      template.findIndex((t) => t.kind === 'performance'),
    );
    let speechesPlaced = false;
    template.forEach((t, i) => {
      items.push({
        kind: t.kind,
        title: t.title,
        durationMinutes:
          t.durationMinutes && t.durationMinutes > 0 ? t.durationMinutes : DEFAULT_MINUTES[t.kind],
      });
      if (t.kind === 'speech' && !speechesPlaced) {
        speechesPlaced = true;
        for (const s of speeches) {
          items.push({
            kind: 'speech',
            title: `Tham luận: ${s.speech.title}`,
            durationMinutes: SPEECH_MINUTES,
            speechId: s.speech.id,
          });
        }
      }
      if (i === perfAfter) items.push(...perfItems);
    });
    if (template.length === 0) items.push(...perfItems);
    if (items.length === 0) return { created: 0 };
    const rows = await tx
      .insert(agendaItems)
      .values(
        items.map((it, position) => ({
          organizationId: conf.organizationId,
          conferenceId: conf.id,
          position,
          ...it,
        })),
      )
      .returning({ id: agendaItems.id });
    await bumpSession(tx, session);
    await auditInsertedRows(tx, actor, {
      organizationId: conf.organizationId,
      conferenceId: conf.id,
      action: 'agenda_item.created',
      entityType: 'agenda_item',
      table: 'agenda_items',
      ids: rows.map((r) => r.id),
    });
    return { created: rows.length };
  });
}
