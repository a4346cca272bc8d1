import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageContentStreams, pdfPagesText } from '../../../../tests/helpers/pdf';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';
import { DEFAULT_FIELD_LAYOUT } from '../../../shared/rules/certificate-layout';
import { certificateSettingsInput } from '../../../shared/rules/certificate-settings';
import type { CertificateSettings } from '../../../shared/schemas/certificates';
import { accepted, decideByHands, group, person } from '../selection/fixtures.int';

let t: TestApp;
let base: string;
let secretary: string;
let chair: string;

beforeAll(async () => {
  ({ t, base, secretary } = await openDemo('/certificates'));
  const ids = await accepted(t, [
    { unit: 'Tổ dân phố 5', body: person(t, 'Nguyễn Thị Hường') },
    { unit: 'Tổ dân phố 1', body: group(t, 'Tổ dân phố 1') },
    { unit: 'Tổ dân phố 7', body: person(t, 'Võ Văn Khải', { gender: 'male', position: 'Bí thư chi bộ' }) },
    { unit: 'Tổ dân phố 6', body: person(t, 'Lê Thị Cúc') },
  ]);
  // Three selected; Lê Thị Cúc is not.
  await decideByHands(t, ids.slice(0, 3), ids.slice(3));
  chair = await t.login('chutich');
});
afterAll(async () => t?.close());

const get = (url: string, cookie: string) => t.send('GET', `${base}${url}`, cookie);
const put = (cookie: string, payload: object) => t.send('PUT', `${base}/settings`, cookie, payload);
const flat = (s: string) => s.replace(/\s+/g, ' ');

const body = (s: CertificateSettings, over: object = {}) => ({ ...certificateSettingsInput(s), ...over });

describe('certificate settings', () => {
  it('starts from the plan and the organizer, for the office only', async () => {
    const res = await get('/settings', secretary);
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.version).toBe(0);
    expect(s.honoreeCount).toBe(3);
    expect(s.layout).toEqual(DEFAULT_FIELD_LAYOUT);
    expect(s.fallback.awardingLine).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG VĂN YÊN');
    expect(s.fallback.achievement).toContain('giai đoạn 2020 - 2025');
    expect((await get('/settings', chair)).statusCode).toBe(403);
  });

  it('saves, refuses stale versions and checks positions and offsets with Vietnamese messages', async () => {
    const s0 = (await get('/settings', secretary)).json();
    const first = await put(
      secretary,
      body(s0, {
        decisionNumber: '25',
        decisionDate: '2020-03-28',
        printers: [{ name: 'Canon LBP 2900', dx: 1.5, dy: -2 }],
      }),
    );
    expect(first.statusCode).toBe(200);
    const s1 = first.json();
    expect(s1.version).toBe(1);
    expect(s1.printers).toEqual([{ name: 'Canon LBP 2900', dx: 1.5, dy: -2 }]);

    const stale = await put(secretary, body(s0, { decisionNumber: '26' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.decisionNumber).toBe('25');

    const badOffset = await put(secretary, body(s1, { printers: [{ name: 'HP', dx: 25, dy: 0 }] }));
    expect(badOffset.statusCode).toBe(400);
    expect(badOffset.json().error.fields['printers.0.dx']).toBe('Độ lệch ngang phải trong khoảng ±20 mm');

    const outside = {
      ...DEFAULT_FIELD_LAYOUT,
      recipient: { ...DEFAULT_FIELD_LAYOUT.recipient, x: 100, width: 237 },
    };
    const badLayout = await put(secretary, body(s1, { layout: outside }));
    expect(badLayout.statusCode).toBe(400);
    expect(badLayout.json().error.fields['layout.recipient']).toContain('vượt quá chiều ngang trang 297 mm');

    const unchanged = (await get('/settings', secretary)).json();
    expect(unchanged.version).toBe(1);
  });
});

describe('certificate PDFs', () => {
  it('prints one page per honoree, collectives first, with the decision line', async () => {
    const res = await get('.pdf?mode=design', secretary);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-certificate-count']).toBe('3');
    const pages = (await pdfPagesText(res.rawPayload)).map(flat);
    expect(pages).toHaveLength(3);
    // Collectives first (although their award form sorts after the individuals'), then names in order.
    const order = ['Tổ dân phố 1', 'Bà Nguyễn Thị Hường', 'Ông Võ Văn Khải'];
    expect(pages.map((p) => order.find((n) => p.includes(n)))).toEqual(order);
    expect(pages.join(' ')).not.toContain('Lê Thị Cúc');
    for (const p of pages) {
      expect(p).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(p).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG VĂN YÊN');
      expect(p).toContain('Quyết định số 25/QĐ-UBND ngày 28 tháng 3 năm 2020');
    }
    expect(pages.find((p) => p.includes('Võ Văn Khải'))).toContain('Bí thư chi bộ');

    const preview = await get('.pdf?mode=design&first=1', secretary);
    const previewPages = await pdfPagesText(preview.rawPayload);
    expect(previewPages).toHaveLength(1);
    expect(flat(previewPages[0] ?? '')).toContain('Tổ dân phố 1');
  });

  it('blank mode prints only the variable fields, moved by the printer calibration', async () => {
    const plain = await get('.pdf?mode=blank', secretary);
    const shifted = await get(`.pdf?mode=blank&printer=${encodeURIComponent('Canon LBP 2900')}`, secretary);
    expect(shifted.statusCode).toBe(200);
    const pages = (await pdfPagesText(shifted.rawPayload)).map(flat);
    expect(pages).toHaveLength(3);
    for (const p of pages) {
      expect(p).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(p).toContain('Quyết định số 25/QĐ-UBND');
    }
    const tm = (pdf: Buffer) => /1 0 0 1 (-?[\d.]+) (-?[\d.]+) Tm/.exec(pageContentStreams(pdf)[0] ?? '')!;
    const [a, b] = [tm(plain.rawPayload), tm(shifted.rawPayload)];
    expect(Number(b[1]) - Number(a[1])).toBeCloseTo((1.5 * 72) / 25.4, 2);
    expect(Number(b[2]) - Number(a[2])).toBeCloseTo((2 * 72) / 25.4, 2);

    const unknown = await get('.pdf?mode=blank&printer=Epson', secretary);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('Chưa có máy in "Epson"');
    expect((await get('.pdf?mode=poster', secretary)).statusCode).toBe(400);
    expect((await get('.pdf', chair)).statusCode).toBe(403);
  });

  it('prints the alignment sheet for a printer', async () => {
    const res = await get(`/alignment.pdf?printer=${encodeURIComponent('Canon LBP 2900')}`, secretary);
    expect(res.statusCode).toBe(200);
    const pages = (await pdfPagesText(res.rawPayload)).map(flat);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('máy in: Canon LBP 2900');
    expect(pages[0]).toContain('ngang +1,5 mm, dọc -2 mm');
  });
});
