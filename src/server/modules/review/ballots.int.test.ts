import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedNominations, castAs, meetingWith, SEVEN_MEMBERS } from '../../../../tests/helpers/review';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';

let t: TestApp;
let ids: string[];

beforeAll(async () => {
  t = await createTestApp();
  ids = await acceptedNominations(t, [
    { unit: 'Tổ dân phố 5', name: 'Nguyễn Thị Hường' },
    { unit: 'Tổ dân phố 1', name: 'Trần Văn Bình', gender: 'male' },
    { unit: 'Hội LHPN phường', name: 'Lê Thị Cúc' },
  ]);
});
afterAll(async () => t?.close());

const SIX = ['chutich', 'phochutich', 'uyvien', 'uyvien2', 'uyvien3', 'uyvien4'];

describe('a council meeting with an electronic secret ballot', () => {
  let m: Awaited<ReturnType<typeof meetingWith>>;
  let ballotUrl: string;
  let items: { id: string; nominationId: string; name: string }[];

  it('refuses to open a ballot without quorum', async () => {
    m = await meetingWith(t, ['chutich', 'uyvien', 'uyvien2', 'uyvien3', 'uyvien4']);
    const hoa = (await t.send('GET', m.url, m.secretary)).json();
    expect(hoa.quorum).toMatchObject({ ok: false, needed: 6 });
    const b = await t.send('POST', `${m.url}/ballots`, m.secretary, {
      title: 'Phiếu bầu điển hình tiên tiến (cá nhân)',
      mode: 'electronic',
      items: ids.map((nominationId, i) =>
        // the Hội LHPN member does not vote on the Hội LHPN nominee
        i === 2
          ? {
              nominationId,
              excluded: [
                {
                  councilMemberId: hoa.members.find((x: { fullName: string }) => x.fullName === 'Võ Thị Hoa')
                    .id,
                  reason: 'Cùng đơn vị',
                },
              ],
            }
          : { nominationId },
      ),
    });
    expect(b.statusCode).toBe(201);
    ballotUrl = `${m.url}/ballots/${b.json().id}`;
    items = b.json().items;
    const open = await t.send('POST', `${ballotUrl}/open`, m.secretary);
    expect(open.statusCode).toBe(422);
    expect(open.json().error.message).toBe(
      'Chưa đủ túc số: 5/9 thành viên có mặt, cần ít nhất 6 (2/3). Chưa mở phiếu được.',
    );
  });

  it('opens with quorum; only present members vote, once, and each gets a receipt', async () => {
    const late = await t.login('phochutich');
    const me = (await t.send('GET', m.url, late)).json();
    expect(me.mySeat).toMatchObject({ position: 'vice_chair', present: null });
    await t.send('PUT', `${m.url}/attendance`, late, { councilMemberId: me.mySeat.id, present: true });
    const open = await t.send('POST', `${ballotUrl}/open`, m.secretary);
    expect(open.statusCode).toBe(200);
    expect(open.json()).toMatchObject({ status: 'open', electorateSize: 6 });

    const absent = await castAs(t.app.inject.bind(t.app), await t.login('uyvien5'), ballotUrl, {});
    expect(absent.statusCode).toBe(403);
    expect(absent.json().error.message).toBe('Bạn không có mặt khi mở phiếu nên không được bỏ phiếu này');
    expect((await castAs(t.app.inject.bind(t.app), await t.login('tdp5'), ballotUrl, {})).statusCode).toBe(
      403,
    );

    // 5 agree / 1 disagree for Hường; 3 / 3 for Bình; Cúc: 5 voters (Hoa excluded), 4 agree
    const votes: Record<string, string[]> = {
      chutich: ['agree', 'agree', 'agree'],
      phochutich: ['agree', 'agree', 'agree'],
      uyvien: ['agree', 'disagree', 'agree'],
      uyvien2: ['agree', 'disagree', ''],
      uyvien3: ['agree', 'disagree', 'agree'],
      uyvien4: ['disagree', 'agree', 'disagree'],
    };
    const incomplete = await castAs(t.app.inject.bind(t.app), await t.login('uyvien'), ballotUrl, {
      [items[0]!.id]: 'agree',
    });
    expect(incomplete.statusCode).toBe(400);
    // a choice that is not one of the three, or no paper at all: refused, the entry named
    const wrongChoice = await castAs(t.app.inject.bind(t.app), await t.login('uyvien'), ballotUrl, {
      [items[0]!.id]: 'agree',
      [items[1]!.id]: 'maybe',
      [items[2]!.id]: 'agree',
    });
    expect(wrongChoice.statusCode).toBe(400);
    expect(wrongChoice.json().error.fields).toEqual({ [`choices.${items[1]!.id}`]: 'Lựa chọn không hợp lệ' });
    const noPaper = await t.send('POST', `${ballotUrl}/cast`, await t.login('uyvien'), {
      choices: ['agree'],
    });
    expect(noPaper.statusCode).toBe(400);
    expect(noPaper.json().error.fields).toEqual({ choices: 'Phiếu phải gồm lựa chọn cho từng đề nghị' });
    const hoaVotesOwn = await castAs(t.app.inject.bind(t.app), await t.login('uyvien2'), ballotUrl, {
      [items[0]!.id]: 'agree',
      [items[1]!.id]: 'disagree',
      [items[2]!.id]: 'agree',
    });
    expect(hoaVotesOwn.statusCode).toBe(400);
    const cookies = Object.fromEntries(
      await Promise.all(SIX.map(async (u) => [u, await t.login(u)] as const)),
    );
    // all at once, uyvien4's paper sent twice in the same instant: it counts once
    const paper = (u: string) =>
      castAs(
        t.app.inject.bind(t.app),
        cookies[u]!,
        ballotUrl,
        Object.fromEntries(items.map((it, k) => [it.id, votes[u]![k]!]).filter(([, c]) => c)),
      );
    const [twice, ...receipts] = await Promise.all([paper('uyvien4'), ...SIX.map(paper)]);
    expect([twice!.statusCode, receipts[5]!.statusCode].sort()).toEqual([200, 409]);
    const accepted = receipts.slice(0, 5).concat([twice!.statusCode === 200 ? twice! : receipts[5]!]);
    expect(accepted.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(accepted.map((r) => r.json().receipt)).size).toBe(6);
    // twice — even two at once — counts once
    const again = await Promise.all([
      castAs(t.app.inject.bind(t.app), cookies.chutich!, ballotUrl, {
        [items[0]!.id]: 'disagree',
        [items[1]!.id]: 'disagree',
        [items[2]!.id]: 'disagree',
      }),
      castAs(t.app.inject.bind(t.app), cookies.chutich!, ballotUrl, {
        [items[0]!.id]: 'disagree',
        [items[1]!.id]: 'disagree',
        [items[2]!.id]: 'disagree',
      }),
    ]);
    expect(again.map((r) => r.statusCode)).toEqual([409, 409]);
    expect(again[0]!.json().error.message).toBe('Bạn đã bỏ phiếu này rồi; không thể bỏ lại hay sửa');
    // before closing nobody sees results, only that people voted
    const mid = (await t.send('GET', m.url, m.secretary)).json().ballots[0];
    expect(mid.ballotsCast).toBe(6);
    expect(mid.items.every((i: { result: unknown }) => i.result === null)).toBe(true);
    const mine = (await t.send('GET', m.url, cookies.uyvien!)).json().ballots[0];
    expect(mine.me).toMatchObject({ voted: true, inElectorate: true });
  });

  it('closes for good and shows counts, shares and pass/fail by the form’s threshold', async () => {
    const close = await t.send('POST', `${ballotUrl}/close`, m.secretary);
    expect(close.statusCode).toBe(200);
    const byName = Object.fromEntries(
      close.json().items.map((i: { name: string; result: unknown }) => [i.name, i.result]),
    );
    expect(byName['Nguyễn Thị Hường']).toMatchObject({
      agree: 5,
      disagree: 1,
      base: 6,
      passed: true,
      reason: 'Đạt: 5/6 = 83,33% ≥ 70% số thành viên có mặt',
    });
    expect(byName['Trần Văn Bình']).toMatchObject({
      agree: 3,
      disagree: 3,
      passed: false,
      reason: 'Không đạt: 3/6 = 50% chưa ≥ 70% số thành viên có mặt',
    });
    expect(byName['Lê Thị Cúc']).toMatchObject({ agree: 4, disagree: 1, base: 5, passed: true });
    expect(byName['Lê Thị Cúc'].reason).toMatch(
      /1 thành viên không tham gia biểu quyết mục này do xung đột lợi ích/,
    );
    const reopen = await t.send('POST', `${ballotUrl}/open`, m.secretary);
    expect(reopen.statusCode).toBe(422);
    expect(reopen.json().error.message).toBe('Phiếu đã đóng, không mở lại được');
    const late = await castAs(t.app.inject.bind(t.app), await t.login('phochutich'), ballotUrl, {});
    expect(late.statusCode).toBe(422);
  });
});

describe('paper ballots and shows of hands', () => {
  it('takes the tally committee’s counts, refusing counts that do not add up', async () => {
    const m = await meetingWith(t, SEVEN_MEMBERS);
    const b = (
      await t.send('POST', `${m.url}/ballots`, m.secretary, {
        title: 'Phiếu giấy',
        mode: 'paper',
        items: [{ nominationId: ids[1] }],
      })
    ).json();
    const url = `${m.url}/ballots/${b.id}`;
    await t.send('POST', `${url}/open`, m.secretary);
    const item = b.items[0].id;
    const early = await t.send('POST', `${url}/close`, m.secretary);
    expect(early.statusCode).toBe(422);
    expect(early.json().error.message).toBe(
      'Chưa nhập kết quả kiểm phiếu / biểu quyết, chưa đóng phiếu được',
    );
    const enter = (body: object) => t.send('PUT', `${url}/counts`, m.secretary, { version: 2, ...body });
    const tooMany = await enter({
      papersIssued: 7,
      papersReturned: 7,
      tallyCommittee: ['Hồ Văn Sơn', 'Bùi Thị Nga'],
      counts: { [item]: { agree: 6, disagree: 2 } },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields[`counts.${item}`]).toBe(
      'Tổng số phiếu (8) vượt quá số phiếu hợp lệ có thể có (7)',
    );
    const returnedOver = await enter({
      papersIssued: 7,
      papersReturned: 8,
      tallyCommittee: ['Hồ Văn Sơn'],
      counts: { [item]: { agree: 6, disagree: 1 } },
    });
    expect(returnedOver.json().error.fields.papersReturned).toBe(
      'Số phiếu thu về (8) vượt số phiếu phát ra (7)',
    );
    const noCommittee = await enter({
      papersIssued: 7,
      papersReturned: 7,
      counts: { [item]: { agree: 6, disagree: 1 } },
    });
    expect(noCommittee.json().error.fields.tallyCommittee).toBe('Cần ghi tên ban kiểm phiếu');
    const ok = await enter({
      papersIssued: 7,
      papersReturned: 7,
      tallyCommittee: ['Hồ Văn Sơn', 'Bùi Thị Nga'],
      counts: { [item]: { agree: 6, disagree: 1 } },
    });
    expect(ok.statusCode).toBe(200);
    const closed = (await t.send('POST', `${url}/close`, m.secretary)).json();
    expect(closed.items[0].result).toMatchObject({ agree: 6, disagree: 1, base: 7, passed: true });
  });
});
