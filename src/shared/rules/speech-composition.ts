import type { SpeechRule } from '../schemas/plan';

/** A speech (tham luận) as assigned: by a unit of a type, or by an individual. */
export type AssignedSpeech = { kind: 'unit_type' | 'individual'; unitType?: string | null };

export type SpeechCheck = {
  ok: boolean;
  /** Per part of the rule: how many are assigned against how many are wanted. */
  parts: { label: string; wanted: number; assigned: number }[];
  /** Vietnamese lines: "Còn thiếu 1 tham luận của Đoàn thể", "Thừa 1 tham luận của Cá nhân". */
  messages: string[];
};

const matches = (part: SpeechRule['parts'][number], s: AssignedSpeech) =>
  part.kind === s.kind && (part.kind === 'individual' || part.unitType === s.unitType);

/** Checks assigned speeches against the conference's composition rule (cơ cấu tham luận). */
export function checkSpeechComposition(rule: SpeechRule, speeches: AssignedSpeech[]): SpeechCheck {
  const parts = rule.parts.map((p) => ({
    label: p.label,
    wanted: p.count,
    assigned: speeches.filter((s) => matches(p, s)).length,
  }));
  const messages: string[] = [];
  for (const p of parts) {
    // "Đoàn thể" → "đoàn thể", keeping abbreviations such as TDP
    const label = p.label.charAt(0).toLocaleLowerCase('vi') + p.label.slice(1);
    if (p.assigned < p.wanted) messages.push(`Còn thiếu ${p.wanted - p.assigned} tham luận của ${label}`);
    if (p.assigned > p.wanted) messages.push(`Thừa ${p.assigned - p.wanted} tham luận của ${label}`);
  }
  const outside = speeches.filter((s) => !rule.parts.some((p) => matches(p, s))).length;
  if (rule.parts.length > 0 && outside > 0) messages.push(`${outside} tham luận không thuộc cơ cấu đã định`);
  if (speeches.length > rule.total)
    messages.push(`Tổng số tham luận (${speeches.length}) vượt quá ${rule.total}`);
  if (rule.parts.length === 0 && speeches.length < rule.total) {
    messages.push(`Còn thiếu ${rule.total - speeches.length} tham luận`);
  }
  return { ok: messages.length === 0, parts, messages };
}
