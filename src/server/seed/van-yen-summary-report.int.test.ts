import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../tests/helpers/docx';
import { pdfPagesText } from '../../../tests/helpers/pdf';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app';
import type { RegisterEntry } from '../../shared/schemas/document-register';
import type { SummaryReportView } from '../../shared/schemas/summary-report';
import { storyClock } from './story-clock';
import { seedDemoLive } from './van-yen-live';
import {
  HISTORY_REPORT_PROSE,
  seedHistorySummaryReport,
  seedLiveSummaryReport,
} from './van-yen-summary-report';

// The demo's báo cáo tổng kết as `npm start` seeds it: the 2020 one issued with a BC number, the
// live one compiled with today's figures and compared with 2020.
let t: TestApp, secretary: string, liveId: string;
const flat = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  t = await createTestApp({}, { history: true });
  const clock = storyClock(t.database.db);
  await seedHistorySummaryReport(t.database.db, t.app.deps.files, t.demo.conferenceId, clock);
  await clock.settle();
  liveId = (await seedDemoLive(t.database.db, t.demo)).conferenceId;
  await seedLiveSummaryReport(t.database.db, liveId);
  secretary = await t.login('thuky');
});
afterAll(async () => t?.close());

describe('seeded báo cáo tổng kết', () => {
  it('2020: compiled from the 17 units’ reports, honoured counted from the QĐ, the office’s prose kept', async () => {
    const v: SummaryReportView = (
      await t.send('GET', `/api/conferences/${t.demo.conferenceId}/summary-report`, secretary)
    ).json();
    const s = v.statistics!;
    expect(s.unitReports).toEqual({ sent: 17, of: 17 });
    expect(s.honoured).toBeGreaterThan(0);
    expect(s.honoured).toBeLessThanOrEqual(s.nominations);
    expect(s.byForm.reduce((n, r) => n + r.honoured, 0)).toBe(s.honoured);
    expect(s.byUnit.reduce((n, r) => n + r.nominations, 0)).toBe(s.nominations);
    const movements = v.sections.find((x) => x.key === 'movements')!;
    expect(movements.body).toBe(HISTORY_REPORT_PROSE.movements);
    expect(movements.draft).toContain('Tổ dân phố 1: Tổ dân phố 1 hưởng ứng các phong trào thi đua yêu nước');
    // the dashboard of the same conference counts the same nominations
    const dash = (await t.send('GET', `/api/conferences/${t.demo.conferenceId}/dashboard`, secretary)).json();
    expect(dash.nominations.total).toBe(s.nominations);
  });

  it('2020: issued with a BC number, its DOCX and PDF printing the prose and the figures', async () => {
    const reg = `/api/conferences/${t.demo.conferenceId}/register`;
    const items: RegisterEntry[] = (await t.send('GET', reg, secretary)).json().items;
    const bc = items.find((e) => e.kind === 'summary_report')!;
    expect(bc).toMatchObject({ status: 'issued', type: 'BC', documentDate: '2020-03-29' });
    expect(bc.numberLine).toMatch(/^Số: \d{2}\/BC-UBND$/);
    const docx = await t.send('GET', `${reg}/${bc.id}/file.docx`, secretary);
    const text = flat((await readDocx(docx.rawPayload)).paragraphs.map((p) => p.text).join('\n'));
    expect(text).toContain('Tổng kết công tác thi đua, khen thưởng giai đoạn 2015 - 2020');
    expect(text).toContain('17/17 tổ dân phố đạt danh hiệu Tổ dân phố văn hóa năm 2019');
    expect(text).toContain('Bảng 1. Số hồ sơ đề nghị và số được khen thưởng theo hình thức');
    const pdf = await t.send('GET', `${reg}/${bc.id}/file.pdf`, secretary);
    expect(flat((await pdfPagesText(pdf.rawPayload)).join(' '))).toContain('BÀI HỌC KINH NGHIỆM');
  });

  it('live: a compiled draft with today’s figures, compared with the 2020 conference', async () => {
    const v: SummaryReportView = (
      await t.send('GET', `/api/conferences/${liveId}/summary-report`, secretary)
    ).json();
    expect(v.compiledAt).not.toBeNull();
    expect(v.sections.every((x) => x.body === '')).toBe(true);
    const s = v.statistics!;
    expect(s.previous?.conferenceId).toBe(t.demo.conferenceId);
    const dash = (await t.send('GET', `/api/conferences/${liveId}/dashboard`, secretary)).json();
    expect(dash.nominations.total).toBe(s.nominations);
    expect(v.sections.find((x) => x.key === 'commendations')!.draft).toContain(
      `So sánh với ${s.previous!.conferenceName}`,
    );
  });
});
