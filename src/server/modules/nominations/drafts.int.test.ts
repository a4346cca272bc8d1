import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPng } from '../../../../tests/helpers/files';
import { individual, multipartFile, setDeadline } from '../../../../tests/helpers/nominations';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';

// Bác Tâm saves what he has typed so far ("Lưu bản nháp"); sending asks for all of it, naming each
// missing field. The office's return reason stays in the nomination's history after he resends it.

let t: TestApp;
let secretary: string;
let tdp5: string;
let base: string;
let unitUrl: string;
let form: string;

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('thuky');
  tdp5 = await t.login('tdp5');
  base = `/api/conferences/${t.demo.conferenceId}`;
  unitUrl = `${base}/units/${t.demo.unitIds.get('Tổ dân phố 5')}/nominations`;
  form = t.demo.formIds.get('DHTT-CN')!;
  await setDeadline(t, secretary, 3);
});
afterAll(async () => t?.close());

const act = (cookie: string, n: { id: string; version: number }, action: string, reason?: string) =>
  t.send('POST', `${base}/nominations/${n.id}/${action}`, cookie, { version: n.version, reason });

/** Half a form, as typed on the phone: a name, the review box ticked with one number in it. */
const halfFilled = () => ({
  kind: 'individual',
  awardFormId: form,
  individual: { fullName: 'Hoàng Thị Xuân', gender: '', birthYear: null, ethnicity: '', position: '' },
  summaryHtml: '',
  unitReview: { meetingDate: '', membersPresent: 9, votesFor: null, votesTotal: null },
});

describe('drafts', () => {
  it('saves a half-filled draft, keeping only what was typed', async () => {
    const res = await t.send('POST', unitUrl, tdp5, halfFilled());
    expect(res.statusCode).toBe(201);
    const n = res.json();
    expect(n).toMatchObject({ status: 'draft', name: 'Hoàng Thị Xuân', gender: null });
    expect(n.individual).toEqual({ fullName: 'Hoàng Thị Xuân', field: '', phone: '' });
    expect(n.unitReview).toEqual({ membersPresent: 9 });
    expect(n.history).toEqual([]);
    // and saves it again with even less (no name yet)
    const emptier = await t.send('PUT', `${base}/nominations/${n.id}`, tdp5, {
      kind: 'individual',
      awardFormId: form,
      individual: { fullName: '' },
      version: n.version,
    });
    expect(emptier.statusCode).toBe(200);
    expect(emptier.json()).toMatchObject({ name: '', unitReview: null });
  });

  it('still checks the type and range of what a draft holds, in Vietnamese', async () => {
    const res = await t.send('POST', unitUrl, tdp5, {
      ...halfFilled(),
      individual: { fullName: 'Hoàng Thị Xuân', birthYear: 'năm 60', occupationGroup: 'bộ đội' },
      unitReview: { meetingDate: '2020-02-31', membersPresent: 3, votesTotal: 5 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      'individual.birthYear': 'Năm sinh phải là số',
      'individual.occupationGroup': 'Nhóm đối tượng không hợp lệ',
      'unitReview.meetingDate': 'Ngày họp bình xét không phải là ngày có thật',
      'unitReview.votesTotal': 'Tổng số phiếu không được lớn hơn số thành viên có mặt',
    });
    const noForm = await t.send('POST', unitUrl, tdp5, { ...halfFilled(), awardFormId: '' });
    expect(noForm.statusCode).toBe(400);
    expect(noForm.json().error.fields).toEqual({
      awardFormId: 'Hình thức khen thưởng đề nghị là bắt buộc: hãy chọn một hình thức',
    });
  });

  it('takes a photo on a draft that is only half filled', async () => {
    const n = (await t.send('POST', unitUrl, tdp5, halfFilled())).json();
    const body = multipartFile('anh.png', tinyPng(), 'image/png');
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/nominations/${n.id}/attachments`,
      headers: { cookie: tdp5, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['anh.png']);
  });

  it('refuses to send a half-filled draft, naming every missing field; nothing changes', async () => {
    const n = (await t.send('POST', unitUrl, tdp5, halfFilled())).json();
    const res = await act(tdp5, n, 'submit');
    expect(res.statusCode).toBe(400);
    const missing = {
      'individual.gender': 'Giới tính là bắt buộc',
      'individual.birthYear': 'Năm sinh là bắt buộc',
      'individual.ethnicity': 'Dân tộc là bắt buộc',
      'individual.position': 'Chức vụ/nghề nghiệp là bắt buộc',
      'individual.occupationGroup': 'Nhóm đối tượng là bắt buộc',
      'unitReview.meetingDate': 'Ngày họp bình xét là bắt buộc: nhập ngày/tháng/năm (dd/mm/yyyy)',
      'unitReview.votesFor': 'Số phiếu đồng ý là bắt buộc',
      'unitReview.votesTotal': 'Tổng số phiếu là bắt buộc',
    };
    expect(res.json().error.fields).toEqual(missing);
    expect(res.json().error.message).toBe(
      `Chưa đủ thông tin để gửi "Hoàng Thị Xuân": ${Object.values(missing).join('; ')}`,
    );
    expect(res.json().error.message).not.toContain('YYYY');
    const after = (await t.send('GET', `${base}/nominations/${n.id}`, tdp5)).json();
    expect(after).toMatchObject({ status: 'draft', version: n.version, submittedAt: null, history: [] });
  });

  it('keeps the return reason in the history across the resubmission', async () => {
    let n = (await t.send('POST', unitUrl, tdp5, halfFilled())).json();
    const complete = individual(form, 'Hoàng Thị Xuân', { birthYear: 1961 });
    n = (
      await t.send('PUT', `${base}/nominations/${n.id}`, tdp5, { ...complete, version: n.version })
    ).json();
    n = (await act(tdp5, n, 'submit')).json();
    expect(n.status).toBe('submitted');
    // what was sent is stored in full, as parsed by the request schema
    expect(n.individual).toEqual(complete.individual);
    const reason = 'Biên bản bình xét ghi sai ngày họp, đề nghị kiểm tra lại.';
    n = (await act(secretary, n, 'return', reason)).json();
    n = (
      await t.send('PUT', `${base}/nominations/${n.id}`, tdp5, { ...complete, version: n.version })
    ).json();
    n = (await act(tdp5, n, 'submit')).json();
    expect(n).toMatchObject({ status: 'resubmitted', returnReason: null });

    const seen = (await t.send('GET', `${base}/nominations/${n.id}`, tdp5)).json();
    expect(
      seen.history.map((e: { status: string; actorName: string; reason: string | null }) => [
        e.status,
        e.actorName,
        e.reason,
      ]),
    ).toEqual([
      ['submitted', 'Nguyễn Văn Tâm', null],
      ['returned', 'Trần Thị Hà', reason],
      ['resubmitted', 'Nguyễn Văn Tâm', null],
    ]);
    const times = seen.history.map((e: { at: string }) => Date.parse(e.at));
    expect(times.every((x: number) => Number.isFinite(x))).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // the office reads the same history
    const office = (await t.send('GET', `${base}/nominations/${n.id}`, secretary)).json();
    expect(office.history).toEqual(seen.history);
  });
});
