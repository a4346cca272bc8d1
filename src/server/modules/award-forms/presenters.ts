import type { AwardFormView, BaseSalaryView } from '../../../shared/schemas/award-forms';
import type { AwardSubject } from '../../../shared/schemas/nominations';
import type { AwardFormRow, BaseSalaryRow } from './data';

export const presentAwardForm = (f: AwardFormRow): AwardFormView => ({
  id: f.id,
  code: f.code,
  name: f.name,
  appliesTo: f.appliesTo as AwardSubject,
  prizeCoefficient: f.prizeCoefficient,
  approvalRule: f.approvalRule,
  criteria: f.criteria,
  maxHonorees: f.maxHonorees,
  minHonorees: f.minHonorees,
  sortOrder: f.sortOrder,
  version: f.version,
});

export const presentBaseSalary = (r: BaseSalaryRow): BaseSalaryView => ({
  id: r.id,
  effectiveFrom: r.effectiveFrom,
  amount: r.amount,
  legalBasis: r.legalBasis,
});
