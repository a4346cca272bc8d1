// certificates_1000_ms: 1,000 giấy khen (landscape A4, design mode: border, national header,
// title, honoree, achievement, decision line, signer block) rendered into one PDF by
// src/server/documents/certificate.ts — the pure renderer the batch download route calls, no
// database. Median of 3 runs after a 50-page warm-up; each run checks the PDF has 1,000 pages.
//
// libreoffice_ratio (DESIGN.md): seconds per certificate for LibreOffice headless converting a
// batch of 50 certificate DOCX files (made with `docx`, the same wording) in one process ÷ our
// seconds per certificate in the 1,000 batch, both measured in this run. Needs `soffice` or
// `libreoffice` on PATH; with BENCH_INSTALL_LIBREOFFICE=1 the bench installs
// libreoffice-writer-nogui with apt-get first. Without LibreOffice the key is not written.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, TextRun } from 'docx';
import {
  type CertificateIssue,
  type CertificateRecipient,
  decisionLine,
  renderCertificates,
} from '../src/server/documents/certificate';
import { placeAndDate } from '../src/shared/rules/vietnamese-date';
import { pdfPageCount, SAMPLE_POSITIONS, SAMPLE_UNITS, sampleName } from './lib/people';
import { type BenchResult, median, round, saveResults } from './lib/results';

const COUNT = 1000;
const RUNS = 3;
const LO_BATCH = 50;

const issue: CertificateIssue = {
  parentAgency: 'UBND thành phố Hà Tĩnh',
  issuingAgency: 'UBND phường Văn Yên',
  title: 'Giấy khen',
  awardingLine: 'Chủ tịch Ủy ban nhân dân phường Văn Yên',
  achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025',
  decisionNumber: '25',
  decisionCode: 'QĐ-UBND',
  decisionDate: '2020-03-28',
  issuePlace: 'Văn Yên',
  issuedOn: '2020-03-28',
  signer: { authorityLine: '', title: 'Chủ tịch', name: 'Lê Đình Thắng' },
};

function recipients(count: number): CertificateRecipient[] {
  return Array.from({ length: count }, (_, i) =>
    i % 10 === 0
      ? {
          kind: 'collective',
          salutation: '',
          name: `${SAMPLE_UNITS[i % SAMPLE_UNITS.length]} (tập thể ${i})`,
          position: '',
          unitName: 'Phường Văn Yên',
        }
      : {
          kind: 'individual',
          salutation: i % 3 === 1 ? 'Bà' : 'Ông',
          name: sampleName(i),
          position: SAMPLE_POSITIONS[i % SAMPLE_POSITIONS.length]!,
          unitName: SAMPLE_UNITS[(i * 3) % SAMPLE_UNITS.length]!,
        },
  );
}

/** A plain certificate as an editable Word file: the same wording, centred, Times New Roman. */
async function certificateDocx(r: CertificateRecipient): Promise<Buffer> {
  const p = (text: string, o: { size: number; bold?: boolean; italics?: boolean; before?: number }) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: o.before ?? 0 },
      children: [
        new TextRun({ text, font: 'Times New Roman', size: o.size * 2, bold: o.bold, italics: o.italics }),
      ],
    });
  const name = r.kind === 'individual' ? `${r.salutation} ${r.name}` : r.name;
  const detail = [r.position, r.unitName].filter(Boolean).join(' - ');
  const doc = new Document({
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE, width: 16838, height: 11906 },
            margin: { top: 1000, bottom: 800, left: 1100, right: 1100 },
          },
        },
        children: [
          p('UBND PHƯỜNG VĂN YÊN', { size: 12, bold: true }),
          p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true }),
          p('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true }),
          p('GIẤY KHEN', { size: 40, bold: true, before: 400 }),
          p(issue.awardingLine.toLocaleUpperCase('vi'), { size: 16, bold: true, before: 200 }),
          p('Tặng', { size: 16, bold: true, italics: true, before: 200 }),
          p(name, { size: 24, bold: true }),
          p(detail, { size: 14, italics: true }),
          p(issue.achievement, { size: 15, before: 120 }),
          p(placeAndDate(issue.issuePlace, issue.issuedOn), { size: 13, italics: true, before: 300 }),
          p('CHỦ TỊCH', { size: 14, bold: true }),
          p(issue.signer.name, { size: 14, bold: true, before: 1200 }),
          p(decisionLine(issue), { size: 13, italics: true, before: 200 }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function findOffice(): string | null {
  for (const bin of ['soffice', 'libreoffice']) {
    if (spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0) return bin;
  }
  return null;
}

function ensureOffice(): string | null {
  const found = findOffice();
  if (found || process.env.BENCH_INSTALL_LIBREOFFICE !== '1') return found;
  console.log('BENCH_INSTALL_LIBREOFFICE=1: apt-get install -y libreoffice-writer-nogui …');
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'libreoffice-writer-nogui'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      timeout: 150_000,
    });
  } catch (err) {
    console.log(`apt-get install failed: ${(err as Error).message}`);
  }
  return findOffice();
}

/** Seconds per certificate for LibreOffice converting LO_BATCH DOCX files in one process. */
async function libreOfficeSecondsPerCertificate(office: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'vd-lo-'));
  try {
    const inDir = join(dir, 'in');
    const outDir = join(dir, 'out');
    mkdirSync(inDir);
    mkdirSync(outDir);
    const files: string[] = [];
    for (const [i, r] of recipients(LO_BATCH).entries()) {
      const file = join(inDir, `giay-khen-${i + 1}.docx`);
      writeFileSync(file, await certificateDocx(r));
      files.push(file);
    }
    // A private profile so a running office or a first-start wizard does not interfere.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    const started = performance.now();
    execFileSync(office, [profile, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      stdio: 'ignore',
      timeout: 150_000,
    });
    const seconds = (performance.now() - started) / 1000;
    const made = readdirSync(outDir).filter((f) => f.endsWith('.pdf')).length;
    if (made !== LO_BATCH) throw new Error(`LibreOffice made ${made} PDFs, not ${LO_BATCH}`);
    console.log(
      `LibreOffice: ${LO_BATCH} DOCX → PDF in ${round(seconds, 2)} s (one process, cold start included)`,
    );
    return seconds / LO_BATCH;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  await renderCertificates(issue, recipients(50), { mode: 'design' });
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const list = recipients(COUNT);
    const started = performance.now();
    const pdf = await renderCertificates(issue, list, { mode: 'design' });
    const ms = performance.now() - started;
    const pages = pdfPageCount(pdf);
    if (pages !== COUNT) throw new Error(`run ${run + 1}: the PDF has ${pages} pages, not ${COUNT}`);
    bytes = pdf.length;
    times.push(ms);
    console.log(`lần ${run + 1}: ${round(ms)} ms, ${pages} trang, ${round(pdf.length / 1024 / 1024, 2)} MB`);
  }
  const ours = median(times);
  const results: Record<string, BenchResult> = {
    certificates_1000_ms: {
      value: round(ours),
      unit: 'ms',
      goal: 1000,
      better: 'lower',
      engine: 'none',
      note: `1,000 giấy khen, landscape A4, design mode (border, header, signer block drawn once as a form XObject; per page the honoree's lines, each fitted to its box) into one PDF of ${round(bytes / 1024 / 1024, 1)} MB, pure renderer, median of ${RUNS} (${times.map((t) => round(t)).join('/')} ms) after a 50-page warm-up`,
    },
  };
  const office = ensureOffice();
  if (!office) {
    console.log(
      'libreoffice_ratio: skipped — neither soffice nor libreoffice is on PATH (set BENCH_INSTALL_LIBREOFFICE=1 to apt-get install libreoffice-writer-nogui)',
    );
  } else {
    const lo = await libreOfficeSecondsPerCertificate(office);
    const perOurs = ours / 1000 / COUNT;
    results.libreoffice_ratio = {
      value: round(lo / perOurs),
      unit: '×',
      goal: 100,
      better: 'higher',
      engine: 'none',
      note: `LibreOffice headless (${office}) converting ${LO_BATCH} certificate DOCX files in one process: ${round(lo * 1000)} ms per certificate (cold start included) ÷ ours ${round(perOurs * 1000, 3)} ms per certificate in the 1,000 batch, same run`,
    };
  }
  saveResults(results);
}

await main();
