import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setConferenceDay } from '../../../../tests/helpers/delegates';
import { pdfPagesText, pdfQrCodes } from '../../../../tests/helpers/pdf';
import { auditOf, openDemo, type TestApp } from '../../../../tests/helpers/test-app';

let t: TestApp, conf: string, secretary: string;
beforeAll(async () => {
  ({ t, base: conf, secretary } = await openDemo());
  await setConferenceDay(t, secretary, 0);
});
afterAll(async () => t?.close());

type Item = { id: string; fullName: string; version: number; rsvpStatus: string };
const list = async (): Promise<Item[]> => (await t.send('GET', `${conf}/delegates`, secretary)).json().items;
const flat = (s: string) => s.replace(/\s+/g, ' ');
const nameOnPage = (page: string) =>
  /kính mời: (?:Ông|Bà|Ông\/Bà) (.+?) (?:Chức vụ|Đơn vị|Đến dự)/.exec(flat(page))?.[1];

describe('invitations of the chosen delegates', () => {
  it('prints only the three chosen, in the order they were chosen', async () => {
    const all = await list();
    const chosen = [all[7]!, all[2]!, all[40]!];
    const ids = chosen.map((d) => d.id).join(',');
    const res = await t.send('GET', `${conf}/delegates/invitations.pdf?paper=A5&ids=${ids}`, secretary);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('Giay-moi-da-chon-A5.pdf');
    const pages = await pdfPagesText(res.rawPayload);
    expect(pages).toHaveLength(3);
    expect(pages.map(nameOnPage)).toEqual(chosen.map((d) => d.fullName));
    expect(pdfQrCodes(res.rawPayload)).toHaveLength(3);
  });

  it('refuses a malformed or unknown id, naming it', async () => {
    const bad = await t.send('GET', `${conf}/delegates/invitations.pdf?ids=abc`, secretary);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.fields)).toContain('Mã đại biểu không hợp lệ');
    const unknown = await t.send(
      'GET',
      `${conf}/delegates/invitations.pdf?ids=00000000-0000-4000-8000-000000000000`,
      secretary,
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('marks the chosen as sent (audited), keeps answers already received, all or nothing', async () => {
    const all = await list();
    const [a, b, c] = [all[0]!, all[1]!, all[2]!];
    // b has already answered: attending stays attending
    const answered = await t.send('PUT', `${conf}/delegates/${b.id}/rsvp`, secretary, {
      rsvpStatus: 'attending',
      version: b.version,
    });
    expect(answered.statusCode).toBe(200);
    const stale = await t.send('POST', `${conf}/delegates/invitations/sent`, secretary, {
      items: [a, b, c].map((d) => ({ id: d.id, version: d.version })),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toBe(
      `Đại biểu "${b.fullName}" vừa được người khác thay đổi. Chưa đánh dấu đại biểu nào; hãy tải lại danh sách rồi chọn lại.`,
    );
    expect((await list()).find((d) => d.id === a.id)!.rsvpStatus).toBe('not_sent');

    const now = new Map((await list()).map((d) => [d.id, d]));
    const res = await t.send('POST', `${conf}/delegates/invitations/sent`, secretary, {
      items: [a, b, c].map((d) => ({ id: d.id, version: now.get(d.id)!.version })),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ marked: 2, unchanged: 1 });
    const after = new Map((await list()).map((d) => [d.id, d.rsvpStatus]));
    expect([after.get(a.id), after.get(b.id), after.get(c.id)]).toEqual(['sent', 'attending', 'sent']);

    expect((await auditOf(t, a.id, secretary))[0]).toMatchObject({
      action: 'delegate.rsvp',
      actorName: 'Trần Thị Hà',
    });
    expect(
      (
        await t.send('POST', `${conf}/delegates/invitations/sent`, await t.login('letan'), {
          items: [{ id: a.id, version: 1 }],
        })
      ).statusCode,
    ).toBe(403);
  });
});
