// The Vietnamese sentence of each finding — "Cần 3 năm liên tục đạt Chiến sĩ thi đua cơ sở
// (CSTD-CS) trước năm 2025; thiếu các năm 2022, 2024" — and the label of each register row it
// rests on. Server-side: the nomination page, the unit's send, the voting card and the exports
// all say the same words.
import { formatDate } from '../../../shared/rules/display-format';
import type { Finding, RuleOfForm } from '../../../shared/rules/eligibility';

/** The register row as a finding cites it. */
export type EvidenceHonour = {
  id: string;
  formCode: string;
  formName: string;
  year: number;
  decisionNumber: string;
  decisionDate: string;
};

export type MessageContext = {
  /** The year the nominee would be honoured for. */
  year: number;
  /** Form code → name (the organizer's catalogue and its conferences' forms). */
  formNames: ReadonlyMap<string, string>;
  /** The register rows by id (the evidence's full facts). */
  honours: ReadonlyMap<string, EvidenceHonour>;
  /** Why discipline is pending, as the register notes it. */
  disciplineNote: string;
};

/** "Chiến sĩ thi đua cơ sở (CSTD-CS)", several joined by "hoặc". */
export function formsText(codes: readonly string[], names: ReadonlyMap<string, string>): string {
  return codes.map((c) => (names.get(c) ? `${names.get(c)} (${c})` : c)).join(' hoặc ');
}

/** "Giấy khen năm 2024 (QĐ 15/QĐ-UBND ngày 12/03/2024)". */
export function honourLabel(h: EvidenceHonour): string {
  const day = formatDate(h.decisionDate);
  return `${h.formName || h.formCode} năm ${h.year} (QĐ ${h.decisionNumber}${day ? ` ngày ${day}` : ''})`;
}

const yearsList = (years: readonly number[]) => `${years.length > 1 ? 'các năm' : 'năm'} ${years.join(', ')}`;
const span = (first: number, last: number) => (first === last ? `năm ${first}` : `các năm ${first}–${last}`);

function labels(f: Finding, ctx: MessageContext): string {
  return [...f.evidence]
    .sort((a, b) => b.year - a.year)
    .map((e) => {
      const h = ctx.honours.get(e.id);
      return h ? honourLabel(h) : `${e.formCode} năm ${e.year} (QĐ ${e.decisionNumber})`;
    })
    .join('; ');
}

function sentence(f: Finding, rule: RuleOfForm, ctx: MessageContext): string {
  const p = rule.params;
  const forms = formsText(f.forms, ctx.formNames);
  const y = ctx.year;
  switch (p.kind) {
    case 'requires_prior': {
      const window = span(y - p.years, p.includeSameYear ? y : y - 1);
      const times = p.count > 1 ? `ít nhất ${p.count} lần ` : '';
      if (f.ok) return `Đã có ${f.found} lần ${forms} trong ${window}`;
      const have = f.found === 0 ? 'sổ khen thưởng chưa ghi lần nào' : `mới có ${f.found} lần`;
      return `Cần ${times}${forms} trong ${window}; ${have}`;
    }
    case 'consecutive':
      return f.ok
        ? `Đủ ${p.years} năm liên tục đạt ${forms} (${span(y - p.years, y - 1)})`
        : `Cần ${p.years} năm liên tục đạt ${forms} trước năm ${y}; thiếu ${yearsList(f.missingYears)}`;
    case 'min_gap':
      return f.ok
        ? `Chưa được ${forms} trong ${p.years} năm gần đây (từ năm ${y - p.years + 1})`
        : `Đã được ${labels(f, ctx)}; cần cách ít nhất ${p.years} năm`;
    case 'one_achievement':
      return f.ok
        ? 'Thành tích chưa được khen thưởng lần nào'
        : `Thành tích này đã được khen thưởng: ${labels(f, ctx)}; mỗi thành tích chỉ được khen một lần`;
    case 'discipline_block': {
      if (f.ok) return 'Không đang bị xem xét kỷ luật';
      const why = ctx.disciplineNote.trim();
      return `Đang bị xem xét kỷ luật hoặc thanh tra, kiểm tra${why ? ` (${why})` : ''}: chưa được đề nghị khen thưởng`;
    }
  }
}

/** The finding in words; an example rule (not law) says so. */
export function findingMessage(f: Finding, rule: RuleOfForm, ctx: MessageContext): string {
  return `${sentence(f, rule, ctx)}${rule.isExample ? ' (ví dụ)' : ''}`;
}
