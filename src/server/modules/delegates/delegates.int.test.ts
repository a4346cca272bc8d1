import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDelegateTemplate } from '../../../../tests/helpers/delegates';
import { multipartFile } from '../../../../tests/helpers/nominations';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';
import { readSheet } from '../../../../tests/helpers/xlsx';
import { accepted, decideByHands, group, person } from '../selection/fixtures.int';

let t: TestApp, base: string, secretary: string;
beforeAll(async () => {
  ({ t, base, secretary } = await openDemo('/delegates'));
});
afterAll(async () => t?.close());

type D = { id: string; fullName: string; category: string; version: number };

const list = async (cookie = secretary) =>
  (await t.send('GET', base, cookie)).json() as {
    items: D[];
    composition: { total: number };
  };

async function remove(n: number, category: string) {
  const { items } = await list();
  for (const d of items.filter((x) => x.category === category).slice(0, n)) {
    const res = await t.send('DELETE', `${base}/${d.id}?version=${d.version}`, secretary);
    expect(res.statusCode).toBe(204);
  }
}

const guest = (fullName: string) => ({
  category: 'guest',
  fullName,
  title: 'Khách mời',
  unitName: 'UBND thành phố',
});

async function importFile(rows: Parameters<typeof fillDelegateTemplate>[1], query = '') {
  const template = await t.send('GET', `${base}/template.xlsx`, secretary);
  expect(template.statusCode).toBe(200);
  const body = multipartFile('khach-moi.xlsx', await fillDelegateTemplate(template.rawPayload, rows));
  return t.app.inject({
    method: 'POST',
    url: `${base}/import${query}`,
    headers: { cookie: secretary, ...body.headers },
    payload: body.payload,
  });
}

describe('delegate list', () => {
  it('shows the demo at 70/30 on the gauge', async () => {
    const g = (await t.send('GET', `${base}/composition`, secretary)).json();
    expect(g.categories.map((c: { key: string; count: number }) => [c.key, c.count])).toEqual([
      ['exemplary', 70],
      ['guest', 30],
    ]);
    expect(g.composition).toMatchObject({ ok: true, total: 100, cap: 100, messages: [] });
    const share = g.composition.rules.find((r: { id: string }) => r.id === 'share:exemplary');
    expect(share).toMatchObject({ count: 70, total: 100, percent: 70, target: 70, op: 'min', ok: true });
    const { items } = await list();
    expect(items.filter((d) => d.fullName.startsWith('Nguyễn Văn')).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses reception any change of the list, and the list itself', async () => {
    const reception = await t.login('letan');
    const d = (await list()).items[0]!;
    const put = await t.send('PUT', `${base}/${d.id}`, reception, {
      ...guest('Lê Văn Sửa'),
      version: d.version,
    });
    expect(put.statusCode).toBe(403);
    const post = await t.send('POST', base, reception, guest('X'));
    expect(post.statusCode).toBe(403);
    expect((await t.send('GET', base, reception)).statusCode).toBe(403);
    expect((await list()).composition.total).toBe(100);
  });

  it('refuses a delegate over the cap with the numbers, and a stale edit with 409', async () => {
    const over = await t.send('POST', base, secretary, guest('Khách Thứ 101'));
    expect(over.statusCode).toBe(422);
    expect(over.json().error.message).toContain(
      'danh sách đang có 100 đại biểu, thêm 1 sẽ thành 101, quá mức tối đa 100',
    );
    const bad = await t.send('POST', base, secretary, {
      ...guest(''),
      category: 'press',
      email: 'khong-phai-email',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject({
      fullName: 'Họ và tên không được để trống',
      email: 'Email không hợp lệ',
    });
    const d = (await list()).items.find((x) => x.category === 'guest')!;
    const edit = (version: number, fullName: string) =>
      t.send('PUT', `${base}/${d.id}`, secretary, { ...guest(fullName), version });
    expect((await edit(d.version, 'Trần Văn Mới')).statusCode).toBe(200);
    const stale = await edit(d.version, 'Trần Văn Cũ');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.fullName).toBe('Trần Văn Mới');
  });

  it('records RSVP answers, a substitute only with a name', async () => {
    const d = (await list()).items[0]!;
    const rsvp = (payload: object) => t.send('PUT', `${base}/${d.id}/rsvp`, secretary, payload);
    const noName = await rsvp({ rsvpStatus: 'substitute', version: d.version });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error.fields.substituteName).toBe(
      'Họ tên người dự thay là bắt buộc khi cử người dự thay',
    );
    const ok = await rsvp({
      rsvpStatus: 'substitute',
      substituteName: 'Nguyễn Văn Thay',
      version: d.version,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ rsvpStatus: 'substitute', substituteName: 'Nguyễn Văn Thay' });
    expect((await rsvp({ rsvpStatus: 'attending', version: d.version })).statusCode).toBe(409);
  });

  it('imports guests all or nothing, naming row and column, and refuses breaking the cap', async () => {
    await remove(5, 'guest');
    const broken = await importFile(
      [
        { fullName: 'Nguyễn Văn Khách' },
        { fullName: '', title: 'Phóng viên' },
        { fullName: 'Lê Thị Thư', email: 'sai@' },
      ],
      '?category=guest',
    );
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.rows).toEqual([
      { row: 5, column: 'Họ và tên', message: 'Họ và tên không được để trống' },
      { row: 6, column: 'Email', message: 'Email không hợp lệ' },
    ]);
    expect(broken.json().error.message).toContain("Dòng 5, cột 'Họ và tên': Họ và tên không được để trống");
    expect((await list()).composition.total).toBe(95);

    const eight = Array.from({ length: 8 }, (_, i) => ({
      fullName: `Khách Mời Số ${i + 1}`,
      category: 'Đại biểu khách mời',
    }));
    const tooMany = await importFile(eight);
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().error.message).toContain(
      'danh sách đang có 95 đại biểu, thêm 8 sẽ thành 103, quá mức tối đa 100',
    );
    expect((await list()).composition.total).toBe(95);

    const ok = await importFile(eight.slice(0, 5));
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toEqual({ created: 5 });
    expect((await list()).composition.total).toBe(100);
  });

  it('exports the list with formula-looking text neutralized', async () => {
    await remove(1, 'guest');
    const add = await t.send('POST', base, secretary, { ...guest('=HYPERLINK("x")') });
    expect(add.statusCode).toBe(201);
    const res = await t.send('GET', `${base}/export.xlsx`, secretary);
    expect(res.statusCode).toBe(200);
    const sheet = await readSheet(res.rawPayload);
    expect(sheet.formulas).toBe(0);
    expect(sheet.text.flat()).toContain(`'=HYPERLINK("x")`);
    expect(sheet.text.length).toBe(102);
  });

  it('finalizes only a list that keeps the rules, unless the chair writes a reason (audited)', async () => {
    await remove(3, 'exemplary');
    const broken = await t.send('POST', `${base}/finalize`, secretary, {});
    expect(broken.statusCode).toBe(422);
    expect(broken.json().error.message).toContain('Còn thiếu 3 đại biểu điển hình tiên tiến để đạt 70%');

    const chair = await t.login('chutich');
    const noReason = await t.send('POST', `${base}/finalize`, chair, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields.overrideReason).toContain('bắt buộc');

    const reason = 'Ba đại biểu điển hình ốm, Hội đồng thống nhất giữ danh sách';
    const done = await t.send('POST', `${base}/finalize`, chair, { overrideReason: reason });
    expect(done.statusCode).toBe(200);
    expect(done.json().finalization).toMatchObject({
      finalized: true,
      finalizedByName: 'Lê Đình Thắng',
      overrideReason: reason,
    });
    const audit = (await t.database.db.execute(
      sql`SELECT after FROM audit_log WHERE action = 'delegate_list.finalized_override'`,
    )) as unknown as { rows: { after: { overrideReason: string; brokenRules: string[] } }[] };
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.after.overrideReason).toBe(reason);
    expect(audit.rows[0]!.after.brokenRules[0]).toContain('Còn thiếu 3 đại biểu điển hình tiên tiến');

    const locked = await t.send('POST', base, secretary, guest('Sau Khi Chốt'));
    expect(locked.statusCode).toBe(422);
    expect(locked.json().error.message).toContain('đã được chốt');
    const reopen = await t.send('POST', `${base}/reopen`, secretary);
    expect(reopen.statusCode).toBe(200);
    expect(reopen.json().finalization.finalized).toBe(false);
  });

  it('adds the honorees in one action, once', async () => {
    const ids = await accepted(t, [
      { unit: 'Tổ dân phố 5', body: person(t, 'Lê Thị Vinh Danh', { occupationGroup: 'farmer' }) },
      { unit: 'Tổ dân phố 2', body: group(t, 'Tổ dân phố 2 văn hóa') },
    ]);
    await decideByHands(t, ids);
    const add = () => t.send('POST', `${base}/from-honorees`, secretary, {});
    const first = await add();
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ added: 2, alreadyListed: 0 });
    expect((await add()).json()).toMatchObject({ added: 0, alreadyListed: 2 });
    const { items } = await list();
    const fromHonorees = items.filter((d) => (d as D & { source: string }).source === 'honoree');
    expect(
      fromHonorees.map((d) => [d.fullName, d.category, (d as D & { kind: string }).kind]).sort(),
    ).toEqual([
      ['Lê Thị Vinh Danh', 'exemplary', 'individual'],
      ['Nguyễn Văn An', 'exemplary', 'collective_representative'],
    ]);
  });
});
