// Điều kiện xét khen thưởng: the organizer's rules, one write each — guard (every form it names is
// known), versioned write, audit — in one transaction.
import { formsReferred } from '../../../shared/rules/eligibility';
import type { Actor } from '../../../shared/rules/permissions';
import type { EligibilityRuleInput } from '../../../shared/schemas/honours';
import type { Db } from '../../db/client';
import { eligibilityRules } from '../../db/schema/index';
import { deleteVersioned, updateVersioned } from '../../db/versioned';
import { AppError, orNotFound } from '../../errors';
import { writeAudit } from '../audit/mutations';
import { getEligibilityRule, knownForms } from './data';
import { presentEligibilityRule } from './presenters';

/** 400 naming the first form the rule refers to that neither the catalogue nor a conference has. */
async function assertFormsKnown(tx: Db, organizationId: string, input: EligibilityRuleInput) {
  const known = await knownForms(tx, organizationId);
  const unknown = formsReferred(input.formCode, input.params).filter((c) => !known.has(c));
  if (unknown.length === 0) return;
  const message =
    unknown.length === 1
      ? `Hình thức '${unknown[0]}' không có trong danh mục`
      : `Các hình thức ${unknown.map((c) => `'${c}'`).join(', ')} không có trong danh mục`;
  const field = unknown.includes(input.formCode) ? 'formCode' : 'params.forms';
  throw new AppError('VALIDATION', message, { fields: { [field]: message } });
}

const values = (input: EligibilityRuleInput) => ({ ...input, kind: input.params.kind });

export async function createEligibilityRule(opts: {
  db: Db;
  actor: Actor | null;
  organizationId: string;
  input: EligibilityRuleInput;
}) {
  const { actor, organizationId, input } = opts;
  return opts.db.transaction(async (tx) => {
    await assertFormsKnown(tx, organizationId, input);
    const [row] = await tx
      .insert(eligibilityRules)
      .values({ ...values(input), organizationId })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await writeAudit(tx, actor, {
      organizationId,
      action: 'eligibility_rule.created',
      entityType: 'eligibility_rule',
      entityId: row.id,
      after: row,
    });
    return row;
  });
}

export async function updateEligibilityRule(opts: {
  db: Db;
  actor: Actor;
  organizationId: string;
  id: string;
  input: EligibilityRuleInput & { version: number };
}) {
  const { actor, organizationId, id } = opts;
  const { version, ...input } = opts.input;
  return opts.db.transaction(async (tx) => {
    const before = orNotFound(await getEligibilityRule(tx, organizationId, id), 'điều kiện khen thưởng');
    await assertFormsKnown(tx, organizationId, input);
    const after = await updateVersioned(tx, eligibilityRules, id, version, values(input), async () => {
      const current = await getEligibilityRule(tx, organizationId, id);
      return current && presentEligibilityRule(current);
    });
    await writeAudit(tx, actor, {
      organizationId,
      action: 'eligibility_rule.updated',
      entityType: 'eligibility_rule',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function deleteEligibilityRule(opts: {
  db: Db;
  actor: Actor;
  organizationId: string;
  id: string;
  version: number;
}) {
  const { actor, organizationId, id } = opts;
  await opts.db.transaction(async (tx) => {
    const before = orNotFound(await getEligibilityRule(tx, organizationId, id), 'điều kiện khen thưởng');
    await deleteVersioned(tx, eligibilityRules, id, opts.version, presentEligibilityRule(before));
    await writeAudit(tx, actor, {
      organizationId,
      action: 'eligibility_rule.deleted',
      entityType: 'eligibility_rule',
      entityId: id,
      before,
    });
  });
}
