// Định danh — how one person, collective or household is recognised across years and conferences
// of an organizer: the same folded name, birth year and unit is the same person; the same unit (or
// folded name when no unit is known) is the same collective. What the key cannot settle (a person
// who moved unit, a birth year typed wrong) is left to the review of likely duplicates.
import type { AwardSubject } from '../schemas/nominations';
import { foldVietnamese } from './vietnamese-text';

export type IdentityFacts = {
  kind: AwardSubject;
  name: string;
  birthYear?: number | null;
  /** The unit's id when the unit is one of the organizer's; its name otherwise. */
  unitId?: string | null;
  unitName?: string | null;
};

const unitKey = (f: IdentityFacts) => (f.unitId ? `u:${f.unitId}` : `n:${foldVietnamese(f.unitName ?? '')}`);

/**
 * The match key: "i|nguyen thi huong|1975|u:<unit id>" for a person, "c|u:<unit id>|<folded name>"
 * for a collective (a unit may hold several collectives: its chi hội, its tổ), "h|<name>|<unit>"
 * for a household.
 */
export function matchKey(f: IdentityFacts): string {
  const name = foldVietnamese(f.name);
  if (f.kind === 'individual') return `i|${name}|${f.birthYear ?? ''}|${unitKey(f)}`;
  if (f.kind === 'household') return `h|${name}|${unitKey(f)}`;
  return `c|${unitKey(f)}|${name}`;
}

/** The folded name's distinct words, as the GIN-indexed `search_words` column keeps them. */
export function nameWords(name: string): string[] {
  const folded = foldVietnamese(name);
  return folded ? [...new Set(folded.split(' '))] : [];
}

export type DuplicateCandidate = {
  id: string;
  kind: AwardSubject;
  searchName: string;
  birthYear: number | null;
  unitKey: string;
};

/**
 * Why two identities with the same folded name and kind may be one: a person whose birth years
 * agree (or one is unknown, or they differ by one year — a typing slip) in another unit; a
 * collective with the same name. Null when they are plainly two people (birth years far apart).
 */
export function duplicateReason(a: DuplicateCandidate, b: DuplicateCandidate): string | null {
  if (a.kind !== b.kind || a.searchName !== b.searchName) return null;
  if (a.kind !== 'individual') return 'Cùng tên, khác đơn vị';
  if (a.birthYear == null || b.birthYear == null) return 'Cùng họ tên, một bên chưa có năm sinh';
  if (a.birthYear === b.birthYear) return 'Cùng họ tên và năm sinh, khác đơn vị';
  if (Math.abs(a.birthYear - b.birthYear) === 1) return 'Cùng họ tên, năm sinh lệch 1 năm';
  return null;
}

/** Honours that make a merge wrong: the same form in the same year on both sides. */
export function mergeConflicts<H extends { formCode: string; year: number }>(
  keep: readonly H[],
  merge: readonly H[],
): [H, H][] {
  const byKey = new Map(keep.map((h) => [`${h.formCode}|${h.year}`, h]));
  const out: [H, H][] = [];
  for (const h of merge) {
    const other = byKey.get(`${h.formCode}|${h.year}`);
    if (other) out.push([other, h]);
  }
  return out;
}
