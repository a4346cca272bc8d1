import { count, eq } from 'drizzle-orm';
import { quotaRefusal } from '../../../shared/rules/delegation-quota';
import type { Actor } from '../../../shared/rules/permissions';
import { speechKindOf } from '../../../shared/rules/speech-composition';
import type { NominationInput, NominationKind } from '../../../shared/schemas/nominations';
import type { Plan } from '../../../shared/schemas/plan';
import type { DelegationInput, DossierMember, SpeechInput } from '../../../shared/schemas/selection';
import type { Db } from '../../db/client';
import { conferences, delegationMembers, speeches } from '../../db/schema/index';
import { deleteVersioned } from '../../db/versioned';
import { AppError, notFound, orNotFound } from '../../errors';
import { auditedRowWrites } from '../audit/audited-mutations';
import { writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { getNomination } from '../nominations/data';
import { addAttachment, createNominations } from '../nominations/mutations';
import { recordArrival } from '../upward/arrival-mutations';
import {
  findDelegationMemberOf,
  findSpeechOf,
  getDelegationMember,
  getHonoree,
  getSpeech,
  type HonoreeRow,
} from './data';
import {
  delegateQuotaMember,
  delegatesOfHonorees,
  findDelegationMemberByDelegate,
  getConferenceDelegate,
  honoreeQuotaMember,
  loadDelegation,
  quotaNamesOf,
} from './delegation-data';

/** A unique index refused the row (two requests at once): the same answer as the check before it. */
function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

async function requireHonoree(tx: Db, conf: ConferenceRow, nominationId: string, purpose: string) {
  const h = await getHonoree(tx, conf.id, nominationId);
  if (!h) {
    throw new AppError(
      'INVALID_STATE',
      `Chỉ ${purpose} các tập thể, cá nhân đã được Hội đồng chọn vinh danh (có kết quả "được chọn" ở phiếu đã đóng)`,
    );
  }
  return h;
}

const who = (h: Pick<HonoreeRow, 'kind' | 'name'>) =>
  `${h.kind === 'collective' ? 'Tập thể' : 'Cá nhân'} "${h.name}"`;

export async function addSpeech(db: Db, actor: Actor, conf: ConferenceRow, input: SpeechInput) {
  try {
    return await db.transaction(async (tx) => {
      const h = await requireHonoree(tx, conf, input.nominationId, 'phân công tham luận cho');
      const existing = await findSpeechOf(tx, conf.id, h.nominationId);
      if (existing) throw new AppError('DUPLICATE', `${who(h)} đã có tham luận "${existing.title}"`);
      const [{ n } = { n: 0 }] = await tx
        .select({ n: count() })
        .from(speeches)
        .where(eq(speeches.conferenceId, conf.id));
      const speakerName =
        input.speakerName || (h.kind === 'collective' ? h.collective?.headName || h.name : h.name);
      const [row] = await tx
        .insert(speeches)
        .values({
          organizationId: conf.organizationId,
          conferenceId: conf.id,
          nominationId: h.nominationId,
          unitId: h.unitId,
          speakerName,
          title: input.title,
          kind: speechKindOf(h.kind as NominationKind),
          sortOrder: n + 1,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await writeConferenceAudit(tx, actor, conf, {
        action: 'speech.created',
        entityType: 'speech',
        entityId: row.id,
        after: { ...row, honoreeName: h.name, unitName: h.unitName, unitType: h.unitType },
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('DUPLICATE', 'Tập thể/cá nhân này đã có tham luận');
    throw err;
  }
}

/** Edit (versioned) and remove a speech: nothing beyond the speech and its version to check. */
export const { update: updateSpeech, remove: removeSpeech } = auditedRowWrites(speeches, 'speech', {
  get: getSpeech,
  what: 'tham luận',
});

/**
 * Adds a member to the upper-level delegation within its quota (rules/delegation-quota.ts: the
 * plan's collectives and individuals, and its parts by category or attribute): an honoree, or a
 * delegate of the conference such as a guest. A delegate who is an honoree joins as the honoree,
 * so one person counts once. The conference row is held (FOR UPDATE) while counting, so two
 * additions at once cannot both take the last place.
 */
export async function addDelegationMember(db: Db, actor: Actor, conf: ConferenceRow, input: DelegationInput) {
  try {
    return await db.transaction(async (tx) => {
      const [locked] = await tx
        .select({ plan: conferences.plan })
        .from(conferences)
        .where(eq(conferences.id, conf.id))
        .for('update');
      if (!locked) throw notFound('hội nghị');
      const plan = locked.plan;
      const candidate = await delegationCandidate(tx, conf, plan, input);
      const { quotaMembers } = await loadDelegation(tx, conf.id, plan);
      const refusal = quotaRefusal(plan.delegationQuota, quotaMembers, candidate, quotaNamesOf(plan));
      if (refusal) throw new AppError('INVALID_STATE', refusal);
      const [row] = await tx
        .insert(delegationMembers)
        .values({
          organizationId: conf.organizationId,
          conferenceId: conf.id,
          nominationId: candidate.nominationId,
          delegateId: candidate.delegateId,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await writeConferenceAudit(tx, actor, conf, {
        action: 'delegation.added',
        entityType: 'delegation_member',
        entityId: row.id,
        after: {
          ...row,
          name: candidate.name,
          kind: candidate.kind,
          category: candidate.category,
          targetName: plan.delegationQuota.targetName,
        },
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('DUPLICATE', 'Tập thể/cá nhân này đã có trong đoàn');
    throw err;
  }
}

/** Who would join, as the quota reads them; refused when not an honoree, not a delegate, or already in. */
async function delegationCandidate(tx: Db, conf: ConferenceRow, plan: Plan, input: DelegationInput) {
  let nominationId = input.nominationId ?? null;
  const delegate = input.delegateId ? await getConferenceDelegate(tx, conf.id, input.delegateId) : null;
  if (input.delegateId && !delegate) throw notFound('đại biểu');
  // a delegate who comes from an honoree joins as that honoree
  if (delegate?.nominationId && (await getHonoree(tx, conf.id, delegate.nominationId))) {
    nominationId = delegate.nominationId;
  }
  if (nominationId) {
    const h = await requireHonoree(tx, conf, nominationId, 'chọn vào đoàn');
    if (await findDelegationMemberOf(tx, conf.id, h.nominationId)) {
      throw new AppError('DUPLICATE', `${who(h)} đã có trong đoàn`);
    }
    const own = (await delegatesOfHonorees(tx, conf.id, [h.nominationId])).get(h.nominationId);
    return {
      ...honoreeQuotaMember(plan, h, own),
      name: h.name,
      nominationId: h.nominationId,
      delegateId: null,
    };
  }
  const d = delegate!;
  if (await findDelegationMemberByDelegate(tx, conf.id, d.id)) {
    throw new AppError('DUPLICATE', `Đại biểu "${d.fullName}" đã có trong đoàn`);
  }
  return { ...delegateQuotaMember(d), name: d.fullName, nominationId: null, delegateId: d.id };
}

export async function removeDelegationMember(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  id: string,
  version: number,
) {
  await db.transaction(async (tx) => {
    const before = orNotFound(await getDelegationMember(tx, conf.id, id), 'thành viên đoàn');
    await deleteVersioned(tx, delegationMembers, id, version, before);
    await writeConferenceAudit(tx, actor, conf, {
      action: 'delegation.removed',
      entityType: 'delegation_member',
      entityId: id,
      before,
    });
  });
}

export type ImportedMember = {
  input: NominationInput;
  files: { fileName: string; mimeType: string; size: number; sha256: string }[];
  /** The lower council's result, kept as the nomination's provenance. */
  result: DossierMember['result'];
};

/**
 * Nhập hồ sơ đoàn: drafts of one unit through createNominations and addAttachment, all inside
 * one transaction (theirs become savepoints), so a failure stores no nomination and no file row.
 */
export async function importDossierMembers(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  unitId: string,
  members: ImportedMember[],
  source: { organization: string; conference: string; exportedAt: string },
) {
  return db.transaction(async (tx) => {
    const ids = await createNominations(
      tx,
      actor,
      conf,
      unitId,
      members.map((m) => m.input),
      'import',
    );
    for (const [i, id] of ids.entries()) {
      const n = await getNomination(tx, conf.id, id);
      if (!n) throw new Error('imported nomination vanished');
      for (const f of members[i]!.files) await addAttachment(tx, actor, conf, n, f);
    }
    // the same inbox as an upward send on this deployment, with the dossier's provenance
    await recordArrival(
      tx,
      actor,
      {
        organizationId: conf.organizationId,
        conferenceId: conf.id,
        unitId,
        channel: 'import',
        sourceOrganizationId: null,
        sourceConferenceId: null,
        sourceOrganizationName: source.organization,
        sourceConferenceName: source.conference,
        decisionRef: null,
        attachmentCount: members.reduce((s, m) => s + m.files.length, 0),
      },
      ids.map((id, i) => ({ nominationId: id, sourceNominationId: null, councilResult: members[i]!.result })),
    );
    await writeConferenceAudit(tx, actor, conf, {
      action: 'nomination.dossier_imported',
      entityType: 'unit',
      entityId: unitId,
      after: { source, nominationIds: ids, files: members.reduce((s, m) => s + m.files.length, 0) },
    });
    return ids;
  });
}
