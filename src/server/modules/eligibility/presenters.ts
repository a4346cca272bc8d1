import type {
  EligibilityRuleView,
  HonourLevel,
  HonourMethod,
  HonourSource,
  HonourView,
} from '../../../shared/schemas/honours';
import type { AwardSubject } from '../../../shared/schemas/nominations';
import type { SubjectBrief } from '../honours/subject-data';
import type { EligibilityRuleRow, SubjectHonourRow } from './data';

export function presentEligibilityRule(r: EligibilityRuleRow): EligibilityRuleView {
  return {
    id: r.id,
    formCode: r.formCode,
    params: r.params,
    validFrom: r.validFrom,
    validTo: r.validTo,
    note: r.note,
    isExample: r.isExample,
    version: r.version,
  };
}

/**
 * A past honour as the nomination and the voting card list it: `subject` is the identity it was
 * written to, `rootSubjectId` the kept one.
 */
export function presentPastHonour(
  h: SubjectHonourRow,
  subject: Pick<SubjectBrief, 'kind' | 'name' | 'birthYear' | 'unitName'>,
  rootSubjectId: string,
  movementName: string | null,
): HonourView {
  return {
    id: h.id,
    subjectId: h.subjectId,
    rootSubjectId,
    kind: subject.kind as AwardSubject,
    name: subject.name,
    birthYear: subject.birthYear,
    unitName: subject.unitName,
    formCode: h.formCode,
    formName: h.formName,
    year: h.year,
    decisionNumber: h.decisionNumber,
    decisionDate: h.decisionDate,
    signerLevel: h.signerLevel as HonourLevel,
    method: h.method as HonourMethod,
    achievement: h.achievement,
    achievementRef: h.achievementRef,
    movementId: h.movementId,
    movementName,
    prizeAmount: h.prizeAmount,
    source: h.source as HonourSource,
    revoked: h.revoked,
  };
}
