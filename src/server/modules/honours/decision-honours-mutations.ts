// The QĐ khen thưởng writes its honourees into the register in the issuing transaction: one honour
// per honouree (form, year, number and date, signer level, prize as the QĐ prices it), each on its
// identity (found or made), the nomination pointed at that identity. A new version of the QĐ
// supersedes the previous one's honours: they stay, revoked, naming the new number.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { plainText, truncate } from '../../../shared/rules/display-format';
import type { Actor } from '../../../shared/rules/permissions';
import { prizeAmount } from '../../../shared/rules/prize-money';
import { isDirectWorker } from '../../../shared/rules/summary-report';
import type { HonourCategory, HonourLevel, HonourMethod } from '../../../shared/schemas/honours';
import type { Db } from '../../db/client';
import { honourForms, honours, movements, nominations, organizations } from '../../db/schema/index';
import { listAwardForms, listBaseSalaries } from '../award-forms/data';
import type { ConferenceRow } from '../conferences/data';
import { documentSettingsFor } from '../documents/settings-data';
import { listHonorees } from '../selection/data';
import { resolveSubject } from './subject-mutations';
import { newVerifyCode } from './verify-code-mutations';

/** The signer level of an organizer's own decisions, from its level (ward → commune, …). */
export function ownSignerLevel(orgLevel: string): HonourLevel {
  if (orgLevel === 'ward' || orgLevel === 'commune') return 'commune';
  if (orgLevel === 'district') return 'district';
  if (orgLevel === 'province') return 'ministry_province';
  return 'unit';
}

/** Đối tượng for the statistics, from what the nomination knows. */
export function categoryOf(
  kind: string,
  occupationGroup: string | null | undefined,
  unitType: string,
): HonourCategory | null {
  if (kind === 'collective') return unitType === 'enterprise' ? 'enterprise' : null;
  if (occupationGroup === 'entrepreneur') return 'businessperson';
  if (isDirectWorker(occupationGroup)) {
    return 'direct_worker';
  }
  return null;
}

export type IssuedDecision = {
  id: string;
  previousId: string | null;
  numberText: string;
  documentDate: string;
};

export async function writeDecisionHonours(
  tx: Db,
  actor: Actor,
  conf: ConferenceRow,
  decision: IssuedDecision,
): Promise<number> {
  if (decision.previousId) {
    await tx
      .update(honours)
      .set({ revokedAt: sql`now()`, revokedReason: `Được thay thế bởi Quyết định số ${decision.numberText}` })
      .where(and(eq(honours.issuedDocumentId, decision.previousId), isNull(honours.revokedAt)));
  }
  const [rows, forms, salaries, settings] = await Promise.all([
    listHonorees(tx, conf.id),
    listAwardForms(tx, conf.id),
    listBaseSalaries(tx),
    documentSettingsFor(tx, conf.id),
  ]);
  if (rows.length === 0) return 0;
  const formById = new Map(forms.map((f) => [f.id, f]));
  const [org] = await tx
    .select({ level: organizations.level })
    .from(organizations)
    .where(eq(organizations.id, conf.organizationId));
  const level = ownSignerLevel(org!.level);
  const year = Number(decision.documentDate.slice(0, 4));
  await tx
    .insert(honourForms)
    .values(
      forms.map((f) => ({
        organizationId: conf.organizationId,
        code: f.code,
        name: f.name,
        appliesTo: f.appliesTo,
        level,
      })),
    )
    .onConflictDoNothing();
  const ids = rows.map((r) => r.nominationId);
  const extra = await tx
    .select({
      id: nominations.id,
      movementId: nominations.movementId,
      achievementRef: nominations.achievementRef,
      summaryHtml: nominations.summaryHtml,
      method: movements.method,
    })
    .from(nominations)
    .leftJoin(movements, eq(movements.id, nominations.movementId))
    .where(inArray(nominations.id, ids));
  const extraOf = new Map(extra.map((e) => [e.id, e]));
  for (const r of rows) {
    const form = formById.get(r.awardFormId)!;
    const person = r.kind === 'individual' ? r.individual : null;
    const { subject } = await resolveSubject(tx, conf.organizationId, {
      kind:
        r.kind === 'individual' ? 'individual' : form.appliesTo === 'household' ? 'household' : 'collective',
      name: r.name,
      birthYear: person?.birthYear ?? null,
      gender: person?.gender ?? r.gender ?? null,
      occupationGroup: person?.occupationGroup ?? null,
      unitId: r.unitId,
      unitName: r.unitName,
    });
    const e = extraOf.get(r.nominationId);
    // A ĐHTT conference sums up a movement: its honours are "chuyên đề" unless the movement is a regular one.
    const method: HonourMethod = e?.method === 'regular' ? 'regular' : 'thematic';
    const prize = prizeAmount({
      coefficient: Number(form.prizeCoefficient),
      decisionDate: decision.documentDate,
      baseSalaries: salaries,
      rounding: settings.prizeRounding,
    });
    await tx.insert(honours).values({
      organizationId: conf.organizationId,
      subjectId: subject.id,
      formCode: form.code,
      formName: form.name,
      year,
      decisionNumber: decision.numberText,
      decisionDate: decision.documentDate,
      signerLevel: level,
      method,
      category: categoryOf(r.kind, person?.occupationGroup, r.unitType),
      achievement: truncate(plainText(e?.summaryHtml ?? ''), 2000),
      achievementRef: e?.achievementRef ?? '',
      movementId: e?.movementId ?? null,
      prizeAmount: prize?.amount ?? 0,
      source: 'decision',
      issuedDocumentId: decision.id,
      nominationId: r.nominationId,
      verifyCode: newVerifyCode(),
      createdBy: actor.userId,
    });
    await tx.update(nominations).set({ subjectId: subject.id }).where(eq(nominations.id, r.nominationId));
  }
  return rows.length;
}
