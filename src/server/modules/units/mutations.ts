import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import { checkUnitOrder, nextSortNumber, sortNumbers } from '../../../shared/rules/unit-order';
import type { UnitInput } from '../../../shared/schemas/organizations';
import type { Db } from '../../db/client';
import { units } from '../../db/schema/index';
import { tableNoun } from '../../db/table-names';
import { updateVersioned } from '../../db/versioned';
import { AppError, conflict, orNotFound } from '../../errors';
import { writeAudit } from '../audit/mutations';
import { findUnitByName, getUnit, listUnits, unitUses } from './data';
import { presentUnit } from './presenters';

async function assertNameFree(tx: Db, organizationId: string, name: string, exceptId?: string) {
  const same = await findUnitByName(tx, organizationId, name);
  if (same && same.id !== exceptId) {
    throw new AppError('DUPLICATE', `Đã có đơn vị tên "${name}"`, {
      fields: { name: 'Tên đơn vị đã tồn tại' },
    });
  }
}

export async function createUnit(db: Db, actor: Actor | null, organizationId: string, input: UnitInput) {
  return db.transaction(async (tx) => {
    await assertNameFree(tx, organizationId, input.name);
    const sortOrder =
      input.sortOrder ?? nextSortNumber((await listUnits(tx, organizationId)).map((u) => u.sortOrder));
    const [row] = await tx
      .insert(units)
      .values({ ...input, sortOrder, organizationId })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await writeAudit(tx, actor, {
      organizationId,
      action: 'unit.created',
      entityType: 'unit',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

export async function updateUnit(db: Db, actor: Actor, id: string, input: UnitInput & { version: number }) {
  return db.transaction(async (tx) => {
    const before = orNotFound(await getUnit(tx, id), 'đơn vị');
    await assertNameFree(tx, before.organizationId, input.name, id);
    const { version, ...values } = input;
    const after = await updateVersioned(tx, units, id, version, values, async () => {
      const current = await getUnit(tx, id);
      return current && presentUnit(current, actor);
    });
    await writeAudit(tx, actor, {
      organizationId: before.organizationId,
      action: 'unit.updated',
      entityType: 'unit',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function deleteUnit(db: Db, actor: Actor, id: string, version: number) {
  await db.transaction(async (tx) => {
    const before = orNotFound(await getUnit(tx, id), 'đơn vị');
    // locked first: a nomination or member added meanwhile waits for this delete, or is counted
    await tx.select({ id: units.id }).from(units).where(eq(units.id, id)).for('update');
    const uses = await unitUses(tx, id);
    if (uses.length > 0) {
      const what = uses.map((u) => `${u.count} ${tableNoun(u.table)}`).join(', ');
      throw new AppError('CONFLICT', `Không xóa được đơn vị "${before.name}": còn ${what} thuộc đơn vị này`);
    }
    const deleted = await tx
      .delete(units)
      .where(and(eq(units.id, id), eq(units.version, version)))
      .returning();
    if (deleted.length === 0) throw conflict(presentUnit(before, actor));
    await writeAudit(tx, actor, {
      organizationId: before.organizationId,
      action: 'unit.deleted',
      entityType: 'unit',
      entityId: id,
      before,
    });
  });
}

/**
 * Thứ tự đơn vị: the whole order in one request, the units locked while it is written. The ids
 * must be exactly the organizer's units (checkUnitOrder), else 409 and nothing changes; the
 * units whose place changed get their new sort number (and version); one audit entry.
 */
export async function reorderUnits(db: Db, actor: Actor, organizationId: string, ids: string[]) {
  return db.transaction(async (tx) => {
    await tx
      .select({ id: units.id })
      .from(units)
      .where(eq(units.organizationId, organizationId))
      .for('update');
    const current = await listUnits(tx, organizationId);
    const check = checkUnitOrder(
      current.map((u) => u.id),
      ids,
    );
    if (!check.ok) throw new AppError('CONFLICT', check.message);
    const numbers = sortNumbers(ids);
    for (const u of current) {
      const sortOrder = numbers.get(u.id)!;
      if (u.sortOrder === sortOrder) continue;
      await tx
        .update(units)
        .set({ sortOrder, version: sql`${units.version} + 1`, updatedAt: sql`now()` })
        .where(eq(units.id, u.id));
    }
    await writeAudit(tx, actor, {
      organizationId,
      action: 'unit.reordered',
      entityType: 'organization',
      entityId: organizationId,
      before: { ids: current.map((u) => u.id) },
      after: { ids },
    });
    return listUnits(tx, organizationId);
  });
}
