// Định danh — the one place identities are made: the QĐ write, the import and the hand entry
// all call `resolveSubject`.
import { matchKey, nameWords } from '../../../shared/rules/identity';
import { foldVietnamese } from '../../../shared/rules/vietnamese-text';
import type { Db } from '../../db/client';
import { honourSubjects } from '../../db/schema/index';
import { findSubject, type SubjectFacts, type SubjectRow } from './subject-data';

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
