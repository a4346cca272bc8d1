import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../tests/helpers/docx';
import { pdfPagesText } from '../../../tests/helpers/pdf';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app';
import { seedDemoProgram } from './van-yen-program';

let t: TestApp;
let secretary: string;
let base: string;
beforeAll(async () => {
  t = await createTestApp({}, { history: true });
  await seedDemoProgram(t.database.db, t.demo);
  secretary = await t.login('thuky');
  base = `/api/conferences/${t.demo.conferenceId}`;
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string) => t.send('GET', url, secretary);
const oneLine = (pages: string[]) => pages.join(' ').replace(/\s+/g, ' ');

type Item = {
  number: string;
  title: string;
  start: string;
  end: string;
  kind: string;
  speech: { speakerName: string } | null;
  performance: { title: string } | null;
  callUp: { formName: string; collective: boolean; names: string[]; presenter: string }[];
  mcLines: string[];
};

describe('the demo conference day', () => {
  it('has the 13 agenda items with times, the five speeches and the allocated performances', async () => {
    const p = (await get(`${base}/program`)).json() as {
      items: Item[];
      allocation: { ok: boolean; rows: { label: string }[] };
      session: { startTime: string; end: string; overMinutes: number };
    };
    const top = p.items.filter((i) => !i.number.includes('.'));
    expect(top).toHaveLength(13);
    expect(p.items[0]).toMatchObject({ number: '1', title: 'Đón tiếp đại biểu', start: '07:30' });
    expect(p.items.filter((i) => i.speech).map((i) => i.number)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5']);
    expect(p.items.filter((i) => i.performance)).toHaveLength(5);
    expect(p.allocation.ok).toBe(true);
    expect(p.allocation.rows.map((r) => r.label)).toEqual([
      'Trường Tiểu học: 2/2',
      'Trường Mầm non: 1/1–2',
      'Hội LHPN: 1/1–2',
      'Đoàn Thanh niên: 1/1',
    ]);
    expect(p.session.overMinutes).toBeLessThanOrEqual(0);
    // the honoring item calls up collectives before individuals, each group with who hands over
    const honoring = p.items.find((i) => i.kind === 'honoring')!;
    expect(honoring.callUp.length).toBeGreaterThan(1);
    expect(honoring.callUp[0]!.collective).toBe(true);
    expect(honoring.callUp.at(-1)!.collective).toBe(false);
    expect(honoring.callUp.every((g) => g.presenter.includes('Lê Đình Thắng'))).toBe(true);
    expect(honoring.mcLines.join(' ')).toContain('Tổ dân phố 5');
  });

  it('prints the MC script with names, as DOCX and PDF', async () => {
    const docx = await get(`${base}/program/mc-script.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toContain('.docx');
    const text = (await readDocx(docx.rawPayload)).paragraphs.map((p) => p.text).join('\n');
    const pdf = await get(`${base}/program/mc-script.pdf`);
    expect(pdf.statusCode).toBe(200);
    const pdfText = oneLine(await pdfPagesText(pdf.rawPayload));
    for (const s of [
      'KỊCH BẢN DẪN CHƯƠNG TRÌNH',
      'Võ Văn Hùng',
      'Giữ bình yên cho từng khu dân cư',
      'Trần Thị Hường',
      'Múa: Chú bộ đội',
      'Các bé lớp Lá',
      'Đồng chí Lê Đình Thắng, Chủ tịch UBND phường',
    ]) {
      expect(text).toContain(s);
      expect(pdfText).toContain(s);
    }
    expect(text).toMatch(/07:30 - 07:35: Đón tiếp đại biểu/u);
  });

  it('writes the stored agenda with its times into the Chương trình (CTr)', async () => {
    const res = await get(`${base}/documents/program.pdf`);
    expect(res.statusCode).toBe(200);
    const text = oneLine(await pdfPagesText(res.rawPayload));
    expect(text).toContain('07h30 - 07h35 Đón tiếp đại biểu');
    expect(text).toMatch(
      /6\.4 \d\dh\d\d - \d\dh\d\d Tham luận: Giữ bình yên cho từng khu dân cư Võ Văn Hùng - Công an phường/u,
    );
    expect(text).toContain('Văn nghệ: Múa: Chú bộ đội');
  });
});
