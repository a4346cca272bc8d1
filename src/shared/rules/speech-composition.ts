import type { NominationKind } from '../schemas/nominations';
import type { SpeechRule, SpeechRulePart } from '../schemas/plan';

/** What a speech (tham luận) is given as: a collective's counts as its unit, an individual's as "cá nhân". */
export type SpeechKind = 'unit_type' | 'individual';

/** The speech kind of an honoree's speech (the server stores it; the web previews it). */
export const speechKindOf = (nominationKind: NominationKind): SpeechKind =>
  nominationKind === 'collective' ? 'unit_type' : 'individual';

/** A speech as assigned: its kind, the speaker's unit (and its type) and the honoree's nomination. */
export type AssignedSpeech = {
  kind: SpeechKind;
  unitType?: string | null;
  unitId?: string | null;
  nominationId?: string | null;
};

export type SpeechCheck = {
  ok: boolean;
  /** Per part of the rule: how many are assigned against how many are wanted. */
  parts: { label: string; wanted: number; assigned: number }[];
  /** Vietnamese lines: "Còn thiếu 1 tham luận của Đoàn thể", "Thừa 1 tham luận của Cá nhân". */
  messages: string[];
};

/** Whether a speech may count for a part: a named unit or honoree only by exactly that one. */
export function speechMatchesPart(part: SpeechRulePart, s: AssignedSpeech): boolean {
  switch (part.kind) {
    case 'honoree':
      return !!part.nominationId && s.nominationId === part.nominationId;
    case 'unit':
      return s.kind === 'unit_type' && !!part.unitId && s.unitId === part.unitId;
    case 'unit_type':
      return s.kind === 'unit_type' && s.unitType === part.unitType;
    case 'individual':
      return s.kind === 'individual';
  }
}

/** Named parts fill first: a speech by "Công an phường" counts for its own part before "Cơ quan". */
const SPECIFICITY: Record<SpeechRulePart['kind'], number> = {
  honoree: 0,
  unit: 1,
  unit_type: 2,
  individual: 2,
};

/**
 * Counts each speech once, for one part: the most specific matching part with room left, else
 * (over the count) the most specific matching part; a speech no part matches is outside the rule.
 */
function assign(
  parts: SpeechRulePart[],
  speeches: AssignedSpeech[],
): { assigned: number[]; outside: number } {
  const order = parts
    .map((_, i) => i)
    .sort((a, b) => SPECIFICITY[parts[a]!.kind] - SPECIFICITY[parts[b]!.kind]);
  const assigned = parts.map(() => 0);
  const left = [...speeches];
  // most specific parts first (a stable sort keeps the plan's order within a level), so a speech
  // only a named part takes is never crowded out by a generic one
  for (const i of order) {
    const part = parts[i]!;
    for (let k = 0; k < left.length && assigned[i]! < part.count; ) {
      if (speechMatchesPart(part, left[k]!)) {
        assigned[i]!++;
        left.splice(k, 1);
      } else k++;
    }
  }
  let outside = 0;
  for (const s of left) {
    const i = order.find((j) => speechMatchesPart(parts[j]!, s));
    if (i === undefined) outside++;
    else assigned[i]!++;
  }
  return { assigned, outside };
}

/** A type's label reads in lower case inside a sentence ("Đoàn thể" → "đoàn thể"); a name does not. */
const inSentence = (part: SpeechRulePart) =>
  part.kind === 'unit' || part.kind === 'honoree'
    ? part.label
    : part.label.charAt(0).toLocaleLowerCase('vi') + part.label.slice(1);

/** Checks assigned speeches against the conference's composition rule (cơ cấu tham luận). */
export function checkSpeechComposition(rule: SpeechRule, speeches: AssignedSpeech[]): SpeechCheck {
  const { assigned, outside } = assign(rule.parts, speeches);
  const parts = rule.parts.map((p, i) => ({ label: p.label, wanted: p.count, assigned: assigned[i] ?? 0 }));
  const messages: string[] = [];
  rule.parts.forEach((p, i) => {
    const label = inSentence(p);
    const n = assigned[i] ?? 0;
    if (n < p.count) messages.push(`Còn thiếu ${p.count - n} tham luận của ${label}`);
    if (n > p.count) messages.push(`Thừa ${n - p.count} tham luận của ${label}`);
  });
  if (rule.parts.length > 0 && outside > 0) messages.push(`${outside} tham luận không thuộc cơ cấu đã định`);
  if (speeches.length > rule.total)
    messages.push(`Tổng số tham luận (${speeches.length}) vượt quá ${rule.total}`);
  if (rule.parts.length === 0 && speeches.length < rule.total) {
    messages.push(`Còn thiếu ${rule.total - speeches.length} tham luận`);
  }
  return { ok: messages.length === 0, parts, messages };
}
