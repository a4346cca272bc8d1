// Sổ khen thưởng — what makes a new honour fit the register: one decision number means one
// decision (one date, one signer level), one identity gets one form once per decision, the year
// honoured is not after the decision. Pure: the hand entry, the XLSX import and their tests use it.
import type { HonourLevel } from '../schemas/honours';
import { type DuplicateCandidate, duplicateReason } from './identity';

/** A decision number as compared: NFC, spaces collapsed, none around "/" and "-" ("12 / QĐ-UBND" → "12/QĐ-UBND"). */
export function normalizeDecisionNumber(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/\s*([/-])\s*/g, '$1')
    .trim();
}

export type DecisionFacts = { decisionNumber: string; decisionDate: string; signerLevel: HonourLevel };

/**
 * Which decision a number names: documents are numbered from 01 again every year (Decree
 * 30/2020/NĐ-CP, art. 15), so "12/QĐ-UBND" of 2019 and of 2020 are two decisions.
 */
export const decisionKey = (decisionNumber: string, decisionDate: string) =>
  `${normalizeDecisionNumber(decisionNumber)}\u0000${decisionDate.slice(0, 4)}`;

/**
 * How an incoming honour disagrees with a decision already known under the same number in the
 * same year: another date (checked first) or another signer level; null when it is the same
 * decision or another one.
 */
export function decisionMismatch(
  known: DecisionFacts,
  incoming: DecisionFacts,
): { field: 'decisionDate'; known: string } | { field: 'signerLevel'; known: HonourLevel } | null {
  if (
    decisionKey(known.decisionNumber, known.decisionDate) !==
    decisionKey(incoming.decisionNumber, incoming.decisionDate)
  ) {
    return null;
  }
  if (known.decisionDate !== incoming.decisionDate)
    return { field: 'decisionDate', known: known.decisionDate };
  if (known.signerLevel !== incoming.signerLevel) return { field: 'signerLevel', known: known.signerLevel };
  return null;
}

/** A title is for a year that has ended or is ending: never after the year of its decision. */
export function yearAfterDecision(year: number, decisionDate: string): boolean {
  return year > Number(decisionDate.slice(0, 4));
}

/** The key of "this identity, this form, this decision" — the register holds each once. */
export const honourOnceKey = (subjectKey: string, formCode: string, decisionNumber: string) =>
  `${subjectKey}\u0000${formCode}\u0000${normalizeDecisionNumber(decisionNumber)}`;

/** The form fits the identity: a form for individuals goes to a person, and so on. */
export const formFitsSubject = (appliesTo: string, kind: string) => appliesTo === kind;

/**
 * Likely duplicates, pair by pair: identities of one kind and folded name (`candidates` in any
 * order) that `duplicateReason` does not tell apart, each pair with its reason; at most `max`.
 */
export function duplicatePairs<C extends DuplicateCandidate>(
  candidates: readonly C[],
  max = 200,
): { subjects: [C, C]; reason: string }[] {
  const groups = new Map<string, C[]>();
  for (const c of candidates) {
    const key = `${c.kind}\u0000${c.searchName}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: { subjects: [C, C]; reason: string }[] = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const reason = duplicateReason(group[i]!, group[j]!);
        if (reason) out.push({ subjects: [group[i]!, group[j]!], reason });
        if (out.length >= max) return out;
      }
    }
  }
  return out;
}
