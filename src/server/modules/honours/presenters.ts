// Sổ khen thưởng — rows as the shared views (shared/schemas/honours.ts) show them.

import type {
  HonourFormView,
  HonourLevel,
  HonourMethod,
  HonourSource,
  HonourStatColumn,
  HonourView,
  SubjectPageView,
  SubjectView,
} from '../../../shared/schemas/honours';
import type { AwardSubject } from '../../../shared/schemas/nominations';
import type { HonourFormRow, HonourRow, subjectFamily } from './data';
import type { SubjectRow } from './subject-data';

export function presentHonour(r: HonourRow): HonourView {
  return {
    id: r.id,
    subjectId: r.subjectId,
    rootSubjectId: r.mergedIntoId ?? r.subjectId,
    kind: r.kind as AwardSubject,
    name: r.name,
    birthYear: r.birthYear,
    unitName: r.unitName,
    formCode: r.formCode,
    formName: r.formName,
    year: r.year,
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    signerLevel: r.signerLevel as HonourLevel,
    method: r.method as HonourMethod,
    achievement: r.achievement,
    achievementRef: r.achievementRef,
    movementId: r.movementId,
    movementName: r.movementName ?? null,
    prizeAmount: r.prizeAmount,
    source: r.source as HonourSource,
    revoked: r.revokedAt !== null,
  };
}

export function presentSubject(s: SubjectRow): SubjectView {
  return {
    id: s.id,
    kind: s.kind as AwardSubject,
    name: s.name,
    birthYear: s.birthYear,
    gender: s.gender,
    unitName: s.unitName,
    mergedIntoId: s.mergedIntoId,
    disciplinePending: s.disciplinePending,
    disciplineNote: s.disciplineNote,
    version: s.version,
  };
}

export function presentHonourForm(f: HonourFormRow): HonourFormView {
  return {
    id: f.id,
    code: f.code,
    name: f.name,
    appliesTo: f.appliesTo as AwardSubject,
    level: f.level as HonourLevel,
    statColumn: (f.statColumn as HonourStatColumn | null) ?? null,
    validFrom: f.validFrom,
    validTo: f.validTo,
    version: f.version,
  };
}

/** A person's or collective's page: the kept identity, the ones merged into it, every honour in year order. */
export function presentSubjectPage(
  page: NonNullable<Awaited<ReturnType<typeof subjectFamily>>>,
): SubjectPageView {
  return {
    subject: presentSubject(page.root),
    merged: page.merged.map(presentSubject),
    honours: page.honours.map(presentHonour),
  };
}
