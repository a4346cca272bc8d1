import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setConferenceDay } from '../../../../tests/helpers/delegates';
import { pdfPagesText, pdfQrCodes } from '../../../../tests/helpers/pdf';
import { loginStranger } from '../../../../tests/helpers/strangers';
import { createTestApp, openDemo, type TestApp } from '../../../../tests/helpers/test-app';
import { vietnameseDate } from '../../../shared/rules/vietnamese-date';
import { loadEnv } from '../../env';

let t: TestApp, conf: string, secretary: string;
let reception: string;
let day: string;
beforeAll(async () => {
  ({ t, base: conf, secretary } = await openDemo());
  reception = await t.login('letan');
  day = await setConferenceDay(t, secretary, 0);
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, cookie?: string) =>
  t.app.inject({ url, headers: cookie ? { cookie } : {}, payload: undefined });
const flat = (s: string) => s.replace(/\s+/g, ' ');

type Item = { id: string; fullName: string; seatGroup: string; gender: 'male' | 'female' | null };
async function delegates(): Promise<Item[]> {
  return (await get(`${conf}/delegates`, secretary)).json().items;
}

describe('invitation PDFs (giấy mời)', () => {
  it('prints one page per delegate whose QR checks the right delegate in at the door', async () => {
    const res = await get(`${conf}/delegates/invitations.pdf?paper=A5`, secretary);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('Giay-moi-A5.pdf');
    const pdf = res.rawPayload;
    const pages = await pdfPagesText(pdf);
    const list = await delegates();
    expect(pages).toHaveLength(list.length);
    expect(list.length).toBe(100);
    // the day and the start time of the conference-day milestone (07:30 in the demo)
    const when = `07 giờ 30 phút, ${vietnameseDate(day)!}`;
    for (const page of pages) {
      expect(flat(page)).toContain('GIẤY MỜI');
      expect(flat(page)).toContain(`Thời gian: ${when}.`);
      expect(flat(page)).toContain('UBND PHƯỜNG VĂN YÊN');
    }
    // Every delegate has its page, with the name in full (NFC) after Ông/Bà.
    const all = flat(pages.join('\n'));
    for (const d of list) expect(all).toContain(` ${d.fullName}`);
    expect(all).toBe(all.normalize('NFC'));

    const codes = pdfQrCodes(pdf);
    expect(codes).toHaveLength(100);
    expect(new Set(codes).size).toBe(100);
    const first = codes[0]!;
    expect(first).toMatch(/^http:\/\/localhost(:\d+)?\/checkin\/[A-Za-z0-9_-]{43}$/);
    const firstName = /kính mời: (?:Ông|Bà|Ông\/Bà) (.+?) (?:Chức vụ|Đơn vị|Đến dự)/.exec(
      flat(pages[0]!),
    )?.[1];

    const checkin = await t.send('POST', `${conf}/checkins`, reception, { token: first });
    expect(checkin.statusCode).toBe(201);
    expect(checkin.json().delegate.fullName).toBe(firstName);

    // Printing again gives the same QR codes (the invitations already sent stay valid).
    const again = await get(`${conf}/delegates/invitations.pdf`, secretary);
    expect(pdfQrCodes(again.rawPayload)).toEqual(codes);
    expect(await pdfPagesText(again.rawPayload)).toHaveLength(100);
  });

  it('prints one delegate’s invitation with the seat group and the salutation', async () => {
    const d = (await delegates()).find((x) => x.seatGroup && x.gender)!;
    expect(d).toBeDefined();
    const res = await get(`${conf}/delegates/${d.id}/invitation.pdf?paper=A4`, secretary);
    expect(res.statusCode).toBe(200);
    const pages = await pdfPagesText(res.rawPayload);
    expect(pages).toHaveLength(1);
    const text = flat(pages[0]!);
    expect(text).toContain(`Trân trọng kính mời: ${d.gender === 'male' ? 'Ông' : 'Bà'} ${d.fullName}`);
    expect(text).toContain(`Vị trí ngồi: ${d.seatGroup}`);
    expect(decodeURIComponent(res.headers['content-disposition'] as string)).toMatch(
      /Giay-moi-[A-Za-z-]+\.pdf/,
    );
    expect(pdfQrCodes(res.rawPayload)[0]).toMatch(/\/checkin\//);
  });

  it('answers 400 for an unknown paper size and 404 for a delegate of nowhere', async () => {
    const bad = await get(`${conf}/delegates/invitations.pdf?paper=A3`, secretary);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.paper).toBe('Khổ giấy phải là A4 hoặc A5');
    const missing = await get(
      `${conf}/delegates/00000000-0000-4000-8000-000000000000/invitation.pdf`,
      secretary,
    );
    expect(missing.statusCode).toBe(404);
  });

  it('keeps invitations (and their tokens) from reception, unit heads, strangers and anonymous users', async () => {
    expect((await get(`${conf}/delegates/invitations.pdf`)).statusCode).toBe(401);
    expect((await get(`${conf}/delegates/invitations.pdf`, reception)).statusCode).toBe(403);
    expect((await get(`${conf}/delegates/invitations.pdf`, await t.login('tdp5'))).statusCode).toBe(403);
    const { cookie: stranger } = await loginStranger(t);
    expect((await get(`${conf}/delegates/invitations.pdf`, stranger)).statusCode).toBe(404);
    expect((await get(`${conf}/delegates/name-cards.pdf`, stranger)).statusCode).toBe(404);
  });
});

describe('name cards (bảng tên, thẻ bàn)', () => {
  it('prints badges grouped per seat group, 8 to a sheet', async () => {
    const list = await delegates();
    const res = await get(`${conf}/delegates/name-cards.pdf?kind=badge`, secretary);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('Bang-ten.pdf');
    const pages = (await pdfPagesText(res.rawPayload)).map(flat);
    const groups = new Map<string, number>();
    for (const d of list) groups.set(d.seatGroup, (groups.get(d.seatGroup) ?? 0) + 1);
    const sheets = [...groups.values()].reduce((n, count) => n + Math.ceil(count / 8), 0);
    expect(pages).toHaveLength(sheets);
    for (const [group, count] of groups) {
      const label = group || 'Chưa xếp khu vực ghế';
      expect(pages.some((p) => p.includes(`Khu vực ghế: ${label} — ${count} đại biểu`))).toBe(true);
    }
    const all = pages.join(' ');
    for (const d of list) expect(all).toContain(d.fullName);
  });

  it('prints one place card per delegate; reception may not print them', async () => {
    const res = await get(`${conf}/delegates/name-cards.pdf?kind=place`, secretary);
    expect(res.statusCode).toBe(200);
    expect(await pdfPagesText(res.rawPayload)).toHaveLength(100);
    expect((await get(`${conf}/delegates/name-cards.pdf`, reception)).statusCode).toBe(403);
  });
});

describe('the address in the QR codes', () => {
  it('is PUBLIC_URL when set (the address phones on the hall network open)', async () => {
    const other = await createTestApp({ PUBLIC_URL: 'https://vinhdanh.vanyen.gov.vn/' });
    try {
      const cookie = await other.login('thuky');
      const d = (
        await other.app.inject({
          url: `/api/conferences/${other.demo.conferenceId}/delegates`,
          headers: { cookie },
        })
      ).json().items[0];
      const res = await other.app.inject({
        url: `/api/conferences/${other.demo.conferenceId}/delegates/${d.id}/invitation.pdf`,
        headers: { cookie },
      });
      expect(res.statusCode).toBe(200);
      expect(pdfQrCodes(res.rawPayload)[0]).toMatch(
        /^https:\/\/vinhdanh\.vanyen\.gov\.vn\/checkin\/[A-Za-z0-9_-]{43}$/,
      );
    } finally {
      await other.close();
    }
    expect(() => loadEnv({ PUBLIC_URL: 'ftp://vanyen' })).toThrow(
      'PUBLIC_URL phải là địa chỉ http:// hoặc https://',
    );
  });
});
