// Văn nghệ: performances added, edited, removed. The plan's allocation is checked with the
// session row held, so two saves at once cannot both put a unit above its range; a save that
// would is refused (400) naming the unit and its range. When the agenda exists, a new
// performance appears in it (after the last performance, else under the opening item) and a
// removed one leaves it.
import { and, eq, inArray } from 'drizzle-orm';
import { allocationOverMax } from '../../../shared/rules/agenda';
import type { Actor } from '../../../shared/rules/permissions';
import { DEFAULT_MINUTES } from '../../../shared/rules/program';
import type { PerformanceInput, PerformanceUpdate } from '../../../shared/schemas/program';
import type { Db } from '../../db/client';
import { agendaItems, performances, units } from '../../db/schema/index';
import { AppError, orNotFound } from '../../errors';
import { deleteAudited, updateAudited } from '../audit/audited-mutations';
import { writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { unlinkAgendaItem } from '../movements/mutations';
import { getPerformance, listAgendaItems, listPerformances } from './data';
import { bumpSession, lockSession, publishRun, renumberAgenda, writePositions } from './mutations';

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', message, { fields: { [field]: message } });

/** The unit named as the plan's allocation names it; a unit of the organizer otherwise. */
async function resolveUnit(tx: Db, conf: ConferenceRow, input: PerformanceInput) {
  if (!input.unitId) {
    if (!input.unitName) throw invalid('unitName', 'Tiết mục phải có đơn vị biểu diễn');
    return { unitId: null, unitName: input.unitName };
  }
  const alloc = conf.plan.performanceAllocations.find((a) => a.unitId === input.unitId);
  if (alloc) return { unitId: input.unitId, unitName: input.unitName || alloc.unitName };
  const [u] = await tx
    .select({ name: units.name })
    .from(units)
    .where(and(eq(units.id, input.unitId), eq(units.organizationId, conf.organizationId)));
  if (!u) throw invalid('unitId', 'Đơn vị biểu diễn không thuộc đơn vị tổ chức hội nghị');
  return { unitId: input.unitId, unitName: input.unitName || u.name };
}

function checkDuration(input: Pick<PerformanceInput, 'title' | 'durationMinutes'>) {
  const m = input.durationMinutes;
  if (!Number.isInteger(m) || m <= 0 || m > 120) {
    throw invalid(
      'durationMinutes',
      `Tiết mục '${input.title}': thời lượng phải là số phút dương (số nguyên, từ 1 đến 120 phút)`,
    );
  }
}

function checkRange(
  conf: ConferenceRow,
  others: readonly { unitId: string | null; unitName: string }[],
  saved: { unitId: string | null; unitName: string },
) {
  const message = allocationOverMax(conf.plan.performanceAllocations, [...others, saved], saved);
  if (message) throw invalid('unitId', message);
}

export async function addPerformance(
  db: Db,
  actor: Actor | null,
  conf: ConferenceRow,
  input: PerformanceInput,
) {
  return db.transaction(async (tx) => {
    checkDuration(input);
    const session = await lockSession(tx, conf);
    const unit = await resolveUnit(tx, conf, input);
    const existing = await listPerformances(tx, conf.id);
    checkRange(conf, existing, unit);
    const [row] = await tx
      .insert(performances)
      .values({
        organizationId: conf.organizationId,
        conferenceId: conf.id,
        ...input,
        ...unit,
        sortOrder: existing.length + 1,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const items = await listAgendaItems(tx, conf.id);
    if (items.length > 0) {
      const lastPerf = items.findLastIndex((i) => i.performanceId);
      const firstPerfHead = items.findIndex((i) => i.kind === 'performance' && !i.performanceId);
      const at = lastPerf >= 0 ? lastPerf + 1 : firstPerfHead >= 0 ? firstPerfHead + 1 : 1;
      const [item] = await tx
        .insert(agendaItems)
        .values({
          organizationId: conf.organizationId,
          conferenceId: conf.id,
          position: items.length,
          kind: 'performance',
          title: `Văn nghệ: ${row.title}`,
          durationMinutes: row.durationMinutes || DEFAULT_MINUTES.performance,
          performanceId: row.id,
        })
        .returning();
      const ids = items.map((i) => i.id);
      ids.splice(Math.min(at, ids.length), 0, item!.id);
      await writePositions(tx, ids);
      await bumpSession(tx, session);
    }
    await writeConferenceAudit(tx, actor, conf, {
      action: 'performance.created',
      entityType: 'performance',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

export async function updatePerformance(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  id: string,
  input: PerformanceUpdate,
) {
  return db.transaction(async (tx) => {
    checkDuration(input);
    await lockSession(tx, conf);
    const before = orNotFound(await getPerformance(tx, conf.id, id), 'tiết mục văn nghệ');
    const { version, ...values } = input;
    const unit = await resolveUnit(tx, conf, values);
    const others = (await listPerformances(tx, conf.id)).filter((p) => p.id !== id);
    checkRange(conf, others, unit);
    const after = await updateAudited(tx, actor, conf, performances, 'performance', {
      before,
      input: { ...values, ...unit, version },
      current: () => getPerformance(tx, conf.id, id),
    });
    await publishRun(tx, conf.id, 'program');
    return after;
  });
}

export async function removePerformance(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  id: string,
  version: number,
) {
  await db.transaction(async (tx) => {
    const session = await lockSession(tx, conf);
    const before = orNotFound(await getPerformance(tx, conf.id, id), 'tiết mục văn nghệ');
    const linked = (await listAgendaItems(tx, conf.id))
      .filter((i) => i.performanceId === id)
      .map((i) => i.id);
    await deleteAudited(tx, actor, conf, performances, 'performance', { before, version });
    if (linked.length) {
      await tx.delete(agendaItems).where(inArray(agendaItems.id, linked));
      for (const itemId of linked) await unlinkAgendaItem(tx, actor, itemId);
      await renumberAgenda(tx, conf, session);
    }
  });
}
