import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, fakeExecutable, lyingDocx, tinyPng } from '../../../../tests/helpers/files';
import { individual, multipartFile, setDeadline } from '../../../../tests/helpers/nominations';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';

let t: TestApp;
let tdp5: string;
let url: string;
let nomination: { id: string; version: number };

beforeAll(async () => {
  t = await createTestApp();
  const secretary = await t.login('thuky');
  tdp5 = await t.login('tdp5');
  await setDeadline(t, secretary, 2);
  const base = `/api/conferences/${t.demo.conferenceId}`;
  const res = await t.send(
    'POST',
    `${base}/units/${t.demo.unitIds.get('Tổ dân phố 5')}/nominations`,
    tdp5,
    individual(t.demo.formIds.get('DHTT-CN')!, 'Nguyễn Thị Hường'),
  );
  nomination = res.json();
  url = `${base}/nominations/${nomination.id}/attachments`;
});
afterAll(async () => t?.close());

const upload = (cookie: string, name: string, bytes: Buffer, type?: string) => {
  const body = multipartFile(name, bytes, type);
  return t.app.inject({ method: 'POST', url, headers: { cookie, ...body.headers }, payload: body.payload });
};

describe('attachments', () => {
  it('stores a photo taken on the phone and gives the same bytes back', async () => {
    const png = tinyPng();
    const res = await upload(tdp5, 'ảnh chân dung.png', png, 'image/png');
    expect(res.statusCode).toBe(201);
    const file = res.json().attachments[0];
    expect(file).toMatchObject({ fileName: 'ảnh chân dung.png', mimeType: 'image/png', size: png.length });
    const down = await t.send('GET', `${url}/${file.id}`, tdp5);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('image/png');
    expect(down.headers['content-disposition']).toContain("filename*=UTF-8''%E1%BA%A3nh");
    expect(Buffer.compare(down.rawPayload, png)).toBe(0);
    // the office reads it too; the reception desk does not
    expect((await t.send('GET', `${url}/${file.id}`, await t.login('thuky'))).statusCode).toBe(200);
    expect((await t.send('GET', `${url}/${file.id}`, await t.login('letan'))).statusCode).toBe(404);
  });

  it('accepts a Word document', async () => {
    const res = await upload(tdp5, 'tom-tat.docx', await docx());
    expect(res.statusCode).toBe(201);
    expect(res.json().attachments.map((a: { mimeType: string }) => a.mimeType)).toContain(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('refuses an executable named .pdf, naming the real content', async () => {
    const res = await upload(tdp5, 'thanh-tich.pdf', fakeExecutable(), 'application/pdf');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(
      /^Tệp "thanh-tich.pdf" không được nhận: nội dung tệp là EXE, chỉ nhận PDF, JPG, PNG hoặc DOCX/,
    );
  });

  it('refuses a zip bomb disguised as DOCX', async () => {
    const res = await upload(tdp5, 'ho-so.docx', await docx({ bomb: true }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/nghi là tệp nén độc hại/);
  });

  it('refuses a DOCX whose directory understates what its entries inflate to', async () => {
    // 20 MB of zeros declared as 1 MB (50:1, under the ratio limit): only inflating tells
    const res = await upload(tdp5, 'ho-so.docx', lyingDocx());
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'Tệp "ho-so.docx" không được nhận: tệp DOCX có cấu trúc bất thường (nghi là tệp nén độc hại)',
    );
  });

  it('refuses a file over 10 MB', async () => {
    const big = Buffer.concat([tinyPng(), Buffer.alloc(10 * 1024 * 1024 + 10)]);
    const res = await upload(tdp5, 'to.png', big, 'image/png');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Tệp "to.png" vượt quá giới hạn 10 MB');
  });

  it('keeps the stored files unchanged after the refusals', async () => {
    const n = (await t.send('GET', url.replace('/attachments', ''), tdp5)).json();
    expect(n.attachments.map((a: { fileName: string }) => a.fileName)).toEqual([
      'ảnh chân dung.png',
      'tom-tat.docx',
    ]);
  });
});
