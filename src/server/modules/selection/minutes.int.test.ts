import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPaperBallot, meetingWith } from '../../../../tests/helpers/review';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { accepted, PRESENT, person } from './fixtures.int';

let t: TestApp;
let secretary: string;
let meetingUrl: string;
let ids: string[];

/** Họp Hội đồng lần 2: 7 of 9 present, a paper ballot with one member excluded from one item. */
beforeAll(async () => {
  t = await createTestApp();
  ids = await accepted(t, [
    { unit: 'Tổ dân phố 5', body: person(t, 'Nguyễn Thị Hường') },
    { unit: 'Hội LHPN phường', body: person(t, 'Lê Thị Cúc') },
    { unit: 'Tổ dân phố 1', body: person(t, 'Trần Văn Bình', { gender: 'male' }) },
  ]);
  secretary = await t.login('thuky');
  meetingUrl = (await meetingWith(t, PRESENT, ['Hồ Văn Sơn', 'Bùi Thị Nga'])).url;
  const meeting = (await t.send('GET', meetingUrl, secretary)).json();
  const hoa = meeting.members.find((x: { fullName: string }) => x.fullName === 'Võ Thị Hoa').id;
  await closedPaperBallot(t, secretary, meetingUrl, {
    title: 'Phiếu bầu điển hình tiên tiến (cá nhân)',
    items: [
      { nominationId: ids[0]! },
      { nominationId: ids[1]!, excluded: [{ councilMemberId: hoa, reason: 'Cùng đơn vị Hội LHPN' }] },
      { nominationId: ids[2]! },
    ],
    counts: [
      { agree: 6, disagree: 1 },
      { agree: 5, disagree: 1 },
      { agree: 3, disagree: 4 },
    ],
  });
});
afterAll(async () => t?.close());

describe('minutes of a council meeting (biên bản họp Hội đồng)', () => {
  it('gives attendance, quorum, each item’s counts and result, exclusions and the honorees', async () => {
    const res = await t.send('GET', `${meetingUrl}/minutes`, await t.login('uyvien2'));
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m.organization).toEqual({ name: 'UBND phường Văn Yên', parentName: 'UBND thành phố Hà Tĩnh' });
    expect(m.conference.id).toBe(t.demo.conferenceId);
    expect(m.meeting).toMatchObject({
      title: 'Họp Hội đồng TĐKT lần 2',
      meetingDate: '2020-03-25',
      place: 'Hội trường UBND phường',
      term: '2020-2025',
    });
    expect(m.members).toHaveLength(9);
    expect(m.members[0]).toMatchObject({
      fullName: 'Lê Đình Thắng',
      positionLabel: 'Chủ tịch Hội đồng',
      present: true,
    });
    expect(
      m.members.filter((x: { present: boolean }) => !x.present).map((x: { fullName: string }) => x.fullName),
    ).toEqual(['Trần Thị Hà', 'Ngô Văn Bình']);
    expect(m.members.find((x: { fullName: string }) => x.fullName === 'Võ Thị Hoa')).toMatchObject({
      position: 'member',
      positionLabel: 'Ủy viên',
      unitName: 'Hội LHPN phường',
    });
    expect(m.quorum).toEqual({
      present: 7,
      all: 9,
      needed: 6,
      rule: '2/3',
      ok: true,
      message: 'Đủ túc số: 7/9 thành viên có mặt (cần ít nhất 6)',
    });
    expect(m.tallyCommittee).toEqual(['Hồ Văn Sơn', 'Bùi Thị Nga']);
    expect(m.ballots).toHaveLength(1);
    const [b] = m.ballots;
    expect(b).toMatchObject({
      mode: 'paper',
      modeLabel: 'Bỏ phiếu kín (phiếu giấy)',
      status: 'closed',
      electorateSize: 7,
      ballotsCast: 7,
      papersIssued: 7,
      papersReturned: 7,
    });
    expect(b.items[0]).toMatchObject({
      name: 'Nguyễn Thị Hường',
      unitName: 'Tổ dân phố 5',
      awardFormName: 'Điển hình tiên tiến được biểu dương (cá nhân)',
      result: { agree: 6, disagree: 1, abstain: 0, base: 7, passed: true, selected: true },
      excluded: [],
    });
    expect(b.items[0].result.sharePercent).toBeCloseTo(85.71, 2);
    expect(b.items[1]).toMatchObject({
      name: 'Lê Thị Cúc',
      result: { agree: 5, disagree: 1, base: 6, passed: true },
      excluded: [{ fullName: 'Võ Thị Hoa', reason: 'Cùng đơn vị Hội LHPN' }],
    });
    expect(b.items[1].result.reason).toMatch(
      /1 thành viên không tham gia biểu quyết mục này do xung đột lợi ích/,
    );
    expect(b.items[2]).toMatchObject({
      name: 'Trần Văn Bình',
      result: { agree: 3, passed: false, selected: false },
    });
    expect(b.items[2].result.reason).toMatch(/^Không đạt: 3\/7/);
    expect(m.honorees.map((h: { name: string }) => h.name)).toEqual(['Lê Thị Cúc', 'Nguyễn Thị Hường']);
  });

  it('is not for unit heads, and an unknown meeting is not found', async () => {
    const head = await t.send('GET', `${meetingUrl}/minutes`, await t.login('tdp5'));
    expect(head.statusCode).toBe(403);
    const unknown = await t.send(
      'GET',
      `/api/conferences/${t.demo.conferenceId}/meetings/00000000-0000-4000-8000-000000000000/minutes`,
      secretary,
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('Không tìm thấy phiên họp');
  });
});
