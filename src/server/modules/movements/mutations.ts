// Writes of the emulation movements and the units' registrations: each one transaction — the
// checks (launch conference and agenda item of this organizer, the unit and who may register it,
// the version), the write and its audit entry. The program calls `unlinkAgendaItem` when an
// agenda item goes (there is no foreign key from movements to agenda items).
import { and, eq, sql } from 'drizzle-orm';
import { type Actor, can } from '../../../shared/rules/permissions';
import type { MovementInput, MovementRegistrationInput } from '../../../shared/schemas/movements';
import type { Db } from '../../db/client';
import { findDatabaseError } from '../../db/errors';
import { movementRegistrations, movements } from '../../db/schema/index';
import { deleteVersioned, updateVersioned } from '../../db/versioned';
import { AppError, forbidden, orNotFound } from '../../errors';
import { writeAudit } from '../audit/mutations';
import {
  findRegistrationOfUnit,
  getAgendaItemOf,
  getConferenceOf,
  getMovement,
  getRegistration,
  getUnitOf,
  type MovementRow,
  movementDetails,
  movementLaunchedAt,
  movementsLaunchedAtItem,
  movementUses,
} from './data';
import { presentMovement } from './presenters';

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', message, { fields: { [field]: message } });

type Audit = { organizationId: string; action: string; entityType: string; entityId: string };
const audit = (tx: Db, actor: Actor | null, entry: Audit, before?: unknown, after?: unknown) =>
  writeAudit(tx, actor, { ...entry, before, after });

/** The movement as its view, for a 409's `current`. */
async function currentView(tx: Db, actor: Actor | null, row: MovementRow | null) {
  if (!row || !actor) return row;
  return presentMovement(row, await movementDetails(tx, [row]), actor);
}

/**
 * The launch must be of this organizer: a conference of its own, an agenda item of that
 * conference, and an item not already launching another movement.
 */
async function checkLaunch(tx: Db, organizationId: string, input: MovementInput, exceptId?: string) {
  if (input.launchConferenceId && !(await getConferenceOf(tx, organizationId, input.launchConferenceId))) {
    throw invalid('launchConferenceId', 'Hội nghị phát động phải là một hội nghị của cơ quan này');
  }
  if (!input.launchAgendaItemId) return;
  if (!input.launchConferenceId) {
    throw invalid('launchAgendaItemId', 'Chọn hội nghị phát động trước khi chọn mục chương trình');
  }
  if (!(await getAgendaItemOf(tx, input.launchConferenceId, input.launchAgendaItemId))) {
    throw invalid('launchAgendaItemId', 'Mục chương trình phải là một mục của hội nghị phát động');
  }
  const other = await movementLaunchedAt(tx, organizationId, input.launchAgendaItemId);
  if (other && other.id !== exceptId) {
    throw invalid('launchAgendaItemId', `Mục chương trình này đã gắn với phong trào "${other.name}"`);
  }
}

export async function createMovement(opts: {
  db: Db;
  actor: Actor | null;
  organizationId: string;
  input: MovementInput;
}) {
  const { db, actor, organizationId, input } = opts;
  return db.transaction(async (tx) => {
    await checkLaunch(tx, organizationId, input);
    const [row] = await tx
      .insert(movements)
      .values({ ...input, organizationId })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await audit(
      tx,
      actor,
      { organizationId, action: 'movement.created', entityType: 'movement', entityId: row.id },
      undefined,
      row,
    );
    return row;
  });
}

export async function updateMovement(opts: {
  db: Db;
  actor: Actor;
  organizationId: string;
  id: string;
  input: MovementInput;
  version: number;
}) {
  const { db, actor, organizationId, id, input, version } = opts;
  return db.transaction(async (tx) => {
    const before = orNotFound(await getMovement(tx, organizationId, id), 'phong trào thi đua');
    await checkLaunch(tx, organizationId, input, id);
    const after = await updateVersioned(tx, movements, id, version, input, async () =>
      currentView(tx, actor, await getMovement(tx, organizationId, id)),
    );
    await audit(
      tx,
      actor,
      { organizationId, action: 'movement.updated', entityType: 'movement', entityId: id },
      before,
      after,
    );
    return after;
  });
}

/** Deleting a movement that honours or nominations cite is refused (409) naming them. */
export async function deleteMovement(opts: {
  db: Db;
  actor: Actor;
  organizationId: string;
  id: string;
  version: number;
}) {
  const { db, actor, organizationId, id, version } = opts;
  await db.transaction(async (tx) => {
    const before = orNotFound(await getMovement(tx, organizationId, id), 'phong trào thi đua');
    await tx.select({ id: movements.id }).from(movements).where(eq(movements.id, id)).for('update');
    const uses = await movementUses(tx, id);
    if (uses.honours > 0 || uses.nominations > 0) {
      const what = [
        uses.honours ? `${uses.honours} khen thưởng trong sổ` : '',
        uses.nominations ? `${uses.nominations} hồ sơ đề nghị` : '',
      ]
        .filter(Boolean)
        .join(' và ');
      throw new AppError(
        'CONFLICT',
        `Không xóa được phong trào "${before.name}": còn ${what} ghi phong trào này`,
      );
    }
    await deleteVersioned(tx, movements, id, version, await currentView(tx, actor, before));
    await audit(
      tx,
      actor,
      { organizationId, action: 'movement.deleted', entityType: 'movement', entityId: id },
      before,
    );
  });
}

// ---- registrations -----------------------------------------------------------------------------

const RESULT_BY_MANAGER =
  'Kết quả thi đua do Thường trực Hội đồng Thi đua - Khen thưởng ghi, đơn vị không tự ghi';

/** The unit must be of this organizer, and the actor allowed to register it (a unit head: their own). */
async function checkUnit(tx: Db, actor: Actor, organizationId: string, unitId: string) {
  const unit = await getUnitOf(tx, organizationId, unitId);
  if (!unit) throw invalid('unitId', 'Đơn vị đăng ký phải là một đơn vị của cơ quan này');
  if (!can(actor, 'movement.register', { organizationId, unitId })) {
    throw forbidden(`Bạn chỉ được đăng ký thi đua cho đơn vị của mình, không cho "${unit.name}"`);
  }
  return unit;
}

function checkResult(actor: Actor, organizationId: string, before: string, after: string) {
  if (before !== after && !can(actor, 'honour.manage', { organizationId })) {
    throw new AppError('FORBIDDEN', RESULT_BY_MANAGER, { fields: { result: RESULT_BY_MANAGER } });
  }
}

const isUnique = (err: unknown) => findDatabaseError(err)?.code === '23505';
const alreadyRegistered = (unitName: string) =>
  invalid('unitId', `${unitName} đã đăng ký phong trào này: sửa bản đăng ký đã có`);

export async function createRegistration(opts: {
  db: Db;
  actor: Actor;
  movement: MovementRow;
  input: MovementRegistrationInput;
}) {
  const { db, actor, movement, input } = opts;
  const organizationId = movement.organizationId;
  const unit = await checkUnit(db, actor, organizationId, input.unitId);
  checkResult(actor, organizationId, '', input.result);
  try {
    return await db.transaction(async (tx) => {
      if (await findRegistrationOfUnit(tx, movement.id, input.unitId)) throw alreadyRegistered(unit.name);
      const [row] = await tx
        .insert(movementRegistrations)
        .values({ ...input, organizationId, movementId: movement.id })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      const entry = {
        organizationId,
        action: 'movement_registration.created',
        entityType: 'movement_registration',
      };
      await audit(tx, actor, { ...entry, entityId: row.id }, undefined, row);
      return row;
    });
  } catch (err) {
    if (isUnique(err)) throw alreadyRegistered(unit.name);
    throw err;
  }
}

export async function updateRegistration(opts: {
  db: Db;
  actor: Actor;
  movement: MovementRow;
  id: string;
  input: MovementRegistrationInput;
  version: number;
}) {
  const { db, actor, movement, id, input, version } = opts;
  const organizationId = movement.organizationId;
  try {
    return await db.transaction(async (tx) => {
      const before = orNotFound(await getRegistration(tx, movement.id, id), 'bản đăng ký thi đua');
      await checkUnit(tx, actor, organizationId, before.unitId);
      const unit = await checkUnit(tx, actor, organizationId, input.unitId);
      checkResult(actor, organizationId, before.result, input.result);
      if (input.unitId !== before.unitId && (await findRegistrationOfUnit(tx, movement.id, input.unitId))) {
        throw alreadyRegistered(unit.name);
      }
      const after = await updateVersioned(tx, movementRegistrations, id, version, input, async () =>
        currentView(tx, actor, movement),
      );
      const entry = {
        organizationId,
        action: 'movement_registration.updated',
        entityType: 'movement_registration',
      };
      await audit(tx, actor, { ...entry, entityId: id }, before, after);
      return after;
    });
  } catch (err) {
    if (isUnique(err)) throw invalid('unitId', 'Đơn vị này đã đăng ký phong trào');
    throw err;
  }
}

export async function deleteRegistration(opts: {
  db: Db;
  actor: Actor;
  movement: MovementRow;
  id: string;
  version: number;
}) {
  const { db, actor, movement, id, version } = opts;
  const organizationId = movement.organizationId;
  await db.transaction(async (tx) => {
    const before = orNotFound(await getRegistration(tx, movement.id, id), 'bản đăng ký thi đua');
    await checkUnit(tx, actor, organizationId, before.unitId);
    await deleteVersioned(tx, movementRegistrations, id, version, await currentView(tx, actor, movement));
    const entry = {
      organizationId,
      action: 'movement_registration.deleted',
      entityType: 'movement_registration',
    };
    await audit(tx, actor, { ...entry, entityId: id }, before);
  });
}

/**
 * An agenda item is being deleted (in the caller's transaction): the movements launched at it
 * keep their launch conference and lose the item, each audited as an update.
 */
export async function unlinkAgendaItem(tx: Db, actor: Actor | null, agendaItemId: string) {
  for (const before of await movementsLaunchedAtItem(tx, agendaItemId)) {
    const [after] = await tx
      .update(movements)
      .set({ launchAgendaItemId: null, version: sql`${movements.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(movements.id, before.id), eq(movements.launchAgendaItemId, agendaItemId)))
      .returning();
    const entry = {
      organizationId: before.organizationId,
      action: 'movement.updated',
      entityType: 'movement',
    };
    await audit(tx, actor, { ...entry, entityId: before.id }, before, after);
  }
}
