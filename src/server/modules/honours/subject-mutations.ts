// Định danh — making one (`resolveSubject`, the one place identities are made: the QĐ write, the
// import and the hand entry), merging two records of one person or collective (audited, reversible: only
// `merged_into_id` changes), splitting one off again, and the "đang xem xét kỷ luật" flag.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { formatDate } from '../../../shared/rules/display-format';
import { matchKey, mergeConflicts, nameWords } from '../../../shared/rules/identity';
import type { Actor } from '../../../shared/rules/permissions';
import { foldVietnamese } from '../../../shared/rules/vietnamese-text';
import type { MergeBody } from '../../../shared/schemas/honours';
import type { Db } from '../../db/client';
import { honourSubjects } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError, orNotFound } from '../../errors';
import { writeAudit } from '../audit/mutations';
import { type HonourRow, honoursOfSubjects } from './data';
import { presentSubject } from './presenters';
import {
  findSubject,
  getSubject,
  type SubjectFacts,
  type SubjectRow,
  subjectFamilyIds,
} from './subject-data';

const refuse = (message: string) => new AppError('INVALID_STATE', message);

/** Both rows locked, in id order (two merges crossing each other wait rather than deadlock). */
async function lockSubjects(tx: Db, organizationId: string, ids: string[]) {
  await tx
    .select({ id: honourSubjects.id })
    .from(honourSubjects)
    .where(
      and(
        eq(honourSubjects.organizationId, organizationId),
        or(inArray(honourSubjects.id, ids), inArray(honourSubjects.mergedIntoId, ids)),
      ),
    )
    .orderBy(honourSubjects.id)
    .for('update');
}

const who = (s: SubjectRow) =>
  `${s.name}${s.birthYear ? ` (${s.birthYear})` : ''}${s.unitName ? `, ${s.unitName}` : ''}`;
const honourText = (h: HonourRow) =>
  `${h.formName} năm ${h.year} theo Quyết định ${h.decisionNumber} ngày ${formatDate(h.decisionDate)}`;

/**
 * Gộp: `mergeId` (and the identities already merged into it) now point at `keepId`. Refused when
 * both have a live honour of the same form in the same year — the message shows both.
 */
export async function mergeSubjects(db: Db, actor: Actor, organizationId: string, body: MergeBody) {
  return db.transaction(async (tx) => {
    if (body.keepId === body.mergeId) throw refuse('Không thể gộp một định danh vào chính nó');
    await lockSubjects(tx, organizationId, [body.keepId, body.mergeId]);
    const keep = orNotFound(await getSubject(tx, organizationId, body.keepId), 'định danh giữ lại');
    const merge = orNotFound(await getSubject(tx, organizationId, body.mergeId), 'định danh cần gộp');
    if (keep.mergedIntoId) {
      throw refuse(`${who(keep)} đã được gộp vào một định danh khác: hãy gộp vào định danh đó`);
    }
    if (merge.mergedIntoId) {
      throw refuse(
        merge.mergedIntoId === keep.id
          ? `${who(merge)} đã được gộp vào ${who(keep)}`
          : `${who(merge)} đã được gộp vào một định danh khác: hãy tách ra trước`,
      );
    }
    if (keep.kind !== merge.kind) {
      throw refuse('Không gộp được: hai bản ghi khác loại đối tượng (cá nhân, tập thể, hộ gia đình)');
    }
    const [keepFamily, mergeFamily] = await Promise.all([
      subjectFamilyIds(tx, organizationId, keep.id),
      subjectFamilyIds(tx, organizationId, merge.id),
    ]);
    const live = (rows: HonourRow[]) => rows.filter((h) => h.revokedAt === null);
    const [keepHonours, mergeHonours] = await Promise.all([
      honoursOfSubjects(tx, keepFamily).then(live),
      honoursOfSubjects(tx, mergeFamily).then(live),
    ]);
    const conflicts = mergeConflicts(keepHonours, mergeHonours);
    if (conflicts.length > 0) {
      const lines = conflicts.map(
        ([a, b]) => `${who(keep)}: ${honourText(a)} — ${who(merge)}: ${honourText(b)}`,
      );
      throw refuse(
        `Không gộp được: cả hai đều có cùng hình thức trong cùng năm (một người không thể được khen hai lần). ${lines.join('; ')}`,
      );
    }
    const moved = mergeFamily.filter((id) => id !== merge.id);
    await tx
      .update(honourSubjects)
      .set({ mergedIntoId: keep.id, version: sql`${honourSubjects.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(honourSubjects.organizationId, organizationId), inArray(honourSubjects.id, mergeFamily)));
    await writeAudit(tx, actor, {
      organizationId,
      action: 'honour_subject.merged',
      entityType: 'honour_subject',
      entityId: merge.id,
      before: { mergedIntoId: null, mergedIds: moved.length ? moved : undefined },
      after: { mergedIntoId: keep.id, mergedIds: moved.length ? moved : undefined },
    });
    return keep;
  });
}

/** Tách: the identity stands on its own again, with its own honours. */
export async function unmergeSubject(db: Db, actor: Actor, organizationId: string, id: string) {
  return db.transaction(async (tx) => {
    await lockSubjects(tx, organizationId, [id]);
    const before = orNotFound(await getSubject(tx, organizationId, id), 'định danh');
    if (!before.mergedIntoId) throw refuse(`${who(before)} chưa được gộp vào định danh nào`);
    const [after] = await tx
      .update(honourSubjects)
      .set({ mergedIntoId: null, version: sql`${honourSubjects.version} + 1`, updatedAt: sql`now()` })
      .where(eq(honourSubjects.id, id))
      .returning();
    await writeAudit(tx, actor, {
      organizationId,
      action: 'honour_subject.unmerged',
      entityType: 'honour_subject',
      entityId: id,
      before: { mergedIntoId: before.mergedIntoId },
      after: { mergedIntoId: null },
    });
    return { root: before.mergedIntoId, subject: after! };
  });
}

/** Đang xem xét kỷ luật: set on the kept identity; 409 when someone saved first. */
export async function setDiscipline(
  db: Db,
  actor: Actor,
  organizationId: string,
  id: string,
  input: { disciplinePending: boolean; disciplineNote: string; version: number },
) {
  return db.transaction(async (tx) => {
    const before = orNotFound(await getSubject(tx, organizationId, id), 'định danh');
    if (before.mergedIntoId) {
      throw refuse(`${who(before)} đã được gộp vào định danh khác: hãy đánh dấu ở định danh giữ lại`);
    }
    const { version, ...values } = input;
    const after = await updateVersioned(tx, honourSubjects, id, version, values, async () => {
      const current = await getSubject(tx, organizationId, id);
      return current && presentSubject(current);
    });
    await writeAudit(tx, actor, {
      organizationId,
      action: 'honour_subject.discipline',
      entityType: 'honour_subject',
      entityId: id,
      before: { disciplinePending: before.disciplinePending, disciplineNote: before.disciplineNote },
      after: { disciplinePending: after.disciplinePending, disciplineNote: after.disciplineNote },
    });
    return after;
  });
}

/** Finds the identity or creates it (inside the caller's transaction). `created` says which. */
export async function resolveSubject(
  tx: Db,
  organizationId: string,
  facts: SubjectFacts,
): Promise<{ subject: SubjectRow; created: boolean }> {
  const found = await findSubject(tx, organizationId, facts);
  if (found) return { subject: found, created: false };
  const [subject] = await tx
    .insert(honourSubjects)
    .values({
      organizationId,
      kind: facts.kind,
      name: facts.name.trim(),
      searchName: foldVietnamese(facts.name),
      searchWords: nameWords(facts.name),
      birthYear: facts.birthYear ?? null,
      gender: facts.gender ?? null,
      occupationGroup: facts.occupationGroup ?? null,
      unitId: facts.unitId ?? null,
      unitName: facts.unitName?.trim() ?? '',
      matchKey: matchKey(facts),
    })
    .returning();
  return { subject: subject!, created: true };
}
