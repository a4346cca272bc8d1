// Hoàn tác: reception tapped "Đón" on the wrong person and takes it back.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCheckinDay, openEvents, setConferenceDay } from '../../../../tests/helpers/delegates';
import type { TestApp } from '../../../../tests/helpers/test-app';

let t: TestApp, conf: string, secretary: string, reception: string, close: () => Promise<void>;
beforeAll(async () => {
  ({ t, conf, secretary, reception, close } = await openCheckinDay());
});
afterAll(async () => close?.());

type Found = { id: string; fullName: string; checkIn: unknown };
const undo = (cookie: string, id: string) => t.send('DELETE', `${conf}/checkins/${id}`, cookie);
const arrived = async () =>
  (await t.send('GET', `${conf}/checkin/summary`, reception)).json().arrived as number;
const notArrivedIds = async () =>
  ((await t.send('GET', `${conf}/checkin/not-arrived`, reception)).json().items as Found[]).map((d) => d.id);

describe('undoing a check-in', () => {
  it('puts the delegate back to not arrived, lowers the count, tells every phone and is audited', async () => {
    const baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const phone = await openEvents(`${baseUrl}${conf}/checkin/events`, secretary);
    await phone.ready();
    const [target] = (await t.send('GET', `${conf}/checkin/search?q=huong`, reception)).json()
      .items as Found[];
    expect(target!.fullName).toBe('Nguyễn Thị Hường');
    const before = await arrived();
    expect((await t.send('POST', `${conf}/checkins`, reception, { delegateId: target!.id })).statusCode).toBe(
      201,
    );
    expect(await arrived()).toBe(before + 1);

    const res = await undo(reception, target!.id);
    expect(res.statusCode).toBe(200);
    expect(res.json().message).toMatch(/^Đã hoàn tác lượt đón Nguyễn Thị Hường \(lúc \d\d:\d\d\): chưa đến$/);
    expect(res.json().delegate).toMatchObject({ id: target!.id, checkIn: null });
    expect(await arrived()).toBe(before);
    expect(await notArrivedIds()).toContain(target!.id);
    const again = (await t.send('GET', `${conf}/checkin/search?q=huong`, reception)).json().items as Found[];
    expect(again.find((d) => d.id === target!.id)?.checkIn).toBeNull();

    await phone.next(1, 'checkin_undone');
    expect(phone.events.find((e) => e.event === 'checkin_undone')?.data).toEqual({
      delegateId: target!.id,
      fullName: 'Nguyễn Thị Hường',
    });
    phone.close();

    const audit = (
      (await t.database.db.execute(
        sql`SELECT actor_name, before FROM audit_log WHERE action = 'delegate.checkin_undone' AND entity_id = ${target!.id}`,
      )) as unknown as { rows: { actor_name: string; before: { fullName: string; method: string } }[] }
    ).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_name: 'Lê Thị Vy',
      before: { fullName: 'Nguyễn Thị Hường', method: 'search' },
    });

    // the person can be checked in again when they really arrive
    expect((await t.send('POST', `${conf}/checkins`, reception, { delegateId: target!.id })).statusCode).toBe(
      201,
    );
    expect((await undo(reception, target!.id)).statusCode).toBe(200);
  });

  it('refuses what cannot be undone, in Vietnamese', async () => {
    const [id] = await notArrivedIds();
    const notIn = await undo(reception, id!);
    expect(notIn.statusCode).toBe(409);
    expect(notIn.json().error.message).toContain(
      'chưa được ghi nhận có mặt, không có lượt đón nào để hoàn tác',
    );
    const unknown = await undo(reception, '00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('Không tìm thấy đại biểu trong danh sách của hội nghị này');
  });

  it('needs the check-in right and the reception day, like checking in', async () => {
    const [id] = await notArrivedIds();
    expect((await t.send('POST', `${conf}/checkins`, reception, { delegateId: id })).statusCode).toBe(201);
    expect((await undo(await t.login('tdp5'), id!)).statusCode).toBe(403);
    expect((await undo('', id!)).statusCode).toBe(401);
    await setConferenceDay(t, secretary, -2);
    const late = await undo(reception, id!);
    expect(late.statusCode).toBe(422);
    expect(late.json().error.message).toContain('Đã hết thời gian đón tiếp');
  });
});
