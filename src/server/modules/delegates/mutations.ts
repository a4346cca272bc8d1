import { and, count, eq, sql } from 'drizzle-orm';
import {
  checkCapRoom,
  checkDelegateCategory,
  honoreeCategory,
} from '../../../shared/rules/delegate-composition';
import type { Actor } from '../../../shared/rules/permissions';
import { isDirectWorker } from '../../../shared/rules/summary-report';
import { foldVietnamese } from '../../../shared/rules/vietnamese-text';
import type {
  AddHonoreesInput,
  DelegateInput,
  DelegateSource,
  DelegateUpdate,
  RsvpInput,
} from '../../../shared/schemas/delegates';
import type { DelegateAttribute } from '../../../shared/schemas/enums';
import type { Db } from '../../db/client';
import { conferences, delegateLists, delegates, units } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError, conflict, notFound, orNotFound } from '../../errors';
import { writeAuditMany, writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { userIdsWithRoles } from '../notifications/data';
import { notify } from '../notifications/mutations';
import { message } from '../notifications/templates';
import { type HonoreeRow, listHonorees } from '../selection/data';
import { type DelegateListRow, type DelegateRow, getCheckin, getDelegate } from './data';
import { auditDelegate } from './presenters';

type NewDelegate = DelegateInput & { nominationId?: string | null };

/**
 * Holds the conference's list row (created on first use) for the transaction: every change of
 * the list takes it first, so two additions at once cannot both take the last place under the cap,
 * and finalizing sees a list nobody is changing. Returns the row and the plan as it is now.
 */
export async function lockList(
  tx: Db,
  conf: ConferenceRow,
): Promise<{ list: DelegateListRow; conf: ConferenceRow }> {
  await tx
    .insert(delegateLists)
    .values({ conferenceId: conf.id, organizationId: conf.organizationId })
    .onConflictDoNothing();
  const [list] = await tx
    .select()
    .from(delegateLists)
    .where(eq(delegateLists.conferenceId, conf.id))
    .for('update');
  const [fresh] = await tx.select().from(conferences).where(eq(conferences.id, conf.id));
  if (!list || !fresh) throw notFound('hội nghị');
  return { list, conf: fresh };
}

/** Another version of the list: the gauge the chair finalizes against must be this one. */
export async function bumpList(tx: Db, conferenceId: string): Promise<void> {
  await tx
    .update(delegateLists)
    .set({ listVersion: sql`${delegateLists.listVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(delegateLists.conferenceId, conferenceId));
}

/** A finalized list is changed only after it is reopened (RSVP, invitations and check-in go on). */
export function assertNotFinalized(list: DelegateListRow): void {
  if (!list.finalizedAt) return;
  throw new AppError(
    'INVALID_STATE',
    `Danh sách đại biểu đã được chốt${list.finalizedByName ? ` bởi ${list.finalizedByName}` : ''}. Hãy mở lại danh sách trước khi thêm, sửa hoặc xóa đại biểu.`,
  );
}

export async function countDelegates(tx: Db, conferenceId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(delegates)
    .where(eq(delegates.conferenceId, conferenceId));
  return row?.n ?? 0;
}

export async function assertCapRoom(tx: Db, conf: ConferenceRow, adding: number): Promise<void> {
  const room = checkCapRoom(conf.plan.delegateRules.cap, await countDelegates(tx, conf.id), adding);
  if (!room.ok) throw new AppError('INVALID_STATE', room.message);
}

/** The delegate as it is now (the `current` of a 409). */
async function currentDelegate(tx: Db, conferenceId: string, id: string) {
  const now = await getDelegate(tx, conferenceId, id);
  return now ? auditDelegate(now.d) : null;
}

/** Category and subgroup from the plan; the unit from the organizer (its name by default). */
async function resolveInput(tx: Db, conf: ConferenceRow, input: DelegateInput): Promise<DelegateInput> {
  const issues = checkDelegateCategory(conf.plan.delegateRules, input);
  if (issues.length) {
    throw new AppError('VALIDATION', `Dữ liệu không hợp lệ: ${issues[0]!.message}`, {
      fields: Object.fromEntries(issues.map((i) => [i.field, i.message])),
    });
  }
  if (!input.unitId) return input;
  const [unit] = await tx
    .select({ name: units.name })
    .from(units)
    .where(and(eq(units.id, input.unitId), eq(units.organizationId, conf.organizationId)));
  if (!unit) {
    throw new AppError('VALIDATION', 'Dữ liệu không hợp lệ: Đơn vị không thuộc cơ quan tổ chức hội nghị', {
      fields: { unitId: 'Đơn vị không thuộc cơ quan tổ chức hội nghị' },
    });
  }
  return { ...input, unitName: input.unitName || unit.name };
}

const columnsOf = (input: DelegateInput) => ({
  ...input,
  fullName: input.fullName.normalize('NFC'),
  searchName: foldVietnamese(input.fullName),
});

/** Inserts delegates (already checked against the cap) and audits each one. */
export async function insertDelegates({
  tx,
  actor,
  conf,
  inputs,
  source,
}: {
  tx: Db;
  actor: Actor | null;
  conf: ConferenceRow;
  inputs: NewDelegate[];
  source: DelegateSource;
}): Promise<DelegateRow[]> {
  if (inputs.length === 0) return [];
  const resolved: NewDelegate[] = [];
  for (const input of inputs)
    resolved.push({ ...(await resolveInput(tx, conf, input)), nominationId: input.nominationId ?? null });
  const rows = await tx
    .insert(delegates)
    .values(
      resolved.map((input) => ({
        ...columnsOf(input),
        nominationId: input.nominationId ?? null,
        organizationId: conf.organizationId,
        conferenceId: conf.id,
        source,
      })),
    )
    .returning();
  await writeAuditMany(
    tx,
    actor,
    rows.map((row) => ({
      organizationId: conf.organizationId,
      conferenceId: conf.id,
      action: source === 'import' ? 'delegate.imported' : 'delegate.created',
      entityType: 'delegate',
      entityId: row.id,
      after: auditDelegate(row),
    })),
  );
  await bumpList(tx, conf.id);
  return rows;
}

/** Thêm đại biểu (by hand, or every row of a checked import): all or nothing, within the cap. */
export async function createDelegates(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  inputs: DelegateInput[],
  source: DelegateSource = 'manual',
): Promise<DelegateRow[]> {
  return db.transaction(async (tx) => {
    const locked = await lockList(tx, conf);
    assertNotFinalized(locked.list);
    await assertCapRoom(tx, locked.conf, inputs.length);
    return insertDelegates({ tx, actor, conf: locked.conf, inputs, source });
  });
}

export async function updateDelegate(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  id: string,
  input: DelegateUpdate,
) {
  return db.transaction(async (tx) => {
    const locked = await lockList(tx, conf);
    const before = orNotFound(await getDelegate(tx, conf.id, id), 'đại biểu');
    assertNotFinalized(locked.list);
    const { version, ...rest } = input;
    const values = columnsOf(await resolveInput(tx, locked.conf, rest));
    const after = await updateVersioned(tx, delegates, id, version, values, () =>
      currentDelegate(tx, conf.id, id),
    );
    await writeConferenceAudit(tx, actor, conf, {
      action: 'delegate.updated',
      entityType: 'delegate',
      entityId: id,
      before: auditDelegate(before.d),
      after: auditDelegate(after),
    });
    await bumpList(tx, conf.id);
    return after;
  });
}

export async function deleteDelegate(db: Db, actor: Actor, conf: ConferenceRow, id: string, version: number) {
  await db.transaction(async (tx) => {
    const locked = await lockList(tx, conf);
    const before = orNotFound(await getDelegate(tx, conf.id, id), 'đại biểu');
    assertNotFinalized(locked.list);
    if (await getCheckin(tx, id)) {
      throw new AppError('INVALID_STATE', `Không xóa được ${before.d.fullName}: đại biểu đã được đón tiếp`);
    }
    const gone = await tx
      .delete(delegates)
      .where(and(eq(delegates.id, id), eq(delegates.version, version)))
      .returning({ id: delegates.id });
    if (gone.length === 0) throw conflict(auditDelegate(before.d));
    await writeConferenceAudit(tx, actor, conf, {
      action: 'delegate.deleted',
      entityType: 'delegate',
      entityId: id,
      before: auditDelegate(before.d),
    });
    await bumpList(tx, conf.id);
  });
}

/** Xác nhận tham dự — allowed on a finalized list too (answers keep coming after the invitations). */
export async function updateRsvp(db: Db, actor: Actor, conf: ConferenceRow, id: string, input: RsvpInput) {
  return db.transaction(async (tx) => {
    const after = await applyRsvp(tx, actor, conf, id, input);
    if (
      input.rsvpStatus === 'attending' ||
      input.rsvpStatus === 'declined' ||
      input.rsvpStatus === 'substitute'
    ) {
      // the secretaries who did not record the answer themselves
      const secretaries = await userIdsWithRoles(tx, conf.organizationId, ['secretary'], conf.id);
      await notify(tx, {
        ...message('rsvp_received', {
          conferenceId: conf.id,
          conferenceName: conf.plan.name,
          delegateName: after.fullName,
          attending: input.rsvpStatus !== 'declined',
        }),
        organizationId: conf.organizationId,
        userIds: secretaries.filter((u) => u !== actor.userId),
      });
    }
    return after;
  });
}

/** One RSVP change in the caller's transaction: versioned, audited (also "đã gửi" for several at once). */
export async function applyRsvp(tx: Db, actor: Actor, conf: ConferenceRow, id: string, input: RsvpInput) {
  const before = orNotFound(await getDelegate(tx, conf.id, id), 'đại biểu');
  const values = {
    rsvpStatus: input.rsvpStatus,
    substituteName: input.rsvpStatus === 'substitute' ? input.substituteName : '',
  };
  const after = await updateVersioned(tx, delegates, id, input.version, values, () =>
    currentDelegate(tx, conf.id, id),
  );
  await writeConferenceAudit(tx, actor, conf, {
    action: 'delegate.rsvp',
    entityType: 'delegate',
    entityId: id,
    before: { rsvpStatus: before.d.rsvpStatus, substituteName: before.d.substituteName },
    after: values,
  });
  return after;
}

/** An honoree (review results) as a delegate: the person, or the collective's representative. */
export function delegateOfHonoree(h: HonoreeRow, category: string): NewDelegate {
  const attributes: DelegateAttribute[] = [];
  const ind = h.individual;
  if (ind && isDirectWorker(ind.occupationGroup)) attributes.push('direct_worker');
  if (ind?.ethnicity && foldVietnamese(ind.ethnicity) !== 'kinh') attributes.push('ethnic_minority');
  const collective = h.kind === 'collective';
  return {
    category,
    subgroup: '',
    kind: collective ? 'collective_representative' : 'individual',
    fullName: collective ? h.collective?.headName || h.name : h.name,
    gender: collective ? null : ((h.gender as 'male' | 'female' | null) ?? null),
    attributes,
    title: collective ? `Đại diện ${h.name}` : (ind?.position ?? ''),
    unitId: h.unitId,
    unitName: h.unitName,
    seatGroup: '',
    phone: ind?.phone ?? '',
    email: '',
    note: `Được vinh danh: ${h.awardFormName}`,
    nominationId: h.nominationId,
  };
}

/**
 * Thêm người được vinh danh vào danh sách: every selected honoree (or the ones named) not yet on
 * the list, in one transaction. Idempotent: honorees already listed are counted, not added again.
 */
export async function addHonorees(db: Db, actor: Actor, conf: ConferenceRow, input: AddHonoreesInput) {
  return db.transaction(async (tx) => {
    const locked = await lockList(tx, conf);
    assertNotFinalized(locked.list);
    const category = input.category ?? honoreeCategory(locked.conf.plan.delegateRules);
    if (!category) throw new AppError('INVALID_STATE', 'Kế hoạch chưa có nhóm đại biểu nào');
    const honorees = await listHonorees(
      tx,
      conf.id,
      input.nominationIds ? { nominationIds: input.nominationIds } : {},
    );
    if (input.nominationIds && honorees.length !== new Set(input.nominationIds).size) {
      throw new AppError(
        'INVALID_STATE',
        'Chỉ thêm được các tập thể, cá nhân đã được Hội đồng chọn vinh danh (có kết quả "được chọn" ở phiếu đã đóng)',
      );
    }
    const listed = new Set(
      (
        await tx
          .select({ nominationId: delegates.nominationId })
          .from(delegates)
          .where(eq(delegates.conferenceId, conf.id))
      ).map((r) => r.nominationId),
    );
    const fresh = honorees.filter((h) => !listed.has(h.nominationId));
    await assertCapRoom(tx, locked.conf, fresh.length);
    const rows = await insertDelegates({
      tx,
      actor,
      conf: locked.conf,
      inputs: fresh.map((h) => delegateOfHonoree(h, category)),
      source: 'honoree',
    });
    return { added: rows.length, alreadyListed: honorees.length - fresh.length };
  });
}
