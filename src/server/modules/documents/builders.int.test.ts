import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../../tests/helpers/docx';
import { pdfPagesText } from '../../../../tests/helpers/pdf';
import { closedPaperBallot, meetingWith } from '../../../../tests/helpers/review';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';
import { amountInWords, baseSalaryOn, formatDong } from '../../../shared/rules/prize-money';
import { todayInVietnam } from '../../../shared/rules/timeline';
import { vietnameseDate } from '../../../shared/rules/vietnamese-date';
import { listBaseSalaries } from '../award-forms/data';
import { accepted, group, PRESENT, person } from '../selection/fixtures.int';
import { setPrizeCoefficients } from './demo.int';

let t: TestApp, base: string, secretary: string;
beforeAll(async () => {
  ({ t, base, secretary } = await openDemo('/documents'));
});
afterAll(async () => t?.close());

const get = (url: string, cookie = secretary) => t.send('GET', url, cookie);
const flat = (s: string) => s.replace(/\s+/g, ' ');
async function texts(kind: string, query = '') {
  const docx = await get(`${base}/${kind}.docx${query}`);
  const pdf = await get(`${base}/${kind}.pdf${query}`);
  expect(docx.statusCode, docx.body).toBe(200);
  expect(pdf.statusCode, pdf.body).toBe(200);
  return [
    flat((await readDocx(docx.rawPayload)).paragraphs.map((p) => p.text).join('\n')),
    flat((await pdfPagesText(pdf.rawPayload)).join('\n')),
  ];
}
const inOrder = (text: string, parts: string[]) => {
  const at = parts.map((p) => text.indexOf(p));
  expect(
    at.every((i) => i >= 0),
    `${parts.filter((_, i) => at[i]! < 0)} missing`,
  ).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
};

describe('before the council decides', () => {
  it('lists every kind; the council papers are not available yet, with the reason', async () => {
    const res = await get(base);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { kind: string; available: boolean; reason: string | null }[];
    expect(items.map((i) => i.kind)).toEqual([
      'plan',
      'program',
      'invitation',
      'delegate_list',
      'submission',
      'minutes',
      'decision',
      'notice',
      'summary_report',
    ]);
    expect(items.find((i) => i.kind === 'summary_report')).toMatchObject({
      available: false,
      reason: 'Báo cáo tổng kết chưa được tổng hợp (trang Báo cáo tổng kết, "Cập nhật số liệu")',
    });
    const minutes = items.find((i) => i.kind === 'minutes')!;
    expect(minutes).toMatchObject({ available: false, reason: 'Chưa có phiên họp Hội đồng nào kết thúc' });
    expect(items.find((i) => i.kind === 'plan')!.available).toBe(true);
    expect((await get(`${base}/minutes.pdf`)).statusCode).toBe(422);
  });

  it('answers 400 in Vietnamese to an unknown kind and 403 to a reader without the data permission', async () => {
    const res = await get(`${base}/budget.pdf`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Không có loại văn bản "budget"');
    const unitHead = await t.login('tdp5');
    expect((await get(`${base}/decision.pdf`, unitHead)).statusCode).toBe(403);
    expect((await get(`${base}/delegate_list.docx`, unitHead)).statusCode).toBe(403);
    expect((await get(`${base}/program.docx`, unitHead)).statusCode).toBe(200);
    expect((await get(`${base}/plan.docx`, unitHead)).statusCode).toBe(200);
  });

  it('gives the programme with the 13 agenda items in order, time and place', async () => {
    for (const text of await texts('program')) {
      expect(text).toContain('CHƯƠNG TRÌNH');
      expect(text).toContain('Hội trường UBND phường Văn Yên');
      inOrder(text, [
        'Đón tiếp đại biểu',
        'Ổn định tổ chức',
        'Phát động phong trào thi đua',
        'Tổng kết và bế mạc',
      ]);
    }
  });
});

describe('the delegate list (Danh sách đại biểu)', () => {
  it('lists each group in Vietnamese given-name order: A before Ă before Â, D before Đ', async () => {
    const delegates = `/api/conferences/${t.demo.conferenceId}/delegates`;
    // The demo is at its cap of 100: five guests make room for five whose names differ only there.
    const { items } = (await get(delegates)).json() as {
      items: { id: string; category: string; version: number }[];
    };
    for (const d of items.filter((x) => x.category === 'guest').slice(0, 5)) {
      expect(
        (await t.send('DELETE', `${delegates}/${d.id}?version=${d.version}`, secretary)).statusCode,
      ).toBe(204);
    }
    const names = ['Phạm Văn Đức', 'Lê Văn Dũng', 'Trần Thị Ân', 'Hoàng Thị An', 'Vũ Văn Ăn'];
    for (const fullName of names) {
      const res = await t.send('POST', delegates, secretary, {
        category: 'guest',
        fullName,
        title: 'Khách mời',
        unitName: 'UBND thành phố Hà Tĩnh',
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    for (const text of await texts('delegate_list')) {
      inOrder(text, ['Hoàng Thị An', 'Vũ Văn Ăn', 'Trần Thị Ân', 'Lê Văn Dũng', 'Phạm Văn Đức']);
    }
  });
});

describe('after a closed ballot and meeting', () => {
  let meetingId: string;
  beforeAll(async () => {
    const ids = await accepted(t, [
      { unit: 'Tổ dân phố 5', body: group(t, 'Tổ dân phố 5 phường Văn Yên') },
      { unit: 'Hội LHPN phường', body: person(t, 'Nguyễn Thị Hường', { position: 'Chủ tịch Hội' }) },
      { unit: 'Tổ dân phố 1', body: person(t, 'Trần Văn Bình', { gender: 'male' }) },
    ]);
    await setPrizeCoefficients(t, { 'DHTT-CN': 1, 'DHTT-TT': 1.5 });
    const meeting = await meetingWith(t, PRESENT, ['Hồ Văn Sơn', 'Bùi Thị Nga']);
    meetingId = meeting.id;
    const url = meeting.url;
    await closedPaperBallot(t, secretary, url, {
      title: 'Phiếu bầu điển hình tiên tiến',
      items: ids.map((nominationId) => ({ nominationId })),
      counts: [
        { agree: 7, disagree: 0 },
        { agree: 6, disagree: 1 },
        { agree: 5, disagree: 2 },
      ],
    });
    const done = await t.send('POST', `${url}/close`, secretary);
    if (done.statusCode !== 200) throw new Error(done.body);
  });

  it('lists the council papers as available', async () => {
    const items = (await get(base)).json().items as { kind: string; available: boolean }[];
    for (const kind of ['submission', 'minutes', 'decision', 'notice']) {
      expect(items.find((i) => i.kind === kind)!.available, kind).toBe(true);
    }
  });

  it('writes the QĐ with the list: collectives first, prizes on the draft’s date (the conference day), totals in figures and words', async () => {
    // no decision date set: the draft QĐ is priced on the conference day, 31/3/2020 (1.490.000 đồng)
    const salary = baseSalaryOn(await listBaseSalaries(t.database.db), '2020-03-31')!.amount;
    expect(salary).toBe(1_490_000);
    const person = salary;
    const collective = Math.round(salary * 1.5);
    const total = 2 * person + collective;
    for (const text of await texts('decision')) {
      expect(text).toContain('QUYẾT ĐỊNH');
      expect(text).toContain('Điều 1. Khen thưởng 01 tập thể và 02 cá nhân');
      expect(text).toContain('mức lương cơ sở 1.490.000 đồng áp dụng vào ngày 31 tháng 3 năm 2020');
      expect(text).toContain('Điều 3.');
      expect(text).toContain(formatDong(total));
      expect(text).toContain(amountInWords(total));
      inOrder(text, [
        'DANH SÁCH CÁC TẬP THỂ',
        'Tổ dân phố 5 phường Văn Yên',
        'Trần Văn Bình',
        'Nguyễn Thị Hường',
      ]);
      expect(text).toContain(formatDong(total).replace(' đồng', ''));
      expect(text).toContain('5.215.000 đồng');
      expect(text).toContain('Năm triệu hai trăm mười lăm nghìn đồng');
    }
  });

  it('writes the minutes with attendance, quorum, tally committee and each item’s counts', async () => {
    for (const text of await texts('minutes', `?meetingId=${meetingId}`)) {
      expect(text).toContain('BIÊN BẢN');
      expect(text).toContain(vietnameseDate('2020-03-25')!);
      expect(text).toContain('có mặt: 7');
      expect(text).toContain('cuộc họp đủ điều kiện tiến hành');
      expect(text).toContain('Ban kiểm phiếu: Hồ Văn Sơn, Bùi Thị Nga');
      expect(text).toMatch(/Trần Văn Bình \(Tổ dân phố 1\) ?\|? ?5 ?\|? ?2 ?\|? ?0/u);
      expect(text).toContain('Đạt');
    }
    const [byDefault] = await texts('minutes');
    expect(byDefault).toContain('Họp Hội đồng TĐKT lần 2');
    expect((await get(`${base}/minutes.pdf?meetingId=00000000-0000-4000-8000-000000000000`)).statusCode).toBe(
      404,
    );
  });

  it('writes the TTr and the TB with the honorees grouped and counted', async () => {
    for (const text of await texts('submission')) {
      expect(text).toContain('TỜ TRÌNH');
      expect(text).toContain('Kính gửi: Chủ tịch UBND phường Văn Yên');
      inOrder(text, ['Điển hình tiên tiến được biểu dương (tập thể): 01 tập thể', 'Nguyễn Thị Hường']);
      expect(text).toContain('Tổng cộng: 01 tập thể và 02 cá nhân');
    }
    for (const text of await texts('notice')) {
      expect(text).toContain('THÔNG BÁO');
      expect(text).toContain(`từ ${vietnameseDate(todayInVietnam())}`);
      inOrder(text, ['Tổ dân phố 5 phường Văn Yên', 'Trần Văn Bình', 'Nguyễn Thị Hường']);
    }
  });

  it('writes the GM and the delegate list', async () => {
    for (const text of await texts('invitation')) {
      expect(text).toContain('GIẤY MỜI');
      expect(text).toContain('Hội trường UBND phường Văn Yên');
    }
    const res = await get(`${base}/delegate_list.pdf`);
    expect(res.statusCode).toBe(200);
  });
});
