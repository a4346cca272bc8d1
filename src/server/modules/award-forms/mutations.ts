import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { AwardFormInput } from '../../../shared/schemas/nominations';
import type { Db } from '../../db/client';
import { awardForms, baseSalaries } from '../../db/schema/index';
import { AppError, orNotFound } from '../../errors';
import { deleteAudited, insertAudited, updateAudited } from '../audit/audited-mutations';
import { writeAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { countNominationsOfForm, getAwardForm } from './data';
import { presentAwardForm } from './presenters';

async function assertCodeFree(tx: Db, conferenceId: string, code: string, exceptId?: string) {
  const [same] = await tx
    .select({ id: awardForms.id })
    .from(awardForms)
    .where(and(eq(awardForms.conferenceId, conferenceId), eq(awardForms.code, code)));
  if (same && same.id !== exceptId) {
    throw new AppError('DUPLICATE', `Mã hình thức "${code}" đã được dùng`, {
      fields: { code: 'Mã hình thức đã tồn tại' },
    });
  }
}

export async function createAwardForm(
  db: Db,
  actor: Actor | null,
  conference: ConferenceRow,
  input: AwardFormInput,
) {
  return db.transaction(async (tx) => {
    await assertCodeFree(tx, conference.id, input.code);
    return insertAudited(tx, actor, conference, awardForms, 'award_form', input);
  });
}

export async function updateAwardForm({
  db,
  actor,
  conference,
  id,
  input,
}: {
  db: Db;
  actor: Actor;
  conference: ConferenceRow;
  id: string;
  input: AwardFormInput & { version: number };
}) {
  return db.transaction(async (tx) => {
    const before = orNotFound(await getAwardForm(tx, conference.id, id), 'hình thức khen thưởng');
    await assertCodeFree(tx, conference.id, input.code, id);
    if (input.appliesTo !== before.appliesTo && (await countNominationsOfForm(tx, id)) > 0) {
      throw new AppError(
        'INVALID_STATE',
        'Không thể đổi đối tượng áp dụng khi đã có đề nghị theo hình thức này',
        {
          fields: { appliesTo: 'Đã có đề nghị theo hình thức này' },
        },
      );
    }
    const current = async () => {
      const row = await getAwardForm(tx, conference.id, id);
      return row && presentAwardForm(row);
    };
    return updateAudited(tx, actor, conference, awardForms, 'award_form', { before, input, current });
  });
}

export async function deleteAwardForm({
  db,
  actor,
  conference,
  id,
  version,
}: {
  db: Db;
  actor: Actor;
  conference: ConferenceRow;
  id: string;
  version: number;
}) {
  await db.transaction(async (tx) => {
    const before = orNotFound(await getAwardForm(tx, conference.id, id), 'hình thức khen thưởng');
    const used = await countNominationsOfForm(tx, id);
    if (used > 0) {
      throw new AppError(
        'INVALID_STATE',
        `Không thể xóa: đã có ${used} đề nghị theo hình thức "${before.name}"`,
      );
    }
    const current = presentAwardForm(before);
    await deleteAudited(tx, actor, conference, awardForms, 'award_form', { before, version, current });
  });
}

export async function addBaseSalary(
  db: Db,
  actor: Actor,
  input: { effectiveFrom: string; amount: number; legalBasis: string },
) {
  return db.transaction(async (tx) => {
    const [same] = await tx
      .select()
      .from(baseSalaries)
      .where(eq(baseSalaries.effectiveFrom, input.effectiveFrom));
    if (same) {
      throw new AppError('DUPLICATE', 'Đã có mức lương cơ sở áp dụng từ ngày này', {
        fields: { effectiveFrom: 'Đã có mức lương cơ sở áp dụng từ ngày này' },
      });
    }
    const [row] = await tx.insert(baseSalaries).values(input).returning();
    if (!row) throw new Error('insert returned nothing');
    await writeAudit(tx, actor, {
      organizationId: null,
      action: 'base_salary.created',
      entityType: 'base_salary',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}
