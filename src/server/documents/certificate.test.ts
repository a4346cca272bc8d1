import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageContentStreams, pdfPagesText, pdfQrCodes } from '../../../tests/helpers/pdf';
import { DEFAULT_FIELD_LAYOUT, type FieldLayout } from '../../shared/rules/certificate-layout';
import {
  type CertificateIssue,
  type CertificateRecipient,
  type DrawnField,
  decisionLine,
  renderCertificates,
  verificationCorner,
} from './certificate';
import { renderAlignmentSheet } from './certificate-alignment';
import { createPdf, mm, textWidth } from './pdf-base';

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
  issuedOn: '2020-03-31',
  signer: { authorityLine: '', title: 'Chủ tịch', name: 'Lê Đình Thắng' },
};

const person = (name: string, over: Partial<CertificateRecipient> = {}): CertificateRecipient => ({
  kind: 'individual',
  salutation: 'Bà',
  name,
  position: 'Tổ trưởng',
  unitName: 'Tổ dân phố 5',
  ...over,
});

const recipients: CertificateRecipient[] = [
  person('Nguyễn Thị Hường'),
  person('Đặng Quốc Hữu', { salutation: 'Ông', position: '' }),
  {
    kind: 'collective',
    salutation: '',
    name: 'Hội Liên hiệp Phụ nữ phường',
    position: '',
    unitName: 'Phường Văn Yên',
  },
];

const flat = (s: string) => s.replace(/\s+/g, ' ');

/** A 1×1 red PNG (signature/seal stand-in). */
function tinyPng(): Buffer {
  const crc = (buf: Buffer) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 200, 30, 30]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The text positions (Tm x, y) and sizes (Tf) of a content stream, in order. */
function textOps(content: string): { x: number; y: number; size: number }[] {
  const out: { x: number; y: number; size: number }[] = [];
  const re = /1 0 0 1 (-?[\d.]+) (-?[\d.]+) Tm\s*\/\S+ ([\d.]+) Tf/g;
  for (let m = re.exec(content); m; m = re.exec(content)) {
    out.push({ x: Number(m[1]), y: Number(m[2]), size: Number(m[3]) });
  }
  return out;
}

/** The content of every form XObject (the parts shared by all pages). */
function formStreams(pdf: Buffer): string[] {
  const latin = pdf.toString('latin1');
  const out: string[] = [];
  const re = /\/Subtype \/Form[\s\S]*?stream\r?\n/g;
  for (let m = re.exec(latin); m; m = re.exec(latin)) {
    const start = m.index + m[0].length;
    const end = latin.indexOf('endstream', start);
    out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
  }
  return out;
}

describe('renderCertificates', () => {
  it('design mode: one page per honoree with the header, title, name, achievement and decision line', async () => {
    const pdf = await renderCertificates(issue, recipients, { mode: 'design' });
    const pages = (await pdfPagesText(pdf)).map(flat);
    expect(pages).toHaveLength(3);
    const expected = ['Bà Nguyễn Thị Hường', 'Ông Đặng Quốc Hữu', 'Hội Liên hiệp Phụ nữ phường'];
    pages.forEach((text, i) => {
      expect(text).toContain(expected[i]);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain('GIẤY KHEN');
      expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG VĂN YÊN');
      expect(text).toContain('Tặng');
      expect(text).toContain(
        'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025',
      );
      expect(text).toContain('Quyết định số 25/QĐ-UBND ngày 28 tháng 3 năm 2020');
      expect(text).toContain('Văn Yên, ngày 31 tháng 3 năm 2020');
      expect(text).toContain('Lê Đình Thắng');
    });
    expect(pages[0]).toContain('Tổ trưởng - Tổ dân phố 5');
    expect(pages[1]).not.toContain('Tổ trưởng');
    expect(pages[2]).toContain('Phường Văn Yên');
    // Other pages never carry another honoree's name.
    expect(pages[1]).not.toContain('Hường');
  });

  it('normalizes NFD input to NFC', async () => {
    const pdf = await renderCertificates(issue, [person('Nguyễn Thị Hường'.normalize('NFD'))], {
      mode: 'design',
    });
    const [text] = await pdfPagesText(pdf);
    expect(flat(text ?? '')).toContain('Bà Nguyễn Thị Hường'.normalize('NFC'));
  });

  it('blank mode prints only the variable fields', async () => {
    const pdf = await renderCertificates(issue, recipients.slice(0, 2), { mode: 'blank' });
    const pages = (await pdfPagesText(pdf)).map(flat);
    expect(pages).toHaveLength(2);
    for (const text of pages) {
      expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).not.toContain('GIẤY KHEN');
      expect(text).not.toContain('Tặng');
      expect(text).not.toContain('UBND PHƯỜNG VĂN YÊN');
      expect(text).toContain('Quyết định số 25/QĐ-UBND ngày 28 tháng 3 năm 2020');
      expect(text).toContain('Lê Đình Thắng');
    }
    expect(pages[0]).toContain('Bà Nguyễn Thị Hường');
    // No border or images: the shared part draws text only (no filled paths, no images).
    const forms = formStreams(pdf);
    expect(forms).toHaveLength(1);
    expect(forms[0]).not.toMatch(/\bre\b|\bDo\b/);
  });

  it('calibration moves every field by the offset', async () => {
    const drawn = async (offset: { dx: number; dy: number }) => {
      const fields: DrawnField[] = [];
      const pdf = await renderCertificates(issue, recipients.slice(0, 1), {
        mode: 'blank',
        offset,
        onField: (f) => fields.push(f),
      });
      return {
        page: textOps(pageContentStreams(pdf)[0] ?? ''),
        form: textOps(formStreams(pdf)[0] ?? ''),
        fields,
      };
    };
    const base = await drawn({ dx: 0, dy: 0 });
    const moved = await drawn({ dx: 5, dy: -3 });
    expect(base.page.length).toBeGreaterThanOrEqual(3);
    expect(base.form.length).toBeGreaterThanOrEqual(4);
    for (const [a, b] of [
      [base.page, moved.page],
      [base.form, moved.form],
    ] as const) {
      expect(b).toHaveLength(a.length);
      a.forEach((op, i) => {
        // PDF y grows upwards: 3 mm up on paper is +3 mm in PDF space.
        expect(b[i]!.x - op.x).toBeCloseTo(mm(5), 2);
        expect(b[i]!.y - op.y).toBeCloseTo(mm(3), 2);
      });
    }
    expect(moved.fields.map((f) => f.field).sort()).toEqual(base.fields.map((f) => f.field).sort());
    for (const [i, f] of moved.fields.entries()) expect(f.x - base.fields[i]!.x).toBeCloseTo(mm(5), 5);
  });

  it('a 60-character name shrinks and stays inside its box', async () => {
    const name = 'Công Tằng Tôn Nữ Hoàng Thị Phương Thảo Nguyễn Huỳnh Quỳnh An';
    expect(name).toHaveLength(60);
    const layout: FieldLayout = {
      ...DEFAULT_FIELD_LAYOUT,
      recipient: { x: 60, y: 96, width: 150, size: 24, lines: 1 },
    };
    const fields: DrawnField[] = [];
    const pdf = await renderCertificates(issue, [person(name)], {
      mode: 'blank',
      layout,
      onField: (f) => fields.push(f),
    });
    const drawnName = fields.find((f) => f.field === 'recipient')!;
    expect(drawnName.lines).toEqual([`Bà ${name}`]);
    expect(drawnName.size).toBeLessThan(24);
    expect(drawnName.size).toBeGreaterThan(10);
    const measure = createPdf({ title: 'đo' });
    const width = textWidth(measure, `Bà ${name}`, 'bold', drawnName.size);
    expect(width).toBeLessThanOrEqual(mm(150));
    expect(width).toBeGreaterThan(mm(150) * 0.95);
    // Inside the box as drawn: the PDF's own text position and size agree.
    const op = textOps(pageContentStreams(pdf)[0] ?? '')[0]!;
    expect(op.size).toBeCloseTo(drawnName.size, 1);
    expect(op.x).toBeGreaterThanOrEqual(mm(60) - 0.01);
    expect(op.x + width).toBeLessThanOrEqual(mm(210) + 0.01);
    const [text] = await pdfPagesText(pdf);
    expect(flat(text ?? '')).toContain(name);
  });

  it('a long achievement wraps to the lines of its box, shrinking only as needed', async () => {
    const long = `${issue.achievement}, góp phần vào sự nghiệp xây dựng và bảo vệ Tổ quốc, phát triển kinh tế - xã hội của phường Văn Yên và thành phố Hà Tĩnh`;
    const fields: DrawnField[] = [];
    await renderCertificates(issue, [person('Lê Văn Tám', { achievement: long })], {
      mode: 'design',
      onField: (f) => fields.push(f),
    });
    const a = fields.find((f) => f.field === 'achievement')!;
    expect(a.lines.length).toBe(2);
    expect(a.lines.join(' ')).toBe(long);
    const measure = createPdf({ title: 'đo' });
    for (const l of a.lines) expect(textWidth(measure, l, 'regular', a.size)).toBeLessThanOrEqual(a.width);
  });

  it('draws the signature and seal images once for the whole batch, in design mode only', async () => {
    const png = tinyPng();
    const withImages = { ...issue, sealPng: png, signaturePng: png };
    const images = (pdf: Buffer) => pdf.toString('latin1').match(/\/Subtype \/Image/g)?.length ?? 0;
    const design = await renderCertificates(withImages, recipients, { mode: 'design' });
    // pdfkit embeds each Buffer once; both sit in the shared form, not on the three pages.
    expect(images(design)).toBe(2);
    for (const page of pageContentStreams(design)) expect(page).not.toMatch(/\/I\d+ Do/);
    expect(images(await renderCertificates(withImages, recipients, { mode: 'blank' }))).toBe(0);
  });

  it('refuses an empty list and writes blanks for an unknown decision', async () => {
    await expect(renderCertificates(issue, [], { mode: 'design' })).rejects.toThrow('Không có ai');
    expect(decisionLine({ decisionNumber: null, decisionCode: 'QĐ-UBND', decisionDate: null })).toMatch(
      /^Quyết định số \u00a0+\/QĐ-UBND ngày\u00a0+tháng\u00a0+năm\u00a0+$/,
    );
  });
});

describe('renderAlignmentSheet', () => {
  it('is one page with every field labelled, the printer and its offset', async () => {
    const pdf = await renderAlignmentSheet({ printerName: 'Canon LBP 2900', offset: { dx: 1.5, dy: -2 } });
    const pages = (await pdfPagesText(pdf)).map(flat);
    expect(pages).toHaveLength(1);
    const text = pages[0] ?? '';
    expect(text).toContain('TỜ THỬ CĂN CHỈNH IN GIẤY KHEN — máy in: Canon LBP 2900');
    expect(text).toContain('ngang +1,5 mm, dọc -2 mm');
    for (const label of [
      'Tên người/tập thể (x 30, y 96',
      'Thành tích',
      'Số, ngày quyết định',
      'Họ tên người ký',
    ]) {
      expect(text).toContain(label);
    }
    // The ruler's labels every 10 mm.
    expect(text).toContain('290');
  });
});

describe('the verification code on a certificate', () => {
  const verify = { code: '7KQ2M9XDHT4P', url: 'https://vinhdanh.example/xac-minh/7KQ2M9XDHT4P' };

  it('prints the code and a QR of the verification page on every page, in both modes', async () => {
    for (const mode of ['design', 'blank'] as const) {
      const pdf = await renderCertificates(
        issue,
        [person('Nguyễn Thị Hường', { verify }), person('Lê Văn Ba')],
        {
          mode,
        },
      );
      const pages = await pdfPagesText(pdf);
      expect(flat(pages[0]!)).toContain('Mã xác minh: 7KQ2-M9XD-HT4P');
      expect(flat(pages[1]!)).not.toContain('Mã xác minh');
      const qrs = pdfQrCodes(pdf);
      expect(qrs[0]).toBe(verify.url);
      expect(qrs[1]).toBeNull();
    }
  });

  it('sits in a bottom corner no field box overlaps, moving right when a blank puts a field there', () => {
    const p = { layout: DEFAULT_FIELD_LAYOUT, dx: 0, dy: 0 };
    expect(verificationCorner(p).x).toBeLessThan(100);
    const moved: FieldLayout = {
      ...DEFAULT_FIELD_LAYOUT,
      decision: { ...DEFAULT_FIELD_LAYOUT.decision, y: 185 },
      signerName: { ...DEFAULT_FIELD_LAYOUT.signerName, y: 172 },
    };
    expect(verificationCorner({ ...p, layout: moved }).x).toBeGreaterThan(150);
  });
});
