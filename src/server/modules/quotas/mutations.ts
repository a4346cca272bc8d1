import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import { validateQuotaGrid } from '../../../shared/rules/quota-grid';
import type { Db } from '../../db/client';
import { conferences, deadlineExtensions, quotas } from '../../db/schema/index';
import { AppError, conflict } from '../../errors';
import { writeConferenceAudit } from '../audit/mutations';
import { listAwardForms } from '../award-forms/data';
import type { ConferenceRow } from '../conferences/data';
import { unitHeadIds } from '../notifications/data';
import { notify } from '../notifications/mutations';
import { message } from '../notifications/templates';
import { getUnit, listUnits } from '../units/data';
import { countUsedQuota, countUsedQuotas, getQuotaCell, listQuotas } from './data';

type GridCell = { unitId: string; awardFormId: string; count: number; version: number };

/** Saves the quota grid (chỉ tiêu) in one transaction; any stale cell → 409 with the current grid. */
export async function saveQuotaGrid({
  db,
  actor,
  conference,
  input,
  currentGrid,
}: {
  db: Db;
  actor: Actor;
  conference: ConferenceRow;
  input: { quotaTotal: number | null; cells: GridCell[] };
  /** The grid as the client would read it, for the 409 answer. */
  currentGrid: (tx: Db) => Promise<unknown>;
}) {
  return db.transaction(async (tx) => {
    const unitList = await listUnits(tx, conference.organizationId);
    const forms = await listAwardForms(tx, conference.id);
    const unitNames = new Map(unitList.map((u) => [u.id, u.name]));
    const formNames = new Map(forms.map((f) => [f.id, f.name]));
    const fields: Record<string, string> = {};
    input.cells.forEach((c, i) => {
      if (!unitNames.has(c.unitId)) fields[`cells.${i}.unitId`] = 'Đơn vị không thuộc tổ chức này';
      if (!formNames.has(c.awardFormId))
        fields[`cells.${i}.awardFormId`] = 'Hình thức không thuộc hội nghị này';
    });
    if (Object.keys(fields).length > 0)
      throw new AppError('VALIDATION', Object.values(fields)[0]!, { fields });

    const used = new Map(
      (await countUsedQuotas(tx, conference.id)).map((u) => [`${u.unitId}|${u.awardFormId}`, u.used]),
    );
    const existing = new Map(
      (await listQuotas(tx, conference.id)).map((q) => [`${q.unitId}|${q.awardFormId}`, q]),
    );
    // The whole grid after the save: unchanged cells plus the submitted ones.
    const after = new Map(
      [...existing].map(([k, q]) => [k, { unitId: q.unitId, awardFormId: q.awardFormId, count: q.count }]),
    );
    for (const c of input.cells) after.set(`${c.unitId}|${c.awardFormId}`, c);
    const checked = input.cells.map((c) => ({ ...c, used: used.get(`${c.unitId}|${c.awardFormId}`) ?? 0 }));
    const issues = validateQuotaGrid({
      quotaTotal: input.quotaTotal,
      cells: [...checked, ...[...after.values()].filter((c) => !input.cells.includes(c as GridCell))],
      unitName: (id) => unitNames.get(id) ?? id,
      formName: (id) => formNames.get(id) ?? id,
    });
    if (issues.length > 0) {
      const f = Object.fromEntries(issues.map((i) => [i.path, i.message]));
      throw new AppError('VALIDATION', issues.map((i) => i.message).join('; '), { fields: f });
    }

    for (const c of input.cells) {
      const key = `${c.unitId}|${c.awardFormId}`;
      const old = existing.get(key);
      if (old) {
        if (old.count === c.count && old.version === c.version) continue;
        const updated = await tx
          .update(quotas)
          .set({ count: c.count, version: sql`${quotas.version} + 1`, updatedAt: sql`now()` })
          .where(and(eq(quotas.id, old.id), eq(quotas.version, c.version)))
          .returning();
        if (updated.length === 0) throw conflict(await currentGrid(tx));
      } else {
        if (c.version !== 0) throw conflict(await currentGrid(tx));
        if (c.count === 0) continue;
        await tx.insert(quotas).values({
          organizationId: conference.organizationId,
          conferenceId: conference.id,
          unitId: c.unitId,
          awardFormId: c.awardFormId,
          count: c.count,
        });
      }
    }
    await tx
      .update(conferences)
      .set({ quotaTotal: input.quotaTotal })
      .where(eq(conferences.id, conference.id));
    await writeConferenceAudit(tx, actor, conference, {
      action: 'quota.grid_saved',
      entityType: 'conference',
      entityId: conference.id,
      before: {
        quotaTotal: conference.quotaTotal,
        cells: [...existing.values()].map((q) => ({
          unitId: q.unitId,
          awardFormId: q.awardFormId,
          count: q.count,
        })),
      },
      after: { quotaTotal: input.quotaTotal, cells: [...after.values()] },
    });
  });
}

/** Nhả và phân bổ lại chỉ tiêu: moves unused quota of one form from one unit to another. */
export async function transferQuota(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  input: { awardFormId: string; fromUnitId: string; toUnitId: string; count: number; reason: string },
) {
  return db.transaction(async (tx) => {
    const from = await getQuotaCell(tx, conference.id, input.fromUnitId, input.awardFormId);
    const used = await countUsedQuota(tx, conference.id, input.fromUnitId, input.awardFormId);
    const unused = (from?.count ?? 0) - used;
    if (!from || unused < input.count) {
      throw new AppError(
        'VALIDATION',
        `Đơn vị nhả chỉ tiêu chỉ còn ${Math.max(unused, 0)} chỉ tiêu chưa dùng (chỉ tiêu ${from?.count ?? 0}, đã dùng ${used})`,
        { fields: { count: `Chỉ còn ${Math.max(unused, 0)} chỉ tiêu chưa dùng` } },
      );
    }
    const units = new Set((await listUnits(tx, conference.organizationId)).map((u) => u.id));
    if (!units.has(input.toUnitId)) {
      throw new AppError('VALIDATION', 'Đơn vị nhận không thuộc tổ chức này', {
        fields: { toUnitId: 'Đơn vị không hợp lệ' },
      });
    }
    await tx
      .update(quotas)
      .set({
        count: sql`${quotas.count} - ${input.count}`,
        version: sql`${quotas.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(quotas.id, from.id));
    const to = await getQuotaCell(tx, conference.id, input.toUnitId, input.awardFormId);
    if (to) {
      await tx
        .update(quotas)
        .set({
          count: sql`${quotas.count} + ${input.count}`,
          version: sql`${quotas.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(quotas.id, to.id));
    } else {
      await tx.insert(quotas).values({
        organizationId: conference.organizationId,
        conferenceId: conference.id,
        unitId: input.toUnitId,
        awardFormId: input.awardFormId,
        count: input.count,
      });
    }
    await writeConferenceAudit(tx, actor, conference, {
      action: 'quota.transferred',
      entityType: 'conference',
      entityId: conference.id,
      after: input,
    });
  });
}

/** Gia hạn: reopens submission for one unit after the deadline (audited). */
export async function reopenForUnit(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  unitId: string,
  input: { until: string; reason: string },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(deadlineExtensions)
      .values({
        organizationId: conference.organizationId,
        conferenceId: conference.id,
        unitId,
        until: input.until,
        reason: input.reason,
        createdBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await writeConferenceAudit(tx, actor, conference, {
      action: 'deadline.reopened',
      entityType: 'unit',
      entityId: unitId,
      after: row,
    });
    const unitName = (await getUnit(tx, unitId))?.name ?? 'đơn vị';
    const text = { conferenceId: conference.id, conferenceName: conference.plan.name, unitId, unitName };
    await notify(tx, {
      ...message('deadline_reopened', { ...text, deadline: row.until }),
      organizationId: conference.organizationId,
      userIds: await unitHeadIds(tx, unitId),
    });
    return row;
  });
}
