import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import { checkUpwardQuota, upwardSendAction } from '../../../shared/rules/upward';
import type { NominationInput, NominationStatus } from '../../../shared/schemas/nominations';
import type { DossierMember } from '../../../shared/schemas/selection';
import type { UnitLinkBody, UpwardSendResult } from '../../../shared/schemas/upward';
import type { Db } from '../../db/client';
import { attachments, nominationEvents, nominations, quotas, units } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound, orNotFound } from '../../errors';
import { auditInsertedRows, writeAudit, writeConferenceAudit } from '../audit/mutations';
import type { AwardFormRow } from '../award-forms/data';
import type { ConferenceRow } from '../conferences/data';
import { applyTransition, newRows, updateNomination } from '../nominations/mutations';
import { countUsedQuota } from '../quotas/data';
import { getUnit } from '../units/data';
import { recordArrival } from './arrival-mutations';
import { originsBySource } from './data';

type FileRef = { fileName: string; mimeType: string; size: number; sha256: string };
export type SendMember = { member: DossierMember; input: NominationInput; files: FileRef[] };

/**
 * Gửi đoàn lên cấp trên, in one transaction: the quota check for the sender's unit at the upper
 * conference (its cells locked first, so two sends cannot both take the last place), one upper
 * nomination per member — created and sent, or, when the upper level returned it, updated and sent
 * again (no duplicate) — with the member's attachments (same content-addressed files), the arrival
 * and each nomination's provenance, and the audit on both conferences.
 */
export async function sendDelegation(opts: {
  db: Db;
  actor: Actor;
  source: ConferenceRow;
  sourceOrganizationName: string;
  target: ConferenceRow;
  unit: { id: string; name: string };
  forms: AwardFormRow[];
  members: SendMember[];
  decisionRef: string | null;
}): Promise<UpwardSendResult> {
  const { actor, source, target, unit } = opts;
  return opts.db.transaction(async (tx) => {
    const cells = await tx
      .select({ awardFormId: quotas.awardFormId, count: quotas.count })
      .from(quotas)
      .where(and(eq(quotas.conferenceId, target.id), eq(quotas.unitId, unit.id)))
      .for('update');
    const existing = await originsBySource(
      tx,
      target.id,
      opts.members.map((m) => m.member.nominationId),
    );
    const plan = opts.members.map((m) => {
      const before = existing.get(m.member.nominationId) ?? null;
      return { ...m, before, action: upwardSendAction((before?.status as NominationStatus) ?? null) };
    });
    const adding = new Map<string, number>();
    for (const p of plan) {
      if (p.action !== 'keep') adding.set(p.input.awardFormId, (adding.get(p.input.awardFormId) ?? 0) + 1);
    }
    const lines = [];
    for (const [formId, n] of adding) {
      lines.push({
        formName: opts.forms.find((f) => f.id === formId)?.name ?? '',
        quota: cells.find((c) => c.awardFormId === formId)?.count ?? 0,
        used: await countUsedQuota(tx, target.id, unit.id, formId),
        adding: n,
      });
    }
    const check = checkUpwardQuota({ unitName: unit.name, conferenceName: target.plan.name, lines });
    if (!check.ok)
      throw new AppError('CONFLICT', check.message, { fields: { targetConferenceId: check.message } });

    if (plan.every((p) => p.action === 'keep')) {
      throw new AppError(
        'INVALID_STATE',
        `Cả ${plan.length} thành viên đoàn đã được ${target.plan.name} nhận (đang xét hoặc đã chấp nhận): không có hồ sơ nào cần gửi lại.`,
      );
    }
    const creates = plan.filter((p) => p.action === 'create');
    const createdIds = await insertSent(tx, actor, target, unit.id, creates);
    const sent = createdIds.map((nominationId, i) => ({ nominationId, p: creates[i]! }));
    for (const p of plan.filter((x) => x.action === 'resend')) {
      const before = p.before!;
      const edited = await updateNomination(tx, actor, target, before.id, {
        ...p.input,
        version: before.version,
      });
      await tx.delete(attachments).where(eq(attachments.nominationId, before.id));
      await attach(tx, target, before.id, p.files);
      await applyTransition(tx, actor, target, before.id, 'submit', { version: edited.version });
      sent.push({ nominationId: before.id, p });
    }
    const files = sent.reduce((s, x) => s + x.p.files.length, 0);
    const send = await recordArrival(
      tx,
      actor,
      {
        organizationId: target.organizationId,
        conferenceId: target.id,
        unitId: unit.id,
        channel: 'send',
        sourceOrganizationId: source.organizationId,
        sourceConferenceId: source.id,
        sourceOrganizationName: opts.sourceOrganizationName,
        sourceConferenceName: source.plan.name,
        decisionRef: opts.decisionRef,
        attachmentCount: files,
      },
      sent.map((x) => ({
        nominationId: x.nominationId,
        sourceNominationId: x.p.member.nominationId,
        councilResult: x.p.member.result,
      })),
    );
    const counts = {
      created: creates.length,
      updated: sent.length - creates.length,
      unchanged: plan.length - sent.length,
    };
    const after = { sendId: send.id, ...counts, files, nominationIds: sent.map((x) => x.nominationId) };
    await writeConferenceAudit(tx, actor, target, {
      action: 'upward.received',
      entityType: 'unit',
      entityId: unit.id,
      after: {
        ...after,
        source: { organization: opts.sourceOrganizationName, conference: source.plan.name },
      },
    });
    await writeConferenceAudit(tx, actor, source, {
      action: 'upward.sent',
      entityType: 'conference',
      entityId: target.id,
      after: { ...after, target: target.plan.name },
    });
    const unchanged = counts.unchanged ? `, ${counts.unchanged} hồ sơ đang được xét giữ nguyên` : '';
    return {
      sendId: send.id,
      ...counts,
      message: `Đã gửi ${sent.length} hồ sơ (${counts.created} mới, ${counts.updated} gửi lại${unchanged}) lên ${target.plan.name}`,
    };
  });
}

/** The member's files on the upper nomination: the same bytes (content-addressed), new rows. */
async function attach(tx: Db, target: ConferenceRow, nominationId: string, files: FileRef[]) {
  if (files.length === 0) return;
  await tx
    .insert(attachments)
    .values(files.map((f) => ({ ...f, organizationId: target.organizationId, nominationId })));
}

/**
 * The new upper nominations, already sent (status submitted, as a unit's send would leave them:
 * the inputs are complete — nominationInputSchema — and the quota was checked for all of them),
 * their files, their "submitted" events and the audit rows, a few statements for the whole delegation.
 */
async function insertSent(
  tx: Db,
  actor: Actor,
  target: ConferenceRow,
  unitId: string,
  members: { input: NominationInput; files: FileRef[] }[],
): Promise<string[]> {
  if (members.length === 0) return [];
  const values = (
    await newRows(
      tx,
      target,
      unitId,
      members.map((m) => m.input),
    )
  ).map((v) => ({
    ...v,
    status: 'submitted',
    submittedAt: new Date(),
  }));
  const ids = (await tx.insert(nominations).values(values).returning({ id: nominations.id })).map(
    (r) => r.id,
  );
  const files = ids.flatMap((nominationId, i) =>
    members[i]!.files.map((f) => ({ ...f, organizationId: target.organizationId, nominationId })),
  );
  if (files.length > 0) await tx.insert(attachments).values(files);
  await tx.insert(nominationEvents).values(
    ids.map((nominationId) => ({
      organizationId: target.organizationId,
      nominationId,
      status: 'submitted',
      actorId: actor.userId,
      actorName: actor.fullName,
    })),
  );
  await auditInsertedRows(tx, actor, {
    organizationId: target.organizationId,
    conferenceId: target.id,
    action: 'nomination.upward_received',
    entityType: 'nomination',
    table: 'nominations',
    ids,
  });
  return ids;
}

/** Links a unit of the upper organizer to the lower organizer it stands for (or unlinks it). */
export async function linkUnit(db: Db, actor: Actor, unitId: string, body: UnitLinkBody) {
  return db.transaction(async (tx) => {
    const before = orNotFound(await getUnit(tx, unitId), 'đơn vị');
    if (body.linkedOrganizationId === before.organizationId) {
      throw new AppError('VALIDATION', 'Một đơn vị không thể là cấp dưới của chính cơ quan của nó', {
        fields: { linkedOrganizationId: 'Hãy chọn một cơ quan cấp dưới khác' },
      });
    }
    const taken = body.linkedOrganizationId
      ? await tx
          .select({ id: units.id, name: units.name })
          .from(units)
          .where(
            and(
              eq(units.organizationId, before.organizationId),
              inArray(units.linkedOrganizationId, [body.linkedOrganizationId]),
            ),
          )
      : [];
    const other = taken.find((u) => u.id !== unitId);
    if (other) {
      throw new AppError('CONFLICT', `Cơ quan cấp dưới này đã gắn với đơn vị "${other.name}"`, {
        fields: { linkedOrganizationId: `Đã gắn với đơn vị "${other.name}"` },
      });
    }
    const after = await updateVersioned(
      tx,
      units,
      unitId,
      body.version,
      { linkedOrganizationId: body.linkedOrganizationId },
      () => getUnit(tx, unitId),
    );
    if (!after) throw notFound('đơn vị');
    await writeAudit(tx, actor, {
      organizationId: before.organizationId,
      action: 'unit.linked',
      entityType: 'unit',
      entityId: unitId,
      before: { linkedOrganizationId: before.linkedOrganizationId },
      after: { linkedOrganizationId: after.linkedOrganizationId },
    });
    return after;
  });
}
