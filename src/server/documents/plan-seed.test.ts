// The KH generated for the demo conference, read back from the DOCX and the PDF, compared line
// by line with the real plan it reproduces (seed 000_a1186e9dc40ee7d5.txt, phường Văn Yên
// 2020–2025): the same words in the same order, except for the deliberate differences listed
// below, each with its reason. The seed text starts at the title ("KẾ HOẠCH"): the header block
// (agencies, number, national motto, place and date) is the format's and is checked by
// render.test.ts and plan-document.test.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../tests/helpers/docx';
import { pdfPagesText } from '../../../tests/helpers/pdf';
import { planBaseSchema } from '../../shared/schemas/plan';
import { vanYenMilestones, vanYenOrganization, vanYenPlan } from '../seed/van-yen';
import { planDocument } from './plan-document';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';

/** The seed's text, copied unchanged from 000_a1186e9dc40ee7d5.txt into the repository. */
const SEED_PATH = fileURLToPath(new URL('../../../tests/fixtures/seed-000-plan.txt', import.meta.url));

const norm = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** Lines of the seed that a page break cut in two: joined (the break is the paper's, not the words'). */
const PAGE_BREAK_SPLITS = [
  ['Đại hội Đảng bộ', 'tỉnh lần thứ XIX tiến tới'],
  ['qua theo dõi thực', 'hiện các phong trào thi đua;'],
] as const;

type Deliberate = { seed: string; generated: string | null; reason: string };

/**
 * Where the generated KH deliberately reads otherwise than the seed. `seed` is the whole seed
 * line (after whitespace normalization), `generated` what the KH writes instead (null: nothing).
 * Each entry must be used exactly once, so the list cannot outlive the difference it explains.
 */
const DELIBERATE: readonly Deliberate[] = [
  {
    seed: '1. Những nội dung tập trung từ nay đến Hội nghị điển hình tiên tiến phường giai đoạn 2020-2025',
    generated:
      '1. Những nội dung tập trung từ nay đến Hội nghị điển hình tiên tiến phường giai đoạn 2020 - 2025',
    reason: 'the seed writes the period "2020 - 2025" in its title and name but "2020-2025" here: one form',
  },
  {
    seed: '2.1 Hình thức tổ chức: "Hội nghị điển hình tiên tiến".',
    generated: '2.1. Hình thức tổ chức: "Hội nghị điển hình tiên tiến".',
    reason: 'sub-numbers end with a dot as the seed\'s own "5.1." do (Decree 30 numbering)',
  },
  {
    seed: '2.2 Thời gian tổ chức: Một buổi, dự kiến trong Quý I năm 2020.',
    generated: '2.2. Thời gian tổ chức: Một buổi, dự kiến trong Quý I năm 2020.',
    reason: 'sub-numbers end with a dot (as above)',
  },
  {
    seed: '2.3 Thành phần và số lượng đại biểu:',
    generated: '2.3. Thành phần và số lượng đại biểu:',
    reason: 'sub-numbers end with a dot (as above)',
  },
  {
    seed: '- Phân phương hướng nhiệm vụ:',
    generated: '- Phần phương hướng nhiệm vụ:',
    reason: 'typo in the seed ("Phân" for "Phần", the pair of "Phần tổng kết")',
  },
  {
    seed: 'Văn Yên, ngày....tháng 03 năm 2020',
    generated: 'Văn Yên, ngày....tháng 3 năm 2020',
    reason: 'Decree 30 pads only months 1 and 2 with a zero; the shared date rule keeps that',
  },
  ...[
    ['1, Xây dựng', '1. Xây dựng'],
    ['2, Các ban ngành', '2. Các ban ngành'],
    ['3, Hội đồng TĐKT', '3. Hội đồng TĐKT'],
    ['3, Chuẩn bị', '4. Chuẩn bị'],
    ['4, Tổ chức Hội nghị.', '5. Tổ chức Hội nghị.'],
  ].map(([from, to]) => ({
    seed: from!,
    generated: to!,
    reason: 'the seed numbers steps "1," and repeats "3,": numbers are computed, "1."–"5."',
  })),
  {
    seed: 'III. TỔ CHỨC THỰC HIỆN:',
    generated: 'IV. TỔ CHỨC THỰC HIỆN:',
    reason: 'the seed numbers two sections "III.": sections are numbered in sequence',
  },
  {
    seed: '1, Dự kiến thời gian:',
    generated: '1. Dự kiến thời gian:',
    reason: 'numbers end with a dot as in sections I and II of the seed',
  },
  {
    seed: '2, Phân công trách nhiệm:',
    generated: '2. Phân công trách nhiệm:',
    reason: 'numbers end with a dot (as above)',
  },
  {
    seed: '- Từ 18 – 20/3/2020:',
    generated: '- Từ ngày 18-20/3/2020:',
    reason:
      'the seed writes its date ranges three ways; every range is written as its first, "Từ ngày 15-17/3/2020"',
  },
  {
    seed: '- Ngày 25 - 27/3/2020:',
    generated: '- Từ ngày 25-27/3/2020:',
    reason: 'one form for a date range (as above)',
  },
  {
    seed: '- Văn phòng Cấp ủy Chính quyền phường, Thư ký Hội đồng TĐKT: phối hợp',
    generated: '- Văn phòng Cấp ủy Chính quyền phường, Thư ký Hội đồng TĐKT phối hợp',
    reason:
      'a colon follows the party only before duties written as a sentence ("…: Chỉ đạo"), not before "phối hợp" as in 3 other entries',
  },
  {
    seed: '**TM. ỦY BAN NHÂN DÂN',
    generated: 'TM. ỦY BAN NHÂN DÂN',
    reason: 'the "**" is the text export\'s mark for bold, not words',
  },
  { seed: 'CHỦ TỊCH**', generated: 'CHỦ TỊCH', reason: 'bold mark of the export (as above)' },
];

/** The seed's lines as the KH must read them: page breaks joined, deliberate differences applied. */
function expectedLines(): { lines: string[]; unused: string[] } {
  const raw = readFileSync(SEED_PATH, 'utf8').split('\n').map(norm).filter(Boolean);
  const joined: string[] = [];
  for (const line of raw) {
    const split = PAGE_BREAK_SPLITS.find(
      ([end, start]) => joined.at(-1)?.endsWith(end) && line.startsWith(start),
    );
    if (split) joined[joined.length - 1] = `${joined.at(-1)} ${line}`;
    else joined.push(line);
  }
  const used = new Set<Deliberate>();
  const lines = joined.flatMap((line) => {
    // A prefix names a long line; the rest of the line must then match as it is.
    const d = DELIBERATE.find((x) => line.startsWith(x.seed));
    if (!d) return [line];
    used.add(d);
    if (d.generated === null) return [];
    return [`${d.generated}${line.slice(d.seed.length)}`];
  });
  return { lines, unused: DELIBERATE.filter((d) => !used.has(d)).map((d) => d.seed) };
}

/** Lines only in `expected` ("- …") or only in `actual` ("+ …"), by longest common subsequence. */
function lineDiff(expected: readonly string[], actual: readonly string[]): string[] {
  const n = expected.length;
  const m = actual.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] =
        expected[i] === actual[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let [i, j] = [0, 0];
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) [i, j] = [i + 1, j + 1];
    else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) out.push(`+ ${actual[j++]}`);
    else out.push(`- ${expected[i++]}`);
  }
  return out;
}

/**
 * The PDF breaks lines where the page is full, not where the seed does: its text is read as one
 * stream and each expected line must come next in it; a line that does not is reported and the
 * reading resumes where the following line is found.
 */
function streamDiff(expected: readonly string[], stream: string): string[] {
  const out: string[] = [];
  let at = 0;
  expected.forEach((line, k) => {
    if (stream.startsWith(line, at)) {
      at += line.length;
      if (stream[at] === ' ') at += 1;
      return;
    }
    out.push(`- ${line}`);
    const next = expected[k + 1];
    const found = next ? stream.indexOf(next, at) : -1;
    if (found >= 0) {
      out.push(`+ ${stream.slice(at, found).trim()}`);
      at = found;
    }
  });
  return out;
}

const plan = planBaseSchema.parse(vanYenPlan(() => null));
const kh = planDocument({ plan, milestones: vanYenMilestones, organization: vanYenOrganization });

describe('the demo KH against the seed plan, line by line', () => {
  const { lines: expected, unused } = expectedLines();
  let docxLines: string[];
  let pdfStream: string;
  beforeAll(async () => {
    const paragraphs = (await readDocx(await renderDocx(kh))).paragraphs
      .map((p) => norm(p.text))
      .filter(Boolean);
    docxLines = paragraphs.slice(paragraphs.indexOf('KẾ HOẠCH'));
    const pages = await pdfPagesText(await renderPdf(kh));
    // Page furniture: the number printed on every page but the first.
    const text = pages
      .map((page, i) =>
        i === 0
          ? page
          : page
              .split('\n')
              .filter((l) => l.trim() !== String(i + 1))
              .join('\n'),
      )
      .join('\n');
    const flat = norm(text);
    pdfStream = flat.slice(flat.indexOf('KẾ HOẠCH'));
  });

  it('every deliberate difference is still one', () => {
    expect(unused).toEqual([]);
    expect(expected[0]).toBe('KẾ HOẠCH');
    expect(expected.at(-1)).toBe('Lê Đình Thắng');
  });

  it("DOCX: the seed's lines, in order, with the same words", () => {
    expect(docxLines.every((l) => l === l.normalize('NFC'))).toBe(true);
    expect(lineDiff(expected, docxLines)).toEqual([]);
  });

  it("PDF: the seed's lines, in order, with the same words", () => {
    expect(pdfStream).toBe(pdfStream.normalize('NFC'));
    expect(streamDiff(expected, pdfStream)).toEqual([]);
    expect(pdfStream.endsWith(expected.at(-1)!)).toBe(true);
  });
});
