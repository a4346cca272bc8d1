import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';

let t: TestApp;
let secretary: string;
let base: string;

type Item = {
  id: string;
  number: string;
  title: string;
  start: string;
  end: string;
  durationMinutes: number;
  version: number;
  kind: string;
};
type Program = {
  session: { startTime: string; plannedEnd: string; end: string; version: number; overMinutes: number };
  items: Item[];
  messages: { level: string; message: string }[];
  allocation: { ok: boolean; rows: { label: string }[]; messages: string[] };
  performances: { id: string; unitName: string; version: number }[];
};

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('thuky');
  base = `/api/conferences/${t.demo.conferenceId}/program`;
});
afterAll(async () => {
  await t?.close();
});

const call = (
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
  cookie = secretary,
) =>
  t.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const program = async () => (await call('GET', base)).json() as Program;

describe('the agenda from the plan', () => {
  it('makes the 13 items of the plan with times from 07:30, once', async () => {
    const before = await program();
    expect(before.items).toEqual([]);
    const res = await call('POST', `${base}/from-plan`);
    expect(res.statusCode).toBe(200);
    const p = res.json() as Program & { created: number };
    expect(p.created).toBe(13);
    expect(p.items).toHaveLength(13);
    expect(p.items.map((i) => i.number)).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1)));
    expect(p.items[0]).toMatchObject({ title: 'Đón tiếp đại biểu', start: '07:30', end: '07:35' });
    expect(p.items[12]).toMatchObject({ title: 'Tổng kết và bế mạc' });
    // each item starts when the one before ends
    for (let i = 1; i < 13; i++) expect(p.items[i]!.start).toBe(p.items[i - 1]!.end);
    expect(p.session).toMatchObject({ startTime: '07:30', plannedEnd: '11:30', end: p.items[12]!.end });
    expect(p.session.overMinutes).toBeLessThan(0);
    const again = (await call('POST', `${base}/from-plan`)).json() as Program & { created: number };
    expect(again.created).toBe(0);
    expect(again.items.map((i) => i.id)).toEqual(p.items.map((i) => i.id));
  });

  it('reorders in one request; later items shift; a stale order is refused with 409', async () => {
    const p = await program();
    const closing = p.items[12]!;
    const ids = [closing.id, ...p.items.slice(0, 12).map((i) => i.id)];
    const res = await call('PUT', `${base}/order`, { ids, version: p.session.version });
    expect(res.statusCode).toBe(200);
    const after = res.json() as Program;
    expect(after.items[0]).toMatchObject({
      id: closing.id,
      start: '07:30',
      end: `07:${30 + closing.durationMinutes}`,
    });
    // every item that was before it now starts later by the closing's duration
    for (const old of p.items.slice(0, 12)) {
      const now = after.items.find((i) => i.id === old.id)!;
      const [h0, m0] = old.start.split(':').map(Number);
      const [h1, m1] = now.start.split(':').map(Number);
      expect(h1! * 60 + m1! - (h0! * 60 + m0!)).toBe(closing.durationMinutes);
    }
    const stale = await call('PUT', `${base}/order`, {
      ids: p.items.map((i) => i.id),
      version: p.session.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.ids[0]).toBe(closing.id);
    // a list that is not the agenda's items is refused too
    const partial = await call('PUT', `${base}/order`, { ids: ids.slice(1), version: after.session.version });
    expect(partial.statusCode).toBe(409);
    // back as it was
    const back = await call('PUT', `${base}/order`, {
      ids: p.items.map((i) => i.id),
      version: after.session.version,
    });
    expect(back.statusCode).toBe(200);
  });

  it('refuses a bad duration naming the item, and keeps what was saved', async () => {
    const p = await program();
    const report = p.items[4]!;
    for (const bad of [-5, 0, 2.5]) {
      const res = await call('PUT', `${base}/items/${report.id}`, {
        durationMinutes: bad,
        version: report.version,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(
        /^Mục 5 'Báo cáo tổng kết phong trào thi đua .*…': thời lượng phải là số phút dương/u,
      );
      expect(res.json().error.fields.durationMinutes).toBe(res.json().error.message);
    }
    const add = await call('POST', `${base}/items`, {
      kind: 'other',
      title: 'Chụp ảnh lưu niệm',
      durationMinutes: -1,
    });
    expect(add.statusCode).toBe(400);
    expect(add.json().error.message).toContain(
      "Mục 14 'Chụp ảnh lưu niệm': thời lượng phải là số phút dương",
    );
    const mc = await call('PUT', `${base}/items/${report.id}`, {
      mcTemplate: 'Mời {ten} lên trình bày {title}',
      version: report.version,
    });
    expect(mc.statusCode).toBe(400);
    expect(mc.json().error.fields.mcTemplate).toMatch(
      /^Mục 5 '.*': lời dẫn MC có chỗ điền không có: \{ten\}/u,
    );
    const stranger = await call('PUT', `${base}/items/${report.id}`, {
      presenterKind: 'delegate',
      presenterDelegateId: '00000000-0000-4000-8000-000000000000',
      version: report.version,
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.fields.presenterDelegateId).toBe(
      'Người thực hiện phải là một đại biểu của hội nghị này',
    );
    const now = await program();
    expect(now.items[4]!.durationMinutes).toBe(report.durationMinutes);
    expect(now.items).toHaveLength(13);
  });

  it('edits a duration and the start time: later items move, past the end is a warning with the minutes', async () => {
    const p = await program();
    const report = p.items[4]!;
    const res = await call('PUT', `${base}/items/${report.id}`, {
      durationMinutes: report.durationMinutes + 15,
      version: report.version,
    });
    expect(res.statusCode).toBe(200);
    const after = res.json() as Program;
    expect(after.items[5]!.start).not.toBe(p.items[5]!.start);
    const stale = await call('PUT', `${base}/items/${report.id}`, {
      durationMinutes: 5,
      version: report.version,
    });
    expect(stale.statusCode).toBe(409);
    const s = await call('PUT', `${base}/session`, {
      startTime: '08:00',
      plannedEnd: '09:00',
      version: after.session.version,
    });
    expect(s.statusCode).toBe(200);
    const late = s.json() as Program;
    expect(late.items[0]!.start).toBe('08:00');
    expect(late.session.overMinutes).toBeGreaterThan(0);
    expect(late.messages).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/chương trình vượt giờ kết thúc dự kiến 09:00 là \d+ phút$/u),
      }),
    ]);
    const bad = await call('PUT', `${base}/session`, {
      startTime: '8h',
      plannedEnd: '11:30',
      version: late.session.version,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.startTime).toContain('Giờ bắt đầu phải có dạng HH:MM');
  });
});

describe('performances', () => {
  it('shows the allocation live and refuses a unit above its range, naming unit and range', async () => {
    const mamnon = t.demo.unitIds.get('Trường Mầm non Văn Yên')!;
    const add = (title: string) =>
      call('POST', `${base}/performances`, {
        unitId: mamnon,
        title,
        performers: 'Các bé lớp Lá',
        durationMinutes: 5,
      });
    expect((await add('Múa: Chú bộ đội')).statusCode).toBe(201);
    const second = await add('Hát: Cháu yêu bà');
    expect(second.statusCode).toBe(201);
    const p = second.json() as Program;
    expect(p.allocation.rows.map((r) => r.label)).toContain('Trường Mầm non: 2/1–2');
    expect(p.allocation.messages).toContain('Trường Tiểu học: còn thiếu 2 tiết mục (0/2)');
    // performances appear in the agenda, under the opening item
    expect(p.items.filter((i) => i.kind === 'performance').map((i) => i.number)).toEqual(['1.1', '1.2']);
    const third = await add('Múa: Em đi mẫu giáo');
    expect(third.statusCode).toBe(400);
    expect(third.json().error.message).toBe(
      'Trường Mầm non chỉ được phân bổ 1–2 tiết mục; lưu tiết mục này sẽ thành 3 tiết mục',
    );
    const badLength = await call('POST', `${base}/performances`, {
      unitId: mamnon,
      title: 'Múa: Hoa',
      durationMinutes: 0,
    });
    expect(badLength.statusCode).toBe(400);
    expect(badLength.json().error.message).toContain("Tiết mục 'Múa: Hoa': thời lượng phải là số phút dương");
    const after = await program();
    expect(after.performances).toHaveLength(2);
    // removing one takes it out of the agenda
    const gone = after.performances[1]!;
    const stale = await call('DELETE', `${base}/performances/${gone.id}?version=${gone.version + 1}`);
    expect(stale.statusCode).toBe(409);
    const del = await call('DELETE', `${base}/performances/${gone.id}?version=${gone.version}`);
    expect(del.statusCode).toBe(200);
    expect((del.json() as Program).items.filter((i) => i.kind === 'performance')).toHaveLength(1);
  });
});

describe('run of show and access', () => {
  it('starts, advances with one tap, refuses a double tap, goes back', async () => {
    const p = await program();
    const start = await call('POST', `${base}/run`, { action: 'start' });
    expect(start.statusCode).toBe(200);
    expect(start.json()).toMatchObject({
      running: true,
      current: { id: p.items[0]!.id },
      next: { id: p.items[1]!.id },
    });
    const next = await call('POST', `${base}/run`, { action: 'next', fromItemId: p.items[0]!.id });
    expect(next.json()).toMatchObject({
      current: { id: p.items[1]!.id, number: p.items[1]!.number },
      next: { id: p.items[2]!.id },
    });
    expect(next.json().overMinutes).toBeTypeOf('number');
    const twice = await call('POST', `${base}/run`, { action: 'next', fromItemId: p.items[0]!.id });
    expect(twice.statusCode).toBe(409);
    const letan = await t.login('letan');
    const seen = await call('GET', `${base}/run`, undefined, letan);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ current: { id: p.items[1]!.id }, permissions: { canRun: false } });
    expect((await call('POST', `${base}/run`, { action: 'next' }, letan)).statusCode).toBe(403);
    const back = await call('POST', `${base}/run`, { action: 'back' });
    expect(back.json()).toMatchObject({ current: { id: p.items[0]!.id } });
  });

  it('lets the culture officer manage, the chair read, a unit head nothing', async () => {
    const vanhoa = await t.login('vanhoa');
    const chair = await t.login('chutich');
    const unitHead = await t.login('tdp5');
    const p = await program();
    const item = p.items[2]!;
    expect(
      (
        await call(
          'PUT',
          `${base}/items/${item.id}`,
          { notes: 'Chiếu trên màn hình lớn', version: item.version },
          vanhoa,
        )
      ).statusCode,
    ).toBe(200);
    expect((await call('GET', base, undefined, chair)).statusCode).toBe(200);
    expect(
      (await call('PUT', `${base}/items/${item.id}`, { notes: 'x', version: item.version + 1 }, chair))
        .statusCode,
    ).toBe(403);
    expect((await call('GET', base, undefined, unitHead)).statusCode).toBe(403);
  });

  it('audits what was written', async () => {
    const rows = (await t.database.db.execute(
      sql`select action from audit_log where conference_id = ${t.demo.conferenceId} and (action like 'agenda%' or action like 'program%' or action like 'performance%')`,
    )) as unknown as { rows?: { action: string }[] } | { action: string }[];
    const list = Array.isArray(rows) ? rows : (rows.rows ?? []);
    const actions = new Set(list.map((r) => r.action));
    for (const a of [
      'agenda_item.created',
      'agenda.reordered',
      'agenda_item.updated',
      'program.session.updated',
      'performance.created',
      'performance.deleted',
      'program.run.next',
    ]) {
      expect(actions).toContain(a);
    }
  });
});
