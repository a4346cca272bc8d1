import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../../tests/helpers/docx';
import { pdfPagesText } from '../../../../tests/helpers/pdf';
import { loginStranger } from '../../../../tests/helpers/strangers';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';

let t: TestApp, base: string, secretary: string;
beforeAll(async () => {
  ({ t, base, secretary } = await openDemo('/documents'));
});
afterAll(async () => t?.close());

const get = (url: string, cookie?: string) => t.app.inject({ url, headers: cookie ? { cookie } : {} });
const flat = (s: string) => s.replace(/\s+/g, ' ');
const FILE_NAME = 'Kế hoạch Tổ chức Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025';

describe('Kế hoạch (KH) downloads', () => {
  it('gives the plan as DOCX with the milestones as stored and a Vietnamese file name', async () => {
    const res = await get(`${base}/plan.docx`, secretary);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const disposition = res.headers['content-disposition'] as string;
    expect(disposition).toMatch(
      /^attachment; filename="Ke hoach To chuc Hoi nghi dien hinh tien tien phuong Van Yen/,
    );
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe(`${FILE_NAME}.docx`);
    const text = flat((await readDocx(res.rawPayload)).paragraphs.map((p) => p.text).join('\n'));
    for (const s of [
      'ỦY BAN NHÂN DÂN PHƯỜNG VĂN YÊN',
      'Văn Yên, ngày 18 tháng 3 năm 2020',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Ngày 15/3/2020: Họp Hội đồng TĐKT',
      '- Từ ngày 15-17/3/2020: hoàn chỉnh và gửi kế hoạch',
      '- Ngày 31/3/2020: tổ chức Hội nghị.',
      'TM. ỦY BAN NHÂN DÂN',
      'Lê Đình Thắng',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('follows an edited milestone and an edited plan', async () => {
    const conf = (await get(`/api/conferences/${t.demo.conferenceId}`, secretary)).json();
    const day = conf.milestones.find((m: { kind: string }) => m.kind === 'conference_day');
    const moved = await t.send(
      'PUT',
      `/api/conferences/${t.demo.conferenceId}/milestones/${day.id}`,
      secretary,
      {
        ...day,
        startDate: '2020-04-02',
        title: 'tổ chức Hội nghị tại Hội trường.',
        version: day.version,
      },
    );
    expect(moved.statusCode).toBe(200);
    const saved = await t.send('PUT', `/api/conferences/${t.demo.conferenceId}/plan`, secretary, {
      plan: { ...conf.plan, documentNumber: 5 },
      version: conf.version,
    });
    expect(saved.statusCode).toBe(200);

    const res = await get(`${base}/plan.pdf`, secretary);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(decodeURIComponent((res.headers['content-disposition'] as string).split("''")[1]!)).toBe(
      `${FILE_NAME}.pdf`,
    );
    const text = flat((await pdfPagesText(res.rawPayload)).join('\n'));
    expect(text).toContain('Số: 05/KH-UBND');
    expect(text).toContain('- Ngày 2/4/2020: tổ chức Hội nghị tại Hội trường.');
    expect(text).not.toContain('Ngày 31/3/2020');
    expect(text).toContain('Lê Đình Thắng');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('is for whoever reads the conference: unit heads and reception too; 401 without a session', async () => {
    for (const user of ['tdp5', 'letan', 'uyvien']) {
      expect((await get(`${base}/plan.docx`, await t.login(user))).statusCode).toBe(200);
    }
    expect((await get(`${base}/plan.docx`)).statusCode).toBe(401);
    expect((await get(`${base}/plan.pdf`)).statusCode).toBe(401);
  });

  it('answers 404 to another organizer and to an unknown conference', async () => {
    const { cookie: stranger } = await loginStranger(t);
    expect((await get(`${base}/plan.docx`, stranger)).statusCode).toBe(404);
    expect((await get(`${base}/plan.pdf`, stranger)).statusCode).toBe(404);
    const unknown = '/api/conferences/00000000-0000-4000-8000-000000000000/documents/plan.pdf';
    expect((await get(unknown, secretary)).statusCode).toBe(404);
    expect((await get('/api/conferences/not-a-uuid/documents/plan.pdf', secretary)).statusCode).toBe(400);
  });
});
