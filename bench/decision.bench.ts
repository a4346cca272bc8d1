// decision_300_ms: the Quyết định khen thưởng with 300 honorees (danh sách kèm theo grouped by
// award form, a prize per row, totals in figures and words) built by decisionDocument and
// rendered as DOCX and as PDF by the renderers the documents route uses — pure rendering from
// prepared data, no database. Median of 3 runs of each after a warm-up; the larger of the two
// medians is the value, both are in the note. Each run checks the output reads back.

import {
  BASE_SALARIES,
  CSTD,
  FORMS,
  GKCN,
  TDPVH,
  vanYenHeader,
} from '../src/server/documents/builder-fixtures';
import { decisionDocument } from '../src/server/documents/decision';
import { renderDocx } from '../src/server/documents/render-docx';
import { renderPdf } from '../src/server/documents/render-pdf';
import type { HonoreeEntry } from '../src/shared/rules/honorees';
import { prizesAsOf } from '../src/shared/rules/prize-money';
import { type BenchResult, median, round, saveResults } from './lib/results';

const COUNT = 300;
const RUNS = 3;
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Đình', 'Đức', 'Thị Thu', 'Hữu', 'Ngọc', 'Thanh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hường', 'Hải', 'Lan', 'Long', 'Mai', 'Nga', 'Phúc', 'Quỳnh'];

function honorees(): HonoreeEntry[] {
  return Array.from({ length: COUNT }, (_, i) => {
    if (i % 10 === 0) {
      return {
        ...TDPVH,
        name: `Tổ dân phố Đồng Ích ${i / 10 + 1}`,
        kind: 'collective',
        unitName: `Tổ dân phố ${i / 10 + 1}`,
        position: '',
      };
    }
    const form = i % 3 === 0 ? CSTD : GKCN;
    return {
      ...form,
      name: `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`,
      kind: 'individual',
      unitName: `Tổ dân phố ${(i % 24) + 1}`,
      position: 'Tổ trưởng tổ dân phố',
    };
  });
}

async function timed(fn: () => Promise<Buffer>, check: (b: Buffer) => void): Promise<number> {
  const t0 = performance.now();
  const out = await fn();
  const ms = performance.now() - t0;
  check(out);
  return ms;
}

async function main() {
  const list = honorees();
  const pricing = { baseSalaries: BASE_SALARIES, day: '2026-07-15', rounding: 'none' as const };
  const input = { header: vanYenHeader(), date: '2026-07-15', number: 25 };
  const build = () => decisionDocument({ ...input, prizes: prizesAsOf(list, FORMS, pricing) });
  const zip = (b: Buffer) => {
    if (b.subarray(0, 2).toString() !== 'PK') throw new Error('not a DOCX');
  };
  const pdf = (b: Buffer) => {
    if (b.subarray(0, 5).toString() !== '%PDF-') throw new Error('not a PDF');
  };
  await renderDocx(build());
  await renderPdf(build());
  const docx: number[] = [];
  const pdfs: number[] = [];
  let pdfBytes = 0;
  let docxBytes = 0;
  for (let r = 0; r < RUNS; r++) {
    docx.push(
      await timed(
        async () => renderDocx(build()),
        (b) => {
          zip(b);
          docxBytes = b.length;
        },
      ),
    );
    pdfs.push(
      await timed(
        async () => renderPdf(build()),
        (b) => {
          pdf(b);
          pdfBytes = b.length;
        },
      ),
    );
  }
  const d = median(docx);
  const p = median(pdfs);
  const results: Record<string, BenchResult> = {
    decision_300_ms: {
      value: round(Math.max(d, p)),
      unit: 'ms',
      goal: 1000,
      better: 'lower',
      engine: 'none',
      note: `QĐ khen thưởng with ${COUNT} honorees (3 award forms, collectives first, prize per row, totals in figures and words), built and rendered from prepared data: DOCX ${round(d)} ms (${round(docxBytes / 1024)} KB), PDF ${round(p)} ms (${round(pdfBytes / 1024)} KB); larger of the two medians of ${RUNS} (DOCX ${docx.map((x) => round(x)).join('/')}, PDF ${pdfs.map((x) => round(x)).join('/')} ms) after a warm-up`,
    },
  };
  saveResults(results);
}

await main();
