import { and, eq, sql } from 'drizzle-orm';
import { viNominations } from '../../../shared/i18n/vi-nominations';
import type { Actor } from '../../../shared/rules/permissions';
import {
  checkQuota,
  deadlineState,
  formFitsKind,
  nextStatus,
  readyToSubmit,
  type SubmissionAction,
  unitMayDelete,
  unitMayEdit,
} from '../../../shared/rules/submission';
import { todayInVietnam } from '../../../shared/rules/timeline';
import { foldVietnamese, vietnameseNameSortKey } from '../../../shared/rules/vietnamese-text';
import type {
  AwardSubject,
  CollectiveDetails,
  IndividualDetails,
  NominationDraft,
  NominationInput,
  NominationStatus,
  UnitReview,
} from '../../../shared/schemas/nominations';
import type { Db } from '../../db/client';
import { attachments, nominationEvents, nominations, quotas } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError, conflict, notFound, orNotFound } from '../../errors';
import { sanitizeSummary } from '../../rich-text';
import { auditInsertedRows, writeConferenceAudit } from '../audit/mutations';
import { type AwardFormRow, getAwardForm, listAwardForms } from '../award-forms/data';
import type { ConferenceRow } from '../conferences/data';
import { assertEligibleOrExplained } from '../eligibility/judge';
import { unitHeadIds } from '../notifications/data';
import { notify } from '../notifications/mutations';
import { message } from '../notifications/templates';
import { countUsedQuota, extensionFor, submissionDeadline } from '../quotas/data';
import { getUnit } from '../units/data';
import { getNomination, movementIdsOf, type NominationRow } from './data';

/** Is submission open for this unit today (deadline, or the secretary's extension)? */
export async function assertSubmissionOpen(
  tx: Db,
  conference: ConferenceRow,
  unitId: string,
  unitName: string,
) {
  const deadline = await submissionDeadline(tx, conference.id);
  const state = deadlineState(deadline, await extensionFor(tx, conference.id, unitId), todayInVietnam());
  if (!state.open) {
    const day = (state.extendedUntil ?? state.deadline ?? '').split('-').reverse().join('/');
    throw new AppError(
      'INVALID_STATE',
      `Đã hết hạn nộp hồ sơ (${day}). ${unitName} không thể gửi hoặc sửa; hãy đề nghị Văn phòng gia hạn cho đơn vị.`,
    );
  }
}

/**
 * The columns derived from the input: display name, search and sort keys, sanitized summary. A
 * draft may lack any detail (nominationDraftSchema); the columns' types are those of a sent
 * nomination, which submitting checks and rewrites in full (transitionNomination).
 */
async function rowValues(
  tx: Db,
  conference: ConferenceRow,
  input: NominationDraft,
  forms?: Map<string, AwardFormRow>,
  movementIds?: Set<string>,
) {
  const form = forms
    ? forms.get(input.awardFormId)
    : await getAwardForm(tx, conference.id, input.awardFormId);
  if (!form) {
    throw new AppError('VALIDATION', 'Hình thức khen thưởng không thuộc hội nghị này', {
      fields: { awardFormId: 'Hình thức khen thưởng không thuộc hội nghị này' },
    });
  }
  if (!formFitsKind(form.appliesTo as AwardSubject, input.kind)) {
    const who = viNominations.kind[input.kind].toLowerCase();
    throw new AppError('VALIDATION', `Hình thức "${form.name}" không áp dụng cho ${who}`, {
      fields: { awardFormId: `Hình thức "${form.name}" không áp dụng cho ${who}` },
    });
  }
  if (
    input.movementId &&
    !(movementIds ?? (await movementIdsOf(tx, conference.organizationId))).has(input.movementId)
  ) {
    throw new AppError('VALIDATION', 'Phong trào thi đua không thuộc cơ quan tổ chức này', {
      fields: { movementId: 'Phong trào thi đua không thuộc cơ quan tổ chức này' },
    });
  }
  const person = input.kind === 'individual' ? input.individual : null;
  const name = (input.kind === 'individual' ? input.individual.fullName : input.collective.name) ?? '';
  return {
    awardFormId: form.id,
    kind: input.kind,
    name,
    searchName: foldVietnamese(name),
    sortKey: vietnameseNameSortKey(name),
    gender: person?.gender ?? null,
    occupationGroup: person?.occupationGroup ?? null,
    individual: person as IndividualDetails | null,
    collective: (input.kind === 'collective' ? input.collective : null) as CollectiveDetails | null,
    summaryHtml: sanitizeSummary(input.summaryHtml),
    unitReview: input.unitReview as UnitReview | null,
    movementId: input.movementId,
    achievementRef: input.achievementRef,
    eligibilityNote: input.eligibilityNote,
  };
}

/** The rows to insert for a unit's inputs (award forms read once); also the upward send's. */
export async function newRows(tx: Db, conference: ConferenceRow, unitId: string, inputs: NominationDraft[]) {
  const forms = new Map((await listAwardForms(tx, conference.id)).map((f) => [f.id, f]));
  const movementIds = inputs.some((i) => i.movementId)
    ? await movementIdsOf(tx, conference.organizationId)
    : new Set<string>();
  const values = [];
  for (const input of inputs) {
    values.push({
      ...(await rowValues(tx, conference, input, forms, movementIds)),
      organizationId: conference.organizationId,
      conferenceId: conference.id,
      unitId,
    });
  }
  return values;
}

/** Creates draft nominations for a unit — one, or all rows of an import (all or none). */
export async function createNominations(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  unitId: string,
  inputs: NominationDraft[],
  source: 'form' | 'import' = 'form',
): Promise<string[]> {
  return db.transaction(async (tx) => {
    const unit = await getUnit(tx, unitId);
    if (!unit || unit.organizationId !== conference.organizationId) throw notFound('đơn vị');
    await assertSubmissionOpen(tx, conference, unitId, unit.name);
    const values = await newRows(tx, conference, unitId, inputs);
    const ids: string[] = [];
    // in slices: one statement per 1,000 rows keeps the parameter count within PostgreSQL's limit
    for (let i = 0; i < values.length; i += 1000) {
      const slice = await tx
        .insert(nominations)
        .values(values.slice(i, i + 1000))
        .returning({ id: nominations.id });
      ids.push(...slice.map((r) => r.id));
    }
    for (let i = 0; i < ids.length; i += 1000) {
      await auditInsertedRows(tx, actor, {
        organizationId: conference.organizationId,
        conferenceId: conference.id,
        action: source === 'import' ? 'nomination.imported' : 'nomination.created',
        entityType: 'nomination',
        table: 'nominations',
        ids: ids.slice(i, i + 1000),
      });
    }
    return ids;
  });
}

/**
 * Records nominations a past conference already received and accepted (hồ sơ lưu), e.g. the
 * demo's 2020 history: no deadline check (it has passed by definition), status accepted,
 * submitted on the given day; audited like a creation.
 */
export async function recordAcceptedNominations(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  unitId: string,
  inputs: NominationInput[],
  submittedOn: string,
): Promise<string[]> {
  return db.transaction(async (tx) => {
    const values = (await newRows(tx, conference, unitId, inputs)).map((v) => ({
      ...v,
      status: 'accepted',
      submittedAt: new Date(`${submittedOn}T08:00:00+07:00`),
    }));
    const ids = (await tx.insert(nominations).values(values).returning({ id: nominations.id })).map(
      (r) => r.id,
    );
    await auditInsertedRows(tx, actor, {
      organizationId: conference.organizationId,
      conferenceId: conference.id,
      action: 'nomination.recorded',
      entityType: 'nomination',
      table: 'nominations',
      ids,
    });
    return ids;
  });
}

export async function updateNomination(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  id: string,
  input: NominationDraft & { version: number },
) {
  return db.transaction(async (tx) => {
    const before = orNotFound(await getNomination(tx, conference.id, id), 'đề nghị');
    if (!unitMayEdit(before.status as NominationStatus)) {
      throw new AppError(
        'INVALID_STATE',
        `Đề nghị đang ở trạng thái "${viNominations.status[before.status as NominationStatus]}", không sửa được. Chỉ sửa được bản nháp hoặc đề nghị bị trả lại.`,
      );
    }
    if (before.status === 'draft') {
      const unit = await getUnit(tx, before.unitId);
      await assertSubmissionOpen(tx, conference, before.unitId, unit?.name ?? 'Đơn vị');
    }
    const { version, ...rest } = input;
    const after = await updateVersioned(
      tx,
      nominations,
      id,
      version,
      await rowValues(tx, conference, rest),
      () => getNomination(tx, conference.id, id),
    );
    await writeConferenceAudit(tx, actor, conference, {
      action: 'nomination.updated',
      entityType: 'nomination',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function deleteNomination(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  id: string,
  version: number,
) {
  await db.transaction(async (tx) => {
    const before = orNotFound(await getNomination(tx, conference.id, id), 'đề nghị');
    if (!unitMayDelete(before.status as NominationStatus))
      throw new AppError('INVALID_STATE', 'Chỉ xóa được đề nghị ở trạng thái bản nháp');
    const gone = await tx
      .delete(nominations)
      .where(and(eq(nominations.id, id), eq(nominations.version, version)))
      .returning();
    if (gone.length === 0) throw conflict(before);
    await writeConferenceAudit(tx, actor, conference, {
      action: 'nomination.deleted',
      entityType: 'nomination',
      entityId: id,
      before,
    });
  });
}

/** A transition's body: the version seen, a reason (return, reject), the unit's explanation (submit). */
export type TransitionInput = { version: number; reason?: string; eligibilityNote?: string };

/**
 * submit (gửi / gửi lại), return (trả lại, with a reason), accept (tiếp nhận), reject (with a
 * reason). Submitting checks the deadline and the quota, holding the quota row locked so two
 * submissions at once cannot both take the last place.
 */
export async function transitionNomination(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  id: string,
  action: SubmissionAction,
  input: TransitionInput,
) {
  return db.transaction((tx) => applyTransition(tx, actor, conference, id, action, input));
}

/**
 * One transition inside the caller's transaction: the guard (nextStatus, reason, completeness,
 * deadline, quota), the versioned write, the nomination's event and the audit entry. Used alone
 * (transitionNomination) and for several nominations at once (bulk-mutations.ts).
 */
export async function applyTransition(
  tx: Db,
  actor: Actor,
  conference: ConferenceRow,
  id: string,
  action: SubmissionAction,
  input: TransitionInput,
) {
  const before = orNotFound(await getNomination(tx, conference.id, id), 'đề nghị');
  const to = nextStatus(before.status as NominationStatus, action);
  if (!to) {
    throw new AppError(
      'INVALID_STATE',
      `Không thể ${viNominations.actionVerb[action]} đề nghị đang ở trạng thái "${viNominations.status[before.status as NominationStatus]}"`,
    );
  }
  if ((action === 'return' || action === 'reject') && !input.reason?.trim()) {
    throw new AppError('VALIDATION', 'Cần ghi rõ lý do', {
      fields: { reason: 'Lý do không được để trống' },
    });
  }
  // Sending asks for everything a draft could leave out; what it parsed is what is stored.
  let complete: NominationInput | null = null;
  if (action === 'submit') {
    // the explanation may come with the send itself (the nomination page's "Giải trình")
    const sent =
      input.eligibilityNote === undefined ? before : { ...before, eligibilityNote: input.eligibilityNote };
    const ready = readyToSubmit(sent);
    if (!ready.ok) {
      const list = Object.values(ready.fields).join('; ');
      const what = before.name ? `"${before.name}"` : 'đề nghị chưa có tên';
      throw new AppError('VALIDATION', `Chưa đủ thông tin để gửi ${what}: ${list}`, {
        fields: ready.fields,
      });
    }
    complete = ready.input;
    await assertEligibleOrExplained(tx, conference, sent);
    const unit = await getUnit(tx, before.unitId);
    const unitName = unit?.name ?? 'Đơn vị';
    if (before.status === 'draft') await assertSubmissionOpen(tx, conference, before.unitId, unitName);
    const [cell] = await tx
      .select({ count: quotas.count })
      .from(quotas)
      .where(
        and(
          eq(quotas.conferenceId, conference.id),
          eq(quotas.unitId, before.unitId),
          eq(quotas.awardFormId, before.awardFormId),
        ),
      )
      .for('update');
    const used = await countUsedQuota(tx, conference.id, before.unitId, before.awardFormId);
    const form = await getAwardForm(tx, conference.id, before.awardFormId);
    const check = checkQuota({ quota: cell?.count ?? 0, used, formName: form?.name ?? '', unitName });
    if (!check.ok) throw new AppError('INVALID_STATE', check.message);
  }
  const after = await updateVersioned(
    tx,
    nominations,
    id,
    input.version,
    {
      status: to,
      returnReason: action === 'return' || action === 'reject' ? input.reason!.trim() : null,
      ...(complete ? { ...(await rowValues(tx, conference, complete)), submittedAt: sql`now()` } : {}),
    },
    () => getNomination(tx, conference.id, id),
  );
  await tx.insert(nominationEvents).values({
    organizationId: conference.organizationId,
    nominationId: id,
    status: to,
    reason: after.returnReason,
    actorId: actor.userId,
    actorName: actor.fullName,
  });
  await writeConferenceAudit(tx, actor, conference, {
    action: `nomination.${action}`,
    entityType: 'nomination',
    entityId: id,
    before: { status: before.status, returnReason: before.returnReason },
    after: { status: after.status, returnReason: after.returnReason },
  });
  if (action === 'return' || action === 'accept') {
    const params = {
      conferenceId: conference.id,
      conferenceName: conference.plan.name,
      nominationId: id,
      nomineeName: after.name,
      unitName: (await getUnit(tx, after.unitId))?.name ?? 'đơn vị',
    };
    await notify(tx, {
      ...(action === 'return'
        ? message('nomination_returned', { ...params, reason: after.returnReason ?? '' })
        : message('nomination_accepted', params)),
      organizationId: conference.organizationId,
      userIds: await unitHeadIds(tx, after.unitId),
    });
  }
  return after;
}

export async function addAttachment(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  nomination: NominationRow,
  file: { fileName: string; mimeType: string; size: number; sha256: string },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(attachments)
      .values({ ...file, organizationId: conference.organizationId, nominationId: nomination.id })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await writeConferenceAudit(tx, actor, conference, {
      action: 'attachment.added',
      entityType: 'nomination',
      entityId: nomination.id,
      after: row,
    });
    return row;
  });
}

export async function removeAttachment(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  nomination: NominationRow,
  attachmentId: string,
) {
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(attachments)
      .where(and(eq(attachments.id, attachmentId), eq(attachments.nominationId, nomination.id)))
      .returning();
    if (gone.length === 0) throw notFound('tệp đính kèm');
    await writeConferenceAudit(tx, actor, conference, {
      action: 'attachment.removed',
      entityType: 'nomination',
      entityId: nomination.id,
      before: gone[0],
    });
  });
}
