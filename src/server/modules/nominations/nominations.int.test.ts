import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { individual, setDeadline } from '../../../../tests/helpers/nominations';
import { auditTrail, createTestApp, type TestApp } from '../../../../tests/helpers/test-app';

let t: TestApp;
let secretary: string;
let tdp5: string;
let base: string;
let tdp5Unit: string;
let honored: string; // DHTT-CN: quota 3 per unit in the demo
let giayKhenTT: string;

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('thuky');
  tdp5 = await t.login('tdp5');
  base = `/api/conferences/${t.demo.conferenceId}`;
  tdp5Unit = t.demo.unitIds.get('Tổ dân phố 5')!;
  honored = t.demo.formIds.get('DHTT-CN')!;
  giayKhenTT = t.demo.formIds.get('GK-TT')!;
});
afterAll(async () => t?.close());

const create = (cookie: string, payload: object, unitId = tdp5Unit) =>
  t.send('POST', `${base}/units/${unitId}/nominations`, cookie, payload);
const act = (cookie: string, n: { id: string; version: number }, action: string, reason?: string) =>
  t.send('POST', `${base}/nominations/${n.id}/${action}`, cookie, { version: n.version, reason });

describe('deadline', () => {
  it('closes the demo after 23/3/2020 and tells the unit what to do', async () => {
    const res = await create(tdp5, individual(honored, 'Nguyễn Thị Hường'));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toBe(
      'Đã hết hạn nộp hồ sơ (23/03/2020). Tổ dân phố 5 không thể gửi hoặc sửa; hãy đề nghị Văn phòng gia hạn cho đơn vị.',
    );
    const status = (await t.send('GET', `${base}/submissions`, secretary)).json();
    expect(status.deadline).toBe('2020-03-23');
    expect(status.items).toHaveLength(17);
    expect(status.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
  });

  it('opens again for one unit when the secretary reopens it (audited), and only for that unit', async () => {
    const until = new Date(Date.now() + 7 * 3600_000 + 86_400_000).toISOString().slice(0, 10);
    const denied = await t.send('POST', `${base}/units/${tdp5Unit}/reopen`, tdp5, { until, reason: 'x' });
    expect(denied.statusCode).toBe(403);
    const res = await t.send('POST', `${base}/units/${tdp5Unit}/reopen`, secretary, {
      until,
      reason: 'Tổ trưởng ốm, nộp chậm',
    });
    expect(res.statusCode).toBe(201);
    expect((await create(tdp5, individual(honored, 'Nguyễn Thị Hường'))).statusCode).toBe(201);
    const other = t.demo.unitIds.get('Tổ dân phố 1')!;
    expect((await create(secretary, individual(honored, 'Trần Văn An'), other)).statusCode).toBe(422);
    const mine = (await t.send('GET', `${base}/submissions`, tdp5)).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0].deadline).toMatchObject({ open: true, daysLeft: 1, extendedUntil: until });
  });
});

describe('nominations', () => {
  beforeAll(async () => {
    await setDeadline(t, secretary, 3);
  });

  it('names each bad field in Vietnamese', async () => {
    // a draft may leave the name empty (drafts.int.test.ts), but what is typed must make sense
    const res = await create(tdp5, individual(honored, '', { birthYear: 1850, gender: 'x' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      'individual.birthYear': 'Năm sinh phải từ 1900 trở đi',
      'individual.gender': 'Giới tính phải là Nam hoặc Nữ',
    });
    const wrongForm = await create(tdp5, individual(giayKhenTT, 'Lê Văn Bình'));
    expect(wrongForm.statusCode).toBe(400);
    expect(wrongForm.json().error.fields.awardFormId).toBe(
      'Hình thức "Giấy khen của Chủ tịch UBND phường (tập thể)" không áp dụng cho cá nhân',
    );
  });

  it('keeps script out of the achievement summary', async () => {
    const res = await create(tdp5, {
      ...individual(honored, 'Phạm Thị Ánh'),
      summaryHtml: '<p>Tốt <script>alert(1)</script><img src=x onerror="alert(2)"></p>',
    });
    expect(res.statusCode).toBe(201);
    const html = res.json().summaryHtml;
    expect(html).not.toMatch(/<script|<img|onerror=/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('runs draft → submitted → returned → resubmitted → accepted, auditing each step', async () => {
    let n = (await create(tdp5, individual(honored, 'Võ Thị Lan'))).json();
    expect(n).toMatchObject({ status: 'draft', unitName: 'Tổ dân phố 5' });
    expect(n.permissions).toMatchObject({ canEdit: true, canSubmit: true, canAccept: false });
    n = (await act(tdp5, n, 'submit')).json();
    expect(n.status).toBe('submitted');
    expect((await act(tdp5, n, 'accept')).statusCode).toBe(403);
    const noReason = await act(secretary, n, 'return');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields.reason).toBe('Lý do không được để trống');
    n = (await act(secretary, n, 'return', 'Bổ sung biên bản họp bình xét')).json();
    expect(n).toMatchObject({ status: 'returned', returnReason: 'Bổ sung biên bản họp bình xét' });
    const mine = (await t.send('GET', `${base}/nominations/${n.id}`, tdp5)).json();
    expect(mine.returnReason).toBe('Bổ sung biên bản họp bình xét');
    const fixed = await t.send('PUT', `${base}/nominations/${n.id}`, tdp5, {
      ...individual(honored, 'Võ Thị Lan'),
      summaryHtml: '<p>Đã bổ sung</p>',
      version: n.version,
    });
    expect(fixed.statusCode).toBe(200);
    n = (await act(tdp5, fixed.json(), 'submit')).json();
    expect(n.status).toBe('resubmitted');
    n = (await act(secretary, n, 'accept')).json();
    expect(n.status).toBe('accepted');
    const frozen = await t.send('PUT', `${base}/nominations/${n.id}`, tdp5, {
      ...individual(honored, 'Võ Thị Lan'),
      version: n.version,
    });
    expect(frozen.statusCode).toBe(422);
    expect(frozen.json().error.message).toMatch(/Đã tiếp nhận/);
    expect(await auditTrail(t, n.id, secretary)).toEqual([
      'nomination.accept Trần Thị Hà',
      'nomination.submit Nguyễn Văn Tâm',
      'nomination.updated Nguyễn Văn Tâm',
      'nomination.return Trần Thị Hà',
      'nomination.submit Nguyễn Văn Tâm',
      'nomination.created Nguyễn Văn Tâm',
    ]);
  });

  it('refuses a submission beyond the quota with quota, used and what to do', async () => {
    const list = (await t.send('GET', `${base}/nominations?unitId=${tdp5Unit}`, tdp5)).json();
    const drafts = list.items.filter((i: { status: string }) => i.status === 'draft');
    // one accepted already (quota 3): two more fit
    for (const d of drafts) expect((await act(tdp5, d, 'submit')).statusCode).toBe(200);
    const extra = (await create(tdp5, individual(honored, 'Đặng Văn Dũng'))).json();
    const over = await act(tdp5, extra, 'submit');
    expect(over.statusCode).toBe(422);
    expect(over.json().error.message).toBe(
      'Chỉ tiêu "Điển hình tiên tiến được biểu dương (cá nhân)" của Tổ dân phố 5 là 3, đã dùng 3. Hãy rút bớt một đề nghị đã gửi hoặc đề nghị Văn phòng phân bổ thêm chỉ tiêu.',
    );
  });

  it('lets only one of two simultaneous submissions take the last place', async () => {
    const unit = t.demo.unitIds.get('Tổ dân phố 2')!;
    const ids = [];
    for (const name of ['Ngô Văn Một', 'Ngô Văn Hai', 'Ngô Văn Ba', 'Ngô Văn Bốn']) {
      ids.push((await create(secretary, individual(honored, name), unit)).json());
    }
    expect((await act(secretary, ids[0], 'submit')).statusCode).toBe(200);
    expect((await act(secretary, ids[1], 'submit')).statusCode).toBe(200);
    const race = await Promise.all([act(secretary, ids[2], 'submit'), act(secretary, ids[3], 'submit')]);
    expect(race.map((r) => r.statusCode).sort()).toEqual([200, 422]);
  });

  it('shows each role what it may see', async () => {
    const tdp1 = t.demo.unitIds.get('Tổ dân phố 1')!;
    const councilList = (
      await t.send('GET', `${base}/nominations?limit=500`, await t.login('uyvien'))
    ).json();
    expect(councilList.items.length).toBeGreaterThan(0);
    expect(councilList.items.every((i: { status: string }) => i.status !== 'draft')).toBe(true);
    const mine = (await t.send('GET', `${base}/nominations?limit=500`, tdp5)).json();
    expect(new Set(mine.items.map((i: { unitId: string }) => i.unitId))).toEqual(new Set([tdp5Unit]));
    const other = (await t.send('GET', `${base}/nominations?unitId=${tdp1}`, tdp5)).json();
    expect(other.total).toBe(0);
    expect((await create(tdp5, individual(honored, 'Lạ'), tdp1)).statusCode).toBe(403);
    expect((await t.send('GET', `${base}/nominations`, await t.login('letan'))).statusCode).toBe(403);
  });

  it('filters, searches without diacritics, sorts by given name and counts', async () => {
    const res = await t.send('GET', `${base}/nominations?q=huong`, secretary);
    expect(res.json().items.map((i: { name: string }) => i.name)).toEqual(['Nguyễn Thị Hường']);
    const all = (await t.send('GET', `${base}/nominations?unitId=${tdp5Unit}&limit=500`, secretary)).json();
    const names = all.items.map((i: { name: string }) => i.name);
    expect(names).toEqual(['Phạm Thị Ánh', 'Đặng Văn Dũng', 'Nguyễn Thị Hường', 'Võ Thị Lan']);
    expect(all.counts.byGender).toEqual({ female: 4 });
    expect(all.counts.byStatus).toMatchObject({ accepted: 1, submitted: 2, draft: 1 });
    const accepted = (await t.send('GET', `${base}/nominations?status=accepted`, secretary)).json();
    expect(accepted.total).toBe(1);
  });
});
