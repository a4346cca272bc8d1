import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDeadline } from '../../../../tests/helpers/nominations';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { unitReportSections } from '../../../../tests/helpers/unit-reports';

let t: TestApp;
let secretary: string;
let tdp5: string;
let url: string;

const report = {
  sections: unitReportSections,
  numbers: {
    commendations: [
      { year: 2019, formName: 'Giấy khen của Chủ tịch UBND phường', collectives: 1, individuals: 4 },
    ],
    directWorkerSharePercent: 62.5,
  },
};

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('thuky');
  tdp5 = await t.login('tdp5');
  url = `/api/conferences/${t.demo.conferenceId}/units/${t.demo.unitIds.get('Tổ dân phố 5')}/report`;
});
afterAll(async () => t?.close());

const put = (cookie: string, version: number, body: object = report) =>
  t.send('PUT', url, cookie, { ...body, version });
const act = (cookie: string, action: string, version: number, reason?: string) =>
  t.send('POST', `${url}/${action}`, cookie, { version, reason });

describe('unit report (báo cáo đánh giá)', () => {
  it('cannot be started after the deadline', async () => {
    const res = await put(tdp5, 0);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toMatch(/Đã hết hạn nộp hồ sơ/);
  });

  it('goes draft → submitted → returned → resubmitted → accepted', async () => {
    await setDeadline(t, secretary, 2);
    const empty = (await t.send('GET', url, tdp5)).json();
    expect(empty).toMatchObject({
      status: null,
      version: 0,
      permissions: { canEdit: true, canSubmit: false },
    });
    const bad = await put(tdp5, 0, {
      ...report,
      numbers: { ...report.numbers, directWorkerSharePercent: 120 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields['numbers.directWorkerSharePercent']).toBe(
      'Tỷ lệ người trực tiếp lao động không được vượt quá 100%',
    );
    let r = (await put(tdp5, 0)).json();
    expect(r).toMatchObject({ status: 'draft', version: 1 });
    expect((await put(tdp5, 0)).statusCode).toBe(409);
    // the council does not see drafts
    expect((await t.send('GET', url, await t.login('uyvien'))).statusCode).toBe(403);
    r = (await act(tdp5, 'submit', r.version)).json();
    expect(r.status).toBe('submitted');
    expect((await t.send('GET', url, await t.login('uyvien'))).statusCode).toBe(200);
    expect((await act(tdp5, 'accept', r.version)).statusCode).toBe(403);
    r = (await act(secretary, 'return', r.version, 'Bổ sung số liệu năm 2020')).json();
    expect(r).toMatchObject({ status: 'returned', returnReason: 'Bổ sung số liệu năm 2020' });
    r = (
      await put(tdp5, r.version, { ...report, numbers: { ...report.numbers, directWorkerSharePercent: 70 } })
    ).json();
    r = (await act(tdp5, 'submit', r.version)).json();
    expect(r.status).toBe('resubmitted');
    r = (await act(secretary, 'accept', r.version)).json();
    expect(r.status).toBe('accepted');
    expect(r.numbers.directWorkerSharePercent).toBe(70);
    expect((await put(tdp5, r.version)).statusCode).toBe(422);
    const list = (await t.send('GET', `/api/conferences/${t.demo.conferenceId}/reports`, secretary)).json();
    expect(list.items).toEqual([expect.objectContaining({ unitName: 'Tổ dân phố 5', status: 'accepted' })]);
    const status = (await t.send('GET', `/api/conferences/${t.demo.conferenceId}/submissions`, tdp5)).json();
    expect(status.items[0].reportStatus).toBe('accepted');
  });
});
