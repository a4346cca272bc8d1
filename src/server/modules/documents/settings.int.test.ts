import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeExecutable, tinyPng } from '../../../../tests/helpers/files';
import { multipartFile } from '../../../../tests/helpers/nominations';
import { pdfPagesText } from '../../../../tests/helpers/pdf';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';
import { setPrizeCoefficients } from './demo.int';

let t: TestApp, base: string, secretary: string;
beforeAll(async () => {
  ({ t, base, secretary } = await openDemo('', { history: true }));
  // Prizes on the demo's forms: collectives 1.5 × base salary, individuals 0.33 ×.
  await setPrizeCoefficients(t, { 'DHTT-TT': 1.5, 'DHTT-CN': 0.33 });
});
afterAll(async () => t?.close());

const flat = (s: string) => s.replace(/\s+/g, ' ');
const get = (url: string, cookie = secretary) => t.send('GET', url, cookie);
const send = (method: 'PUT' | 'POST' | 'DELETE', url: string, payload?: object, cookie = secretary) =>
  t.send(method, url, cookie, payload);
const pdfText = async (url: string) => {
  const res = await get(url);
  expect(res.statusCode, res.body).toBe(200);
  return flat((await pdfPagesText(res.rawPayload)).join(' '));
};

/** Issues the QĐ dated 01/08/2026 (base salary 2.530.000 đồng) and returns its PDF text. */
async function issueDecision(): Promise<{ text: string; numberLine: string }> {
  const res = await send('POST', `${base}/register/issue`, {
    kind: 'decision',
    signerName: 'Lê Đình Thắng',
    signedAt: '2026-08-01T09:00:00+07:00',
    documentDate: '2026-08-01',
  });
  expect(res.statusCode, res.body).toBe(201);
  const entry = res.json();
  return { text: await pdfText(`${base}/register/${entry.id}/file.pdf`), numberLine: entry.numberLine };
}

describe('document settings', () => {
  it('starts with no rounding and the default legal basis; a unit head may read but not save', async () => {
    const res = await get(`${base}/documents/settings`);
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({ version: 0, prizeRounding: 'none', decisionLegalBasis: null, canManage: true });
    // the laws in force on the draft QĐ's date: none set, so the conference day (31/3/2020)
    expect(s).toMatchObject({ decisionDate: null, conferenceDay: '2020-03-31' });
    expect(s.defaultLegalBasis).toContain(
      'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;',
    );
    const unitHead = await t.login('tdp5');
    expect((await get(`${base}/documents/settings`, unitHead)).json().canManage).toBe(false);
    const put = await send(
      'PUT',
      `${base}/documents/settings`,
      { version: 0, prizeRounding: 'up_10000', decisionLegalBasis: null },
      unitHead,
    );
    expect(put.statusCode).toBe(403);
  });

  it('prints the exact amounts without rounding: 2.530.000 × 1,5 and × 0,33', async () => {
    const { text } = await issueDecision();
    expect(text).toContain('3.795.000');
    expect(text).toContain('834.900');
    // 5 collectives × 3.795.000 + 7 individuals × 834.900
    expect(text).toContain('Tổng số tiền thưởng: 24.819.300 đồng');
  });

  it('rounds up to the 10,000 after the setting is saved, and prints the stored legal basis', async () => {
    const res = await send('PUT', `${base}/documents/settings`, {
      version: 0,
      prizeRounding: 'up_10000',
      decisionLegalBasis: [
        'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
        'Căn cứ Quy chế thi đua, khen thưởng của phường ban hành kèm theo Quyết định số 05/QĐ-UBND;',
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 1, prizeRounding: 'up_10000' });
    const { text } = await issueDecision();
    expect(text).toContain('3.800.000');
    expect(text).toContain('840.000');
    expect(text).not.toContain('834.900');
    // 5 × 3.800.000 + 7 × 840.000
    expect(text).toContain('Tổng số tiền thưởng: 24.880.000 đồng');
    expect(text).toContain('Hai mươi tư triệu tám trăm tám mươi nghìn đồng');
    expect(text).toContain('Quyết định số 05/QĐ-UBND');
    expect(text).not.toContain('Nghị định số 152/2025/NĐ-CP');
  });

  it('rounds to the nearest 1,000 in the draft QĐ', async () => {
    const cur = (await get(`${base}/documents/settings`)).json();
    const res = await send('PUT', `${base}/documents/settings`, {
      version: cur.version,
      prizeRounding: 'nearest_1000',
      decisionLegalBasis: null,
    });
    expect(res.statusCode, res.body).toBe(200);
    const text = await pdfText(`${base}/documents/decision.pdf`);
    // the draft's day is the conference day, 31/3/2020: 0,33 × 1.490.000 = 491.700 → 492.000
    expect(text).toContain('mức lương cơ sở 1.490.000 đồng áp dụng vào ngày 31 tháng 3 năm 2020');
    expect(text).toContain('492.000');
    expect(text).not.toContain('491.700');
    // the default legal basis: the laws in force on the draft's day (the 2003 law, Decree 91/2017)
    expect(text).toContain('Nghị định số 91/2017/NĐ-CP');
    expect(text).not.toContain('Nghị định số 152/2025/NĐ-CP');
  });

  it('refuses a stale save with 409 and the current settings, nothing changed', async () => {
    const res = await send('PUT', `${base}/documents/settings`, {
      version: 1,
      prizeRounding: 'none',
      decisionLegalBasis: null,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('người khác thay đổi');
    expect(res.json().error.current).toMatchObject({ version: 2, prizeRounding: 'nearest_1000' });
    expect((await get(`${base}/documents/settings`)).json().prizeRounding).toBe('nearest_1000');
  });

  it('answers 400 in Vietnamese to an unknown rounding and an empty legal-basis line', async () => {
    const res = await send('PUT', `${base}/documents/settings`, {
      version: 2,
      prizeRounding: 'up_100',
      decisionLegalBasis: ['  '],
    });
    expect(res.statusCode).toBe(400);
    const fields = JSON.stringify(res.json().error);
    expect(fields).toContain('Cách làm tròn tiền thưởng');
    expect(fields).toContain('Căn cứ pháp lý: dòng trống');
  });
});

describe('certificate images and decision', () => {
  const upload = (which: string, name: string, bytes: Buffer, type: string) => {
    const body = multipartFile(name, bytes, type);
    return t.app.inject({
      method: 'POST',
      url: `${base}/certificates/images/${which}`,
      headers: { cookie: secretary, ...body.headers },
      payload: body.payload,
    });
  };
  const hasImage = (pdf: Buffer) => pdf.toString('latin1').includes('/Subtype /Image');

  it('refuses a program disguised as a PNG signature, in Vietnamese; nothing stored', async () => {
    const res = await upload('signature', 'chu-ky.png', fakeExecutable(), 'image/png');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain(
      'Ảnh chữ ký: tệp "chu-ky.png" không được nhận, chỉ nhận ảnh PNG hoặc JPG',
    );
    expect((await get(`${base}/certificates/settings`)).json().signatureImage).toBe(false);
  });

  it('stores a PNG seal, prints it on the full design only, and removes it', async () => {
    const res = await upload('seal', 'con dấu.png', tinyPng(), 'image/png');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ sealImage: true, signatureImage: false });
    const back = await get(`${base}/certificates/images/seal`);
    expect(back.rawPayload.equals(tinyPng())).toBe(true);
    expect(hasImage((await get(`${base}/certificates.pdf?mode=design&first=1`)).rawPayload)).toBe(true);
    expect(hasImage((await get(`${base}/certificates.pdf?mode=blank&first=1`)).rawPayload)).toBe(false);
    const del = await send('DELETE', `${base}/certificates/images/seal`);
    expect(del.json().sealImage).toBe(false);
    expect(hasImage((await get(`${base}/certificates.pdf?mode=design&first=1`)).rawPayload)).toBe(false);
    expect((await get(`${base}/certificates/images/seal`)).statusCode).toBe(404);
  });

  it('prints the number and date of the latest issued QĐ instead of the settings’ fields', async () => {
    const settings = (await get(`${base}/certificates/settings`)).json();
    expect(settings.issuedDecision).toMatchObject({ numberLine: 'Số: 02/QĐ-UBND', date: '2026-08-01' });
    const text = await pdfText(`${base}/certificates.pdf?mode=design&first=1`);
    expect(text).toContain('02/QĐ-UBND');
    expect(text).toMatch(/ngày 01 tháng 8 năm 2026|ngày 1 tháng 8 năm 2026|01\/8\/2026|01\/08\/2026/);
  });
});
