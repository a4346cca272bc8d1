// The layout rules of Decree 30 (Appendix I) as a clerk would check them in Word and on paper:
// A4, margins, Times New Roman and its sizes, the underlined motto, page numbers from page 2;
// and the model's helpers (number line, recipients, signing stamp).
import { getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DocxPackage, type DocxParagraph, readDocx } from '../../../tests/helpers/docx';
import { pdfPagesText } from '../../../tests/helpers/pdf';
import { planBaseSchema } from '../../shared/schemas/plan';
import { vanYenMilestones, vanYenOrganization, vanYenPlan } from '../seed/van-yen';
import {
  documentNumberLine,
  issuingAgencyLine,
  type OfficialDocument,
  recipientLines,
  signingTimeLine,
} from './model';
import { planDocument } from './plan-document';
import { renderDocx, twips } from './render-docx';
import { renderPdf } from './render-pdf';

describe('model helpers', () => {
  it.each([
    [5, 'KH-UBND', 'Số: 05/KH-UBND'],
    [9, 'QĐ-UBND', 'Số: 09/QĐ-UBND'],
    [10, 'TTr-HĐTĐKT', 'Số: 10/TTr-HĐTĐKT'],
    [138, 'KH-UBND', 'Số: 138/KH-UBND'],
  ])('number %i, code %s → %s', (n, code, out) => {
    expect(documentNumberLine(n, code)).toBe(out);
  });

  it('leaves a blank for a number to be written by hand', () => {
    expect(documentNumberLine(null, 'KH-UBND')).toMatch(/^Số:\u00a0+\/KH-UBND$/u);
  });

  it('writes the issuing agency in full, upper case', () => {
    expect(issuingAgencyLine('UBND phường Văn Yên')).toBe('ỦY BAN NHÂN DÂN PHƯỜNG VĂN YÊN');
    expect(issuingAgencyLine('Hội đồng Thi đua - Khen thưởng phường')).toBe(
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG PHƯỜNG',
    );
  });

  it('ends the recipients with "- Lưu: VT, …." and every other line with ";"', () => {
    expect(recipientLines(['Như trên;', 'Lưu: VT, VP', 'Chủ tịch UBND'])).toEqual([
      '- Như trên;',
      '- Chủ tịch UBND;',
      '- Lưu: VT, VP.',
    ]);
    expect(recipientLines(['Các đơn vị'])).toEqual(['- Các đơn vị;', '- Lưu: VT.']);
  });

  it('prints the signing stamp in Vietnam time', () => {
    expect(signingTimeLine('2020-03-18T17:08:42+07:00')).toBe('Giờ ký: 18/3/2020 5:08:42 PM');
    expect(signingTimeLine('2020-03-18T17:08:42Z')).toBe('Giờ ký: 19/3/2020 12:08:42 AM');
    expect(signingTimeLine('2020-03-18T05:00:00Z')).toBe('Giờ ký: 18/3/2020 12:00:00 PM');
  });
});

/** A decision-like document with a legal basis, a long table and an appendix. */
const decision: OfficialDocument = {
  type: 'QĐ',
  parentAgency: '',
  issuingAgency: 'UBND phường Văn Yên',
  number: 7,
  code: 'QĐ-UBND',
  place: 'Văn Yên',
  date: '2020-03-05',
  title: 'Quyết định',
  summary: ['Về việc khen thưởng các tập thể, cá nhân điển hình tiên tiến'],
  legalBasis: ['Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', 'Nghị định số 152/2025/NĐ-CP'],
  body: [
    {
      kind: 'heading',
      level: 2,
      number: 'Điều 1.',
      text: 'Tặng Giấy khen cho 60 cá nhân (có danh sách kèm theo).',
    },
    {
      kind: 'paragraph',
      text: [{ text: 'Mỗi cá nhân được thưởng ' }, { text: '759.000 đồng', bold: true }, { text: '.' }],
    },
  ],
  signature: { authorityLine: 'TM. Ủy ban nhân dân', title: 'Chủ tịch', name: 'Lê Đình Thắng' },
  recipients: ['Như Điều 3', 'Lưu: VT, VP'],
  appendices: [
    {
      title: 'Danh sách cá nhân được khen thưởng',
      subtitle: ['(Kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 3 năm 2020 của UBND phường Văn Yên)'],
      blocks: [
        {
          kind: 'table',
          columns: [
            { title: 'TT', width: 1, align: 'center' },
            { title: 'Họ và tên', width: 4 },
            { title: 'Số tiền (đồng)', width: 2, align: 'right' },
          ],
          rows: Array.from({ length: 60 }, (_, i) => [String(i + 1), `Nguyễn Thị Hường ${i + 1}`, '759.000']),
          footer: ['', 'Tổng cộng', '45.540.000'],
        },
      ],
    },
  ],
};

const runWith = (pkg: DocxPackage, text: string): DocxParagraph['runs'][number] => {
  const run = pkg.paragraphs.flatMap((p) => p.runs).find((r) => r.text === text);
  if (!run) throw new Error(`no run "${text}"`);
  return run;
};

describe('DOCX layout (Decree 30)', () => {
  let kh: DocxPackage;
  let qd: DocxPackage;
  beforeAll(async () => {
    const plan = planBaseSchema.parse(vanYenPlan(() => null));
    kh = await readDocx(
      await renderDocx(
        planDocument({ plan, milestones: vanYenMilestones, organization: vanYenOrganization }),
      ),
    );
    qd = await readDocx(await renderDocx(decision));
  });

  it('is A4 portrait with margins 20/20/30/15 mm and a different first page', () => {
    expect(twips(210)).toBe(11906);
    expect(kh.documentXml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const margins = /<w:pgMar ([^>]*)\/>/.exec(kh.documentXml)?.[1] ?? '';
    expect(margins).toContain('w:top="1134"');
    expect(margins).toContain('w:bottom="1134"');
    expect(margins).toContain('w:left="1701"');
    expect(margins).toContain('w:right="850"');
    expect(kh.documentXml).toContain('<w:titlePg/>');
  });

  it('numbers pages from page 2: empty first-page header, PAGE field centred in the default header', () => {
    expect(Object.keys(kh.headers).sort()).toEqual(['default', 'first']);
    expect(kh.headers.first).not.toMatch(/<w:t[ >]/);
    expect(kh.headers.first).not.toContain('PAGE');
    expect(kh.headers.default).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(kh.headers.default).toContain('<w:jc w:val="center"/>');
  });

  it('sets every run in Times New Roman', () => {
    for (const pkg of [kh, qd]) {
      const runs = pkg.paragraphs.flatMap((p) => p.runs).filter((r) => r.text);
      expect(runs.length).toBeGreaterThan(20);
      expect(runs.filter((r) => r.font !== 'Times New Roman')).toEqual([]);
    }
  });

  it('sizes and styles the header, title, body, recipients and signature as the decree says', () => {
    const expectRun = (
      text: string,
      halfPoints: number,
      style: { bold?: boolean; italic?: boolean; underline?: boolean },
    ) => {
      const r = runWith(kh, text);
      expect({
        text,
        halfPoints: r.halfPoints,
        bold: r.bold,
        italic: r.italic,
        underline: r.underline,
      }).toEqual({
        text,
        halfPoints,
        bold: style.bold ?? false,
        italic: style.italic ?? false,
        underline: style.underline ?? false,
      });
    };
    expectRun('UBND THÀNH PHỐ HÀ TĨNH', 26, {});
    expectRun('ỦY BAN NHÂN DÂN PHƯỜNG VĂN YÊN', 26, { bold: true });
    expectRun('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 24, { bold: true });
    expectRun('Độc lập - Tự do - Hạnh phúc', 26, { bold: true, underline: true });
    expectRun('Văn Yên, ngày 18 tháng 3 năm 2020', 28, { italic: true });
    expectRun('KẾ HOẠCH', 28, { bold: true });
    expectRun('Tổ chức Hội nghị điển hình tiên tiến phường Văn Yên', 28, { bold: true });
    expectRun('I. ', 28, { bold: true });
    expectRun('Nơi nhận:', 24, { bold: true, italic: true });
    expectRun('- Lưu: VT, VP.', 22, {});
    expectRun('TM. ỦY BAN NHÂN DÂN', 28, { bold: true });
    expectRun('CHỦ TỊCH', 28, { bold: true });
    expectRun('Lê Đình Thắng', 28, { bold: true });
  });

  it('justifies body paragraphs at 14 pt with a first-line indent', () => {
    const body = kh.paragraphs.filter(
      (p) => p.text.startsWith('Thực hiện Kế hoạch số 138') || p.text.startsWith('- Đón tiếp'),
    );
    expect(body).toHaveLength(2);
    for (const p of body) {
      expect(p.align).toBe('both');
      expect(p.firstLineIndent).toBe(twips(10));
      expect(p.runs.every((r) => r.halfPoints === 28)).toBe(true);
    }
  });

  it('writes the legal basis in italics, a table with its total, an appendix on its own page', () => {
    const text = qd.paragraphs.map((p) => p.text);
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(text).toContain('Căn cứ Nghị định số 152/2025/NĐ-CP.');
    expect(runWith(qd, 'Căn cứ Nghị định số 152/2025/NĐ-CP.').italic).toBe(true);
    expect(text).toContain('Số: 07/QĐ-UBND');
    expect(text).toContain('Văn Yên, ngày 05 tháng 3 năm 2020');
    expect(runWith(qd, '759.000 đồng').bold).toBe(true);
    expect(runWith(qd, 'TM. ỦY BAN NHÂN DÂN').bold).toBe(true);
    expect(text).toContain('DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG');
    expect(qd.documentXml).toMatch(/<w:pageBreakBefore\/>[\s\S]{0,600}DANH SÁCH CÁ NHÂN/);
    expect(text).toContain('Nguyễn Thị Hường 60');
    expect(text).toContain('45.540.000');
    expect(runWith(qd, 'Tổng cộng').bold).toBe(true);
    // The header row repeats on every page the table spans.
    expect(qd.documentXml).toContain('<w:tblHeader/>');
  });
});

type PageItem = { str: string; x: number; top: number };

async function pageItems(pdf: Buffer): Promise<PageItem[][]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const pages: PageItem[][] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const height = page.view[3]!;
    const content = await page.getTextContent();
    pages.push(
      content.items
        .filter(
          (i): i is typeof i & { str: string; transform: number[] } => 'str' in i && i.str.trim() !== '',
        )
        .map((i) => ({ str: i.str, x: i.transform[4]!, top: height - i.transform[5]! })),
    );
  }
  return pages;
}

describe('PDF layout', () => {
  it('puts page numbers centred in the top margin from page 2, none on page 1', async () => {
    const plan = planBaseSchema.parse(vanYenPlan(() => null));
    const pdf = await renderPdf(
      planDocument({ plan, milestones: vanYenMilestones, organization: vanYenOrganization }),
    );
    const pages = await pageItems(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const topMargin = (20 * 72) / 25.4;
    // Nothing is printed in the top margin of page 1.
    expect(pages[0]!.filter((i) => i.top < topMargin)).toEqual([]);
    pages.slice(1).forEach((items, i) => {
      const inMargin = items.filter((it) => it.top < topMargin);
      expect(inMargin.map((it) => it.str)).toEqual([String(i + 2)]);
      // Centred on the text block (30 mm … 195 mm), within a few points.
      const centre = (((30 + 195) / 2) * 72) / 25.4;
      expect(Math.abs(inMargin[0]!.x + 3.5 - centre)).toBeLessThan(6);
    });
    // The text stays inside the left and right margins.
    const all = pages.flat();
    expect(Math.min(...all.map((i) => i.x))).toBeGreaterThanOrEqual((30 * 72) / 25.4 - 0.5);
  });

  it('flows a long table over pages, repeating its header, with the appendix on a new page', async () => {
    const pages = await pdfPagesText(await renderPdf(decision));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const flat = pages.map((p) => p.replace(/\s+/g, ' '));
    expect(flat[0]).toContain('ỦY BAN NHÂN DÂN PHƯỜNG VĂN YÊN');
    expect(flat[0]).toContain('Số: 07/QĐ-UBND');
    expect(flat[0]).toContain('Văn Yên, ngày 05 tháng 3 năm 2020');
    expect(flat[0]).toContain('Căn cứ Nghị định số 152/2025/NĐ-CP.');
    expect(flat[0]).not.toContain('DANH SÁCH CÁ NHÂN');
    const appendixPages = flat.filter((p) => p.includes('Nguyễn Thị Hường'));
    expect(appendixPages.length).toBeGreaterThanOrEqual(2);
    for (const p of appendixPages) expect(p).toContain('Họ và tên');
    const joined = flat.join(' ');
    for (let i = 1; i <= 60; i += 1) expect(joined).toContain(`Nguyễn Thị Hường ${i} `);
    expect(joined).toContain('Tổng cộng 45.540.000');
  });
});
