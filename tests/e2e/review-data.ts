// Data the council review journeys start from: nominations the office has accepted, made over
// HTTP with the secretary's browser cookie (page.request) as the office would through the UI.
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

export type Nominee = {
  unit: string;
  name: string;
  kind: 'individual' | 'collective';
  gender?: 'male' | 'female';
};

/** 7 individuals (3 + 3 + 1 from TDP 1–3) and 4 collectives: 2 TDP, 1 đoàn thể, 1 cơ quan. */
export const INDIVIDUALS: Nominee[] = [
  { unit: 'Tổ dân phố 1', name: 'Nguyễn Thị Hường', kind: 'individual' },
  { unit: 'Tổ dân phố 1', name: 'Trần Văn Bình', kind: 'individual', gender: 'male' },
  { unit: 'Tổ dân phố 1', name: 'Lê Thị Mai', kind: 'individual' },
  { unit: 'Tổ dân phố 2', name: 'Phạm Văn Tùng', kind: 'individual', gender: 'male' },
  { unit: 'Tổ dân phố 2', name: 'Hoàng Thị Lan', kind: 'individual' },
  { unit: 'Tổ dân phố 2', name: 'Đỗ Văn Nam', kind: 'individual', gender: 'male' },
  { unit: 'Tổ dân phố 3', name: 'Vũ Thị Thu', kind: 'individual' },
];
export const COLLECTIVES: Nominee[] = [
  { unit: 'Tổ dân phố 4', name: 'Tổ dân phố 4 phường Văn Yên', kind: 'collective' },
  { unit: 'Tổ dân phố 6', name: 'Tổ dân phố 6 phường Văn Yên', kind: 'collective' },
  { unit: 'Hội LHPN phường', name: 'Chi hội Phụ nữ khu phố Văn Yên', kind: 'collective' },
  { unit: 'Công an phường', name: 'Đội Cảnh sát khu vực Công an phường', kind: 'collective' },
];

function body(h: Harness, n: Nominee) {
  const unitReview = { meetingDate: '2020-03-19', membersPresent: 9, votesFor: 9, votesTotal: 9 };
  const summaryHtml = `<p>${n.name}: tiêu biểu trong phong trào thi đua giai đoạn 2015–2020.</p>`;
  if (n.kind === 'collective')
    return {
      kind: 'collective',
      awardFormId: h.demo.formIds.get('DHTT-TT'),
      collective: {
        name: n.name,
        collectiveType: 'Tập thể',
        headName: 'Nguyễn Văn An',
        memberCount: 120,
        womenSharePercent: 55,
      },
      summaryHtml,
      unitReview,
    };
  return {
    kind: 'individual',
    awardFormId: h.demo.formIds.get('DHTT-CN'),
    individual: {
      fullName: n.name,
      gender: n.gender ?? 'female',
      birthYear: 1970,
      ethnicity: 'Kinh',
      position: 'Tổ trưởng tổ phụ nữ',
      occupationGroup: 'direct_producer',
      field: 'Xây dựng đô thị văn minh',
      phone: '',
    },
    summaryHtml,
    unitReview,
  };
}

/**
 * Opens submissions again (the demo's deadline, 23/3/2020, is long past), then creates, submits
 * and accepts each nominee as the secretary signed in on `office` (`actions`: stop earlier, e.g.
 * `['submit']` leaves them waiting for the office). Returns nomination ids by name.
 */
export async function acceptNominees(
  h: Harness,
  office: Page,
  nominees: Nominee[],
  actions: readonly ('submit' | 'accept')[] = ['submit', 'accept'],
) {
  const cid = h.demo.conferenceId;
  const detail = await (await office.request.get(`/api/conferences/${cid}`)).json();
  const m = detail.milestones.find((x: { kind: string }) => x.kind === 'submission_deadline');
  const day = new Date(Date.now() + 7 * 3600_000 + 3 * 86_400_000).toISOString().slice(0, 10);
  const moved = await office.request.put(`/api/conferences/${cid}/milestones/${m.id}`, {
    data: { ...m, startDate: day, endDate: null, id: undefined, state: undefined, sortOrder: undefined },
  });
  if (!moved.ok()) throw new Error(`deadline: ${await moved.text()}`);
  const ids = new Map<string, string>();
  for (const n of nominees) {
    const unitId = h.demo.unitIds.get(n.unit);
    const created = await office.request.post(`/api/conferences/${cid}/units/${unitId}/nominations`, {
      data: body(h, n),
    });
    if (created.status() !== 201) throw new Error(`create ${n.name}: ${await created.text()}`);
    let row = await created.json();
    for (const action of actions) {
      const res = await office.request.post(`/api/conferences/${cid}/nominations/${row.id}/${action}`, {
        data: { version: row.version },
      });
      if (!res.ok()) throw new Error(`${action} ${n.name}: ${await res.text()}`);
      row = await res.json();
    }
    ids.set(n.name, row.id);
  }
  return ids;
}
