import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../../tests/helpers/docx';
import { pdfPagesText } from '../../../../tests/helpers/pdf';
import { auditTrail, openDemo, type TestApp } from '../../../../tests/helpers/test-app';
import type { ReportStatistics, SummaryReportView } from '../../../shared/schemas/summary-report';
import { nominations, unitReports } from '../../db/schema/index';

let t: TestApp, base: string, secretary: string;
const flat = (s: string) => s.replace(/\s+/g, ' ');

type Nominee = {
  unit: string;
  kind?: 'individual' | 'collective';
  status: string;
  gender?: string;
  group?: string;
};
const NOMINEES: Nominee[] = [
  { unit: 'Tổ dân phố 1', status: 'submitted', gender: 'female', group: 'worker' },
  { unit: 'Tổ dân phố 1', status: 'accepted', gender: 'male', group: 'civil_servant' },
  { unit: 'Tổ dân phố 1', status: 'returned', gender: 'female', group: 'farmer' },
  { unit: 'Tổ dân phố 2', status: 'accepted', kind: 'collective' },
  { unit: 'Tổ dân phố 2', status: 'draft', gender: 'male', group: 'worker' },
  { unit: 'Tổ dân phố 5', status: 'draft', kind: 'collective' },
];

beforeAll(async () => {
  ({ t, base, secretary } = await openDemo('/summary-report'));
  const { db } = t.database;
  const conferenceId = t.demo.conferenceId;
  const organizationId = t.demo.organizationId;
  const formId = [...t.demo.formIds.values()][0]!;
  await db.insert(nominations).values(
    NOMINEES.map((n, i) => ({
      organizationId,
      conferenceId,
      unitId: t.demo.unitIds.get(n.unit)!,
      awardFormId: formId,
      kind: n.kind ?? 'individual',
      name: `Người ${i}`,
      searchName: `nguoi ${i}`,
      sortKey: `nguoi ${i}`,
      gender: n.gender ?? null,
      occupationGroup: n.group ?? null,
      status: n.status,
    })),
  );
  const report = (movements: string, directions: string) => ({
    movements,
    commendations: '',
    leadership: '',
    shortcomings: '',
    lessons: '',
    directions,
  });
  const numbers = { commendations: [], directWorkerSharePercent: null };
  await db.insert(unitReports).values([
    {
      organizationId,
      conferenceId,
      unitId: t.demo.unitIds.get('Tổ dân phố 1')!,
      sections: report(
        'Phong trào "Ngày Chủ nhật xanh" thu hút 300 lượt người.',
        'Giữ vững tổ dân phố văn hóa.',
      ),
      numbers,
      status: 'submitted',
    },
    {
      organizationId,
      conferenceId,
      unitId: t.demo.unitIds.get('Tổ dân phố 2')!,
      sections: report('Bản nháp chưa gửi.', 'Chưa gửi.'),
      numbers,
      status: 'draft',
    },
  ]);
});
afterAll(async () => t?.close());

const compile = async () => {
  const res = await t.send('POST', `${base}/compile`, secretary);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as SummaryReportView;
};
const section = (v: SummaryReportView, key: string) => v.sections.find((s) => s.key === key)!;
const row = (rows: ReportStatistics['byUnit'], label: string) => rows.find((r) => r.label === label);

describe('Báo cáo tổng kết', () => {
  it('answers a report never compiled with its eight sections empty, in print order', async () => {
    const v: SummaryReportView = (await t.send('GET', base, secretary)).json();
    expect(v.compiledAt).toBeNull();
    expect(v.sections.map((s) => `${s.part}:${s.key}`)).toEqual([
      '1:movements',
      '1:commendations',
      '1:leadership',
      '1:shortcomings',
      '1:lessons',
      '2:goals',
      '2:contents',
      '2:solutions',
    ]);
    expect(v.permissions.canEdit).toBe(true);
  });

  it('counts the sent nominations (not drafts) by unit, kind, gender and group, as the dashboard does', async () => {
    const v = await compile();
    const s = v.statistics!;
    expect(s).toMatchObject({ nominations: 4, honoured: 0, collectives: 1, individuals: 3 });
    expect(row(s.byUnit, 'Tổ dân phố 1')?.nominations).toBe(3);
    expect(row(s.byUnit, 'Tổ dân phố 2')?.nominations).toBe(1);
    expect(row(s.byUnit, 'Tổ dân phố 5')?.nominations).toBe(0);
    expect(s.byGender.map((r) => `${r.key}=${r.nominations}`)).toEqual([
      'female=2',
      'male=1',
      'collective=1',
    ]);
    // before the decision the share is of the nominated individuals: a worker and a farmer of three
    expect(s.directWorkers).toEqual({ count: 2, of: 3, percent: 66.7 });
    expect(s.unitReports).toEqual({ sent: 1, of: t.demo.unitIds.size });
    expect(s.previous).toBeNull();
    const dash = (await t.send('GET', `/api/conferences/${t.demo.conferenceId}/dashboard`, secretary)).json();
    expect(dash.nominations.total).toBe(s.nominations);
    expect(
      dash.nominations.byGender.map((r: { key: string; count: number }) => `${r.key}=${r.count}`),
    ).toEqual(s.byGender.map((r) => `${r.key}=${r.nominations}`));
    expect(dash.nominations.byForm.map((r: { count: number }) => r.count)).toEqual(
      s.byForm.map((r) => r.nominations),
    );
  });

  it('drafts each section from the sent unit reports, the unit named; directions feed the contents', async () => {
    const v: SummaryReportView = (await t.send('GET', base, secretary)).json();
    expect(section(v, 'movements').draft).toBe(
      'Tổ dân phố 1: Phong trào "Ngày Chủ nhật xanh" thu hút 300 lượt người.',
    );
    expect(section(v, 'contents').draft).toBe('Tổ dân phố 1: Giữ vững tổ dân phố văn hóa.');
    expect(section(v, 'commendations').draft).toContain(
      'Các đơn vị đã gửi 4 hồ sơ đề nghị khen thưởng (1 tập thể, 3 cá nhân).',
    );
    expect(section(v, 'goals').draft).toBe('');
    expect(JSON.stringify(v)).not.toContain('Bản nháp chưa gửi');
  });

  let version = 0;
  it('saves a body at its version, keeps it through a refresh, and refuses a stale save with the current section', async () => {
    const v: SummaryReportView = (await t.send('GET', base, secretary)).json();
    const put = (body: string, ver: number) =>
      t.send('PUT', `${base}/sections/movements`, secretary, { body, version: ver });
    const first = await put(
      'Phong trào thi đua được triển khai sâu rộng.\n\n- Ngày Chủ nhật xanh',
      section(v, 'movements').version,
    );
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ updatedByName: 'Trần Thị Hà', version: 2 });
    version = first.json().version;
    const stale = await put('Bản của người khác', version - 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.body).toBe(
      'Phong trào thi đua được triển khai sâu rộng.\n\n- Ngày Chủ nhật xanh',
    );
    const again = await compile();
    expect(section(again, 'movements')).toMatchObject({
      body: 'Phong trào thi đua được triển khai sâu rộng.\n\n- Ngày Chủ nhật xanh',
      version,
    });
    expect(section(again, 'movements').draft).toContain('Tổ dân phố 1:');
    const second = await put('Phong trào thi đua được triển khai sâu rộng, hiệu quả.', version);
    expect(second.statusCode).toBe(200);
  });

  it('keeps every saved body in the history, newest first, and audits the saves', async () => {
    const res = await t.send('GET', `${base}/sections/movements/history`, secretary);
    expect(res.statusCode).toBe(200);
    expect(
      res.json().map((h: { version: number; editedByName: string }) => `${h.version} ${h.editedByName}`),
    ).toEqual(['3 Trần Thị Hà', '2 Trần Thị Hà']);
    const v: SummaryReportView = (await t.send('GET', base, secretary)).json();
    const id = section(v, 'movements').id!;
    expect(await auditTrail(t, id, secretary)).toEqual([
      'summary_report_section.saved Trần Thị Hà',
      'summary_report_section.saved Trần Thị Hà',
    ]);
  });

  it("keeps the office's draft from a unit head: no reading, compiling or editing", async () => {
    const tdp5 = await t.login('tdp5');
    expect((await t.send('GET', base, tdp5)).statusCode).toBe(403);
    expect((await t.send('POST', `${base}/compile`, tdp5)).statusCode).toBe(403);
    expect((await t.send('PUT', `${base}/sections/goals`, tdp5, { body: 'x', version: 1 })).statusCode).toBe(
      403,
    );
  });

  it('refuses an unknown section with 400 naming the rule', async () => {
    const res = await t.send('PUT', `${base}/sections/khac`, secretary, { body: 'x', version: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/Mục báo cáo không hợp lệ/);
  });

  it('is issued through the register with a BC number; the DOCX and PDF print the sections and figures', async () => {
    const reg = `/api/conferences/${t.demo.conferenceId}/register`;
    const res = await t.send('POST', `${reg}/issue`, secretary, {
      kind: 'summary_report',
      signerName: 'Lê Đình Thắng',
      signedAt: '2020-03-29T10:00:00+07:00',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ type: 'BC', number: 1, numberLine: 'Số: 01/BC-UBND' });
    const docx = await t.send('GET', `${reg}/${res.json().id}/file.docx`, secretary);
    const text = flat((await readDocx(docx.rawPayload)).paragraphs.map((p) => p.text).join('\n'));
    expect(text).toContain('PHẦN THỨ NHẤT');
    expect(text).toContain('Phong trào thi đua được triển khai sâu rộng, hiệu quả.');
    // the contents section was never edited: its draft is printed
    expect(text).toContain('Tổ dân phố 1: Giữ vững tổ dân phố văn hóa.');
    expect(text).toContain('Số: 01/BC-UBND');
    const pdf = await t.send('GET', `${reg}/${res.json().id}/file.pdf`, secretary);
    const pages = flat((await pdfPagesText(pdf.rawPayload)).join(' '));
    expect(pages).toContain('PHẦN THỨ HAI');
    expect(pages).toContain('triển khai sâu rộng, hiệu quả');
  });
});
