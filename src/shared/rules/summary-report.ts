import type { ReportSections } from '../schemas/nominations';
import type { ConferenceFigures, StatisticRow, SummarySectionKey } from '../schemas/summary-report';
import { percentOf } from './dashboard';

/**
 * Báo cáo tổng kết — the pure rules of the compiler: which unit-report section feeds which
 * section of the report, the draft quoted per unit ("TDP số 1: …"), the shares and the lines
 * comparing with the previous conference, and how a section's plain text splits into paragraphs
 * and bullets. Shares use the dashboard's percentOf (one decimal), so both show the same numbers.
 */

/** Người trực tiếp lao động, sản xuất: the occupation groups counted as such (Decree 98/2023, art. 4). */
export const DIRECT_WORKER_GROUPS: readonly string[] = ['worker', 'farmer', 'direct_producer'];

export const isDirectWorker = (occupationGroup: string | null | undefined): boolean =>
  occupationGroup != null && DIRECT_WORKER_GROUPS.includes(occupationGroup);

/** The unit-report section each report section quotes (null: the office writes it alone). */
export const SECTION_SOURCE: Record<SummarySectionKey, keyof ReportSections | null> = {
  movements: 'movements',
  commendations: 'commendations',
  leadership: 'leadership',
  shortcomings: 'shortcomings',
  lessons: 'lessons',
  goals: null,
  contents: 'directions',
  solutions: null,
};

export type UnitReportText = { unitName: string; sections: Partial<ReportSections> };

/** One paragraph per unit that wrote something: "TDP số 1: …" (its own blank lines joined). */
export function quoteUnits(key: SummarySectionKey, units: readonly UnitReportText[]): string {
  const source = SECTION_SOURCE[key];
  if (!source) return '';
  return units
    .map((u) => ({ name: u.unitName.trim(), text: (u.sections[source] ?? '').replace(/\s+/g, ' ').trim() }))
    .filter((u) => u.text)
    .map((u) => `${u.name}: ${u.text}`)
    .join('\n\n');
}

/** "12 tập thể, 30 cá nhân" — the parts that are not zero. */
function countsPhrase(collectives: number, individuals: number): string {
  const parts = [
    collectives ? `${collectives} tập thể` : '',
    individuals ? `${individuals} cá nhân` : '',
  ].filter(Boolean);
  return parts.join(', ') || '0';
}

/** "85,7%" as Vietnamese writes a share. */
export const percentWords = (p: number | null) => (p === null ? '—' : `${String(p).replace('.', ',')}%`);

/** The figures the commendations section opens with (before the units' quotes). */
export function figuresLines(f: ConferenceFigures): string[] {
  const lines = [
    `Các đơn vị đã gửi ${f.nominations} hồ sơ đề nghị khen thưởng (${countsPhrase(f.collectives, f.individuals)}).`,
  ];
  if (f.honoured > 0) lines.push(`Số tập thể, cá nhân được khen thưởng theo quyết định: ${f.honoured}.`);
  const forms = f.byForm.filter((r) => r.nominations > 0 || r.honoured > 0);
  for (const r of forms)
    lines.push(`- ${r.label}: ${r.nominations} đề nghị${f.honoured > 0 ? `, ${r.honoured} được khen` : ''}.`);
  if (f.directWorkers.of > 0)
    lines.push(
      `Người trực tiếp lao động, sản xuất: ${f.directWorkers.count}/${f.directWorkers.of} cá nhân, chiếm ${percentWords(f.directWorkers.percent)}.`,
    );
  return lines;
}

/** "tăng 5 (12,5%)", "giảm 3 (…)", "bằng" — a change from `before` to `now`. */
export function changeText(now: number, before: number): string {
  if (now === before) return 'bằng';
  const diff = now - before;
  const share = before > 0 ? ` (${percentWords(percentOf(Math.abs(diff), before))})` : '';
  return `${diff > 0 ? 'tăng' : 'giảm'} ${Math.abs(diff)}${share}`;
}

/** The lines comparing this conference with the organizer's previous one. */
export function comparisonLines(now: ConferenceFigures, before: ConferenceFigures | null): string[] {
  if (!before) return [];
  const line = (what: string, a: number, b: number) =>
    `- ${what}: ${a}, ${changeText(a, b)} so với ${before.conferenceName} (${before.period}: ${b}).`;
  const lines = [
    `So sánh với ${before.conferenceName} (${before.period}):`,
    line('Số hồ sơ đề nghị khen thưởng', now.nominations, before.nominations),
    line('Số tập thể, cá nhân được khen thưởng', now.honoured, before.honoured),
  ];
  if (now.directWorkers.percent !== null && before.directWorkers.percent !== null)
    lines.push(
      `- Tỷ lệ người trực tiếp lao động, sản xuất: ${percentWords(now.directWorkers.percent)} (${before.period}: ${percentWords(before.directWorkers.percent)}).`,
    );
  return lines;
}

/** The compiled draft of a section: the figures for the commendations, then the units' quotes. */
export function sectionDraft(
  key: SummarySectionKey,
  units: readonly UnitReportText[],
  figures: { now: ConferenceFigures; before: ConferenceFigures | null } | null,
): string {
  const head =
    key === 'commendations' && figures
      ? [...figuresLines(figures.now), ...comparisonLines(figures.now, figures.before)].join('\n')
      : '';
  return [head, quoteUnits(key, units)].filter(Boolean).join('\n\n');
}

/** The direct workers' share among individuals: honoured ones once the decision honoured any, else nominated. */
export function directWorkerShare(
  byGroup: readonly Pick<StatisticRow, 'key' | 'nominations' | 'honoured'>[],
  honoured: boolean,
): ConferenceFigures['directWorkers'] {
  const pick = (r: Pick<StatisticRow, 'nominations' | 'honoured'>) => (honoured ? r.honoured : r.nominations);
  const individuals = byGroup.filter((r) => r.key !== 'collective');
  const of = individuals.reduce((s, r) => s + pick(r), 0);
  const count = individuals.filter((r) => isDirectWorker(r.key)).reduce((s, r) => s + pick(r), 0);
  return { count, of, percent: of > 0 ? percentOf(count, of) : null };
}

export type ProsePart =
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; marker: '-' | '+'; text: string };

/**
 * A section's plain text as the document lays it out: paragraphs split by blank lines, a line
 * starting with "- " or "+ " a bullet; other lines of a paragraph joined with a space.
 */
export function proseParts(text: string): ProsePart[] {
  const out: ProsePart[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let para: string[] = [];
    const flush = () => {
      if (para.length) out.push({ kind: 'paragraph', text: para.join(' ') });
      para = [];
    };
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const bullet = /^([-+])\s+(.*)$/u.exec(line);
      if (bullet) {
        flush();
        out.push({ kind: 'bullet', marker: bullet[1] as '-' | '+', text: bullet[2]! });
      } else para.push(line);
    }
    flush();
  }
  return out;
}

/** The text a section prints: the office's body, else the compiled draft. */
export const sectionText = (s: { body: string; draft: string }) => (s.body.trim() ? s.body : s.draft);

/** The agenda item that presents the report: a 'report' item titled "Báo cáo tổng kết…". */
export const isSummaryReportItem = (item: { kind: string; title: string }) =>
  item.kind === 'report' && /^\s*báo cáo tổng kết/iu.test(item.title.normalize('NFC'));
