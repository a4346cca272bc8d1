// Sổ khen thưởng — writes of one honour (typed in, revoked) and of the catalogue of forms; the
// checks an honour must pass, shared with the XLSX import (import-mutations.ts).
import { and, eq, sql } from 'drizzle-orm';
import { viHonours } from '../../../shared/i18n/vi-honours';
import { formatDate } from '../../../shared/rules/display-format';
import {
  decisionKey,
  decisionMismatch,
  formFitsSubject,
  normalizeDecisionNumber,
  yearAfterDecision,
} from '../../../shared/rules/honour-register';
import { matchKey } from '../../../shared/rules/identity';
import type { Actor } from '../../../shared/rules/permissions';
import { foldVietnamese } from '../../../shared/rules/vietnamese-text';
import type {
  HonourFormInput,
  HonourFormUpdate,
  HonourInput,
  HonourLevel,
} from '../../../shared/schemas/honours';
import type { Db } from '../../db/client';
import { honourForms, honours } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError, orNotFound } from '../../errors';
import { writeAudit } from '../audit/mutations';
import { listUnits, type UnitRow } from '../units/data';
import {
  getHonour,
  getHonourForm,
  type HonourFormRow,
  honourFormByCode,
  honoursOnDecisions,
  honoursWithForm,
  knownDecisions,
  listHonourForms,
  movementOf,
} from './data';
import { presentHonourForm } from './presenters';
import { findSubject } from './subject-data';
import { resolveSubject } from './subject-mutations';
import { newVerifyCode } from './verify-code-mutations';

/** One problem of an honour, by the input field it is about. */
export type HonourProblem = { field: keyof HonourInput; message: string };
type Decision = { decisionNumber: string; decisionDate: string; signerLevel: HonourLevel };

/** What the checks of a batch of honours need from the register, read once. */
export type RegisterContext = {
  organizationId: string;
  forms: Map<string, HonourFormRow>;
  units: UnitRow[];
  /** decisionKey (number, year) → the decision as the register (or an earlier row) knows it. */
  decisions: Map<string, Decision & { row?: number }>;
  /** "identity key|form|decision" → the row that holds it (0: the register). */
  held: Map<string, number>;
};

export async function loadRegisterContext(
  tx: Db,
  organizationId: string,
  decisionNumbers: string[],
): Promise<RegisterContext> {
  const numbers = [...new Set(decisionNumbers.map(normalizeDecisionNumber))];
  const [forms, units, known, onDecisions] = await Promise.all([
    listHonourForms(tx, organizationId),
    listUnits(tx, organizationId),
    knownDecisions(tx, organizationId, numbers),
    honoursOnDecisions(tx, organizationId, numbers),
  ]);
  const decisions = new Map<string, Decision & { row?: number }>();
  for (const d of known) {
    const key = decisionKey(d.decisionNumber, d.decisionDate);
    if (!decisions.has(key)) decisions.set(key, { ...d, signerLevel: d.signerLevel as HonourLevel });
  }
  const held = new Map<string, number>();
  for (const h of onDecisions) {
    held.set(heldKey(`s:${h.mergedIntoId ?? h.subjectId}`, h.formCode, h.decisionNumber), 0);
  }
  return {
    organizationId,
    forms: new Map(forms.map((f) => [f.code, f])),
    units,
    decisions,
    held,
  };
}

const heldKey = (subjectKey: string, formCode: string, decisionNumber: string) =>
  `${subjectKey}\u0000${formCode}\u0000${normalizeDecisionNumber(decisionNumber)}`;

/** The organizer's unit of that name (exactly, else the one whose folded name is the same). */
export function unitNamed(units: UnitRow[], name: string): UnitRow | null {
  const exact = units.find((u) => u.name === name);
  if (exact || !name) return exact ?? null;
  const folded = units.filter((u) => foldVietnamese(u.name) === foldVietnamese(name));
  return folded.length === 1 ? folded[0]! : null;
}

export type CheckedHonour = {
  input: HonourInput;
  form: HonourFormRow;
  signerLevel: HonourLevel;
  decisionNumber: string;
  unit: UnitRow | null;
  /** The identity already in the register (followed through merges), or null: a new one. */
  subjectId: string | null;
};

/**
 * Checks one honour against the catalogue and the register (and the rows before it: `row`), and
 * records its decision and identity in the context so that later rows are checked against it.
 */
export async function checkHonour(
  tx: Db,
  ctx: RegisterContext,
  input: HonourInput,
  row = 0,
): Promise<{ ok: true; honour: CheckedHonour } | { ok: false; problems: HonourProblem[] }> {
  const problems: HonourProblem[] = [];
  const form = ctx.forms.get(input.formCode);
  if (!form) {
    problems.push({
      field: 'formCode',
      message: `Hình thức '${input.formCode}' không có trong danh mục hình thức của sổ`,
    });
  } else if (!formFitsSubject(form.appliesTo, input.kind)) {
    const to = viHonours.kind[form.appliesTo as keyof typeof viHonours.kind] ?? form.appliesTo;
    problems.push({
      field: 'formCode',
      message: `Hình thức '${form.name}' chỉ áp dụng cho ${to.toLowerCase()}`,
    });
  } else if (
    (form.validFrom && input.decisionDate < form.validFrom) ||
    (form.validTo && input.decisionDate > form.validTo)
  ) {
    problems.push({
      field: 'formCode',
      message: `Hình thức '${form.name}' không có hiệu lực vào ngày quyết định ${formatDate(input.decisionDate)}`,
    });
  }
  if (yearAfterDecision(input.year, input.decisionDate)) {
    problems.push({
      field: 'year',
      message: `Năm khen thưởng (${input.year}) không được sau năm của ngày quyết định (${formatDate(input.decisionDate)})`,
    });
  }
  if (input.movementId && !(await movementOf(tx, ctx.organizationId, input.movementId))) {
    problems.push({ field: 'movementId', message: 'Phong trào thi đua không tồn tại' });
  }
  const decisionNumber = normalizeDecisionNumber(input.decisionNumber);
  const signerLevel = input.signerLevel ?? (form?.level as HonourLevel | undefined) ?? null;
  if (signerLevel) {
    const incoming = { decisionNumber, decisionDate: input.decisionDate, signerLevel };
    const key = decisionKey(decisionNumber, input.decisionDate);
    const known = ctx.decisions.get(key);
    const mismatch = known && decisionMismatch(known, incoming);
    if (known && mismatch) {
      const where = known.row ? `ở dòng ${known.row}` : 'trong sổ';
      const what =
        mismatch.field === 'decisionDate'
          ? `với ngày ${formatDate(mismatch.known)}`
          : `với cấp khen "${viHonours.level[mismatch.known]}"`;
      problems.push({
        field: mismatch.field === 'decisionDate' ? 'decisionNumber' : 'signerLevel',
        message: `Quyết định ${decisionNumber} đã có ${where} ${what}`,
      });
    } else if (!known) {
      ctx.decisions.set(key, { ...incoming, row });
    }
  }
  const unit = unitNamed(ctx.units, input.unitName);
  const facts = {
    kind: input.kind,
    name: input.name,
    birthYear: input.birthYear,
    unitId: unit?.id ?? null,
    unitName: unit?.name ?? input.unitName,
  };
  const found = await findSubject(tx, ctx.organizationId, facts);
  const key = heldKey(found ? `s:${found.id}` : `k:${matchKey(facts)}`, input.formCode, decisionNumber);
  const holder = ctx.held.get(key);
  if (holder !== undefined) {
    const where = holder === 0 ? 'trong sổ' : `ở dòng ${holder}`;
    problems.push({
      field: 'decisionNumber',
      message: `${input.name} đã có ${form?.name ?? input.formCode} theo Quyết định ${decisionNumber} ${where}`,
    });
  } else {
    ctx.held.set(key, row);
  }
  if (problems.length > 0 || !form || !signerLevel) return { ok: false, problems };
  return {
    ok: true,
    honour: { input, form, signerLevel, decisionNumber, unit, subjectId: found?.id ?? null },
  };
}

/** Writes a checked honour on its identity (found or made). */
export async function insertHonour(
  tx: Db,
  actor: Actor,
  organizationId: string,
  h: CheckedHonour,
  source: 'import' | 'manual',
) {
  const { input } = h;
  const { subject, created } = await resolveSubject(tx, organizationId, {
    kind: input.kind,
    name: input.name,
    birthYear: input.birthYear,
    gender: input.gender,
    unitId: h.unit?.id ?? null,
    unitName: h.unit?.name ?? input.unitName,
  });
  const [row] = await tx
    .insert(honours)
    .values({
      organizationId,
      subjectId: subject.id,
      formCode: h.form.code,
      formName: h.form.name,
      year: input.year,
      decisionNumber: h.decisionNumber,
      decisionDate: input.decisionDate,
      signerLevel: h.signerLevel,
      method: input.method,
      category: input.category,
      achievement: input.achievement,
      achievementRef: input.achievementRef,
      movementId: input.movementId,
      prizeAmount: input.prizeAmount,
      source,
      verifyCode: newVerifyCode(),
      createdBy: actor.userId,
    })
    .returning();
  return { honour: row!, subjectCreated: created };
}

/** Thêm khen thưởng (nhập tay): checked like an imported row; problems are field messages (400). */
export async function createHonour(db: Db, actor: Actor, organizationId: string, input: HonourInput) {
  return db.transaction(async (tx) => {
    const ctx = await loadRegisterContext(tx, organizationId, [input.decisionNumber]);
    const checked = await checkHonour(tx, ctx, input);
    if (!checked.ok) {
      const fields = Object.fromEntries(checked.problems.map((p) => [p.field, p.message]));
      throw new AppError('VALIDATION', checked.problems.map((p) => p.message).join('; '), { fields });
    }
    const { honour } = await insertHonour(tx, actor, organizationId, checked.honour, 'manual');
    await writeAudit(tx, actor, {
      organizationId,
      action: 'honour.created',
      entityType: 'honour',
      entityId: honour.id,
      after: honour,
    });
    return honour;
  });
}

/** Thu hồi: the honour stays, marked with when and why; counted nowhere from now on. */
export async function revokeHonour(db: Db, actor: Actor, organizationId: string, id: string, reason: string) {
  return db.transaction(async (tx) => {
    await tx.select({ id: honours.id }).from(honours).where(eq(honours.id, id)).for('update');
    const before = orNotFound(await getHonour(tx, organizationId, id), 'khen thưởng');
    if (before.revokedAt) {
      throw new AppError(
        'INVALID_STATE',
        `Khen thưởng này đã bị thu hồi${before.revokedReason ? `: ${before.revokedReason}` : ''}`,
      );
    }
    const [after] = await tx
      .update(honours)
      .set({ revokedAt: sql`now()`, revokedReason: reason })
      .where(and(eq(honours.id, id), eq(honours.organizationId, organizationId)))
      .returning();
    await writeAudit(tx, actor, {
      organizationId,
      action: 'honour.revoked',
      entityType: 'honour',
      entityId: id,
      before: { revokedAt: before.revokedAt, revokedReason: before.revokedReason },
      after: { revokedAt: after!.revokedAt, revokedReason: after!.revokedReason },
    });
    return after!;
  });
}

// ---- the catalogue of forms ----------------------------------------------------------------

function checkValidity(input: HonourFormInput) {
  if (input.validFrom && input.validTo && input.validTo < input.validFrom) {
    throw new AppError('VALIDATION', 'Hiệu lực đến ngày phải sau hiệu lực từ ngày', {
      fields: { validTo: 'Hiệu lực đến ngày phải sau hiệu lực từ ngày' },
    });
  }
}

async function assertCodeFree(tx: Db, organizationId: string, code: string, exceptId?: string) {
  const same = await honourFormByCode(tx, organizationId, code);
  if (same && same.id !== exceptId) {
    throw new AppError('DUPLICATE', `Mã hình thức "${code}" đã có trong danh mục (${same.name})`, {
      fields: { code: `Mã "${code}" đã dùng cho hình thức "${same.name}"` },
    });
  }
}

export async function createHonourForm(
  db: Db,
  actor: Actor | null,
  organizationId: string,
  input: HonourFormInput,
) {
  checkValidity(input);
  return db.transaction(async (tx) => {
    await assertCodeFree(tx, organizationId, input.code);
    const [row] = await tx
      .insert(honourForms)
      .values({ organizationId, ...input })
      .returning();
    await writeAudit(tx, actor, {
      organizationId,
      action: 'honour_form.created',
      entityType: 'honour_form',
      entityId: row!.id,
      after: row,
    });
    return row!;
  });
}

/**
 * Sửa hình thức: 409 when someone saved first. The code of a form the register already uses
 * stays (the honours, rules and statistics refer to it).
 */
export async function updateHonourForm(
  db: Db,
  actor: Actor,
  organizationId: string,
  id: string,
  input: HonourFormUpdate,
) {
  checkValidity(input);
  return db.transaction(async (tx) => {
    const before = orNotFound(await getHonourForm(tx, organizationId, id), 'hình thức');
    if (input.code !== before.code) {
      await assertCodeFree(tx, organizationId, input.code, id);
      const used = await honoursWithForm(tx, organizationId, before.code);
      if (used > 0) {
        const message = `Không đổi được mã "${before.code}": sổ đã có ${used} khen thưởng theo mã này`;
        throw new AppError('VALIDATION', message, { fields: { code: message } });
      }
    }
    const { version, ...values } = input;
    const after = await updateVersioned(tx, honourForms, id, version, values, async () => {
      const current = await getHonourForm(tx, organizationId, id);
      return current && presentHonourForm(current);
    });
    await writeAudit(tx, actor, {
      organizationId,
      action: 'honour_form.updated',
      entityType: 'honour_form',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
