import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { individual, setDeadline } from '../../../../tests/helpers/nominations';
import { auditTrail, createTestApp, type TestApp } from '../../../../tests/helpers/test-app';

let t: TestApp;
let secretary: string;
let base: string;
let unitId: string;
type N = { id: string; version: number; name: string; status: string };
let sent: N[];

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('thuky');
  base = `/api/conferences/${t.demo.conferenceId}`;
  unitId = t.demo.unitIds.get('Tổ dân phố 3')!;
  await setDeadline(t, secretary, 3);
  const form = t.demo.formIds.get('DHTT-CN')!;
  sent = [];
  for (const name of ['Lý Thị Mai', 'Hồ Văn Nam', 'Đỗ Thị Oanh']) {
    const draft = (
      await t.send('POST', `${base}/units/${unitId}/nominations`, secretary, individual(form, name))
    ).json();
    const res = await t.send('POST', `${base}/nominations/${draft.id}/submit`, secretary, {
      version: draft.version,
    });
    sent.push(res.json());
  }
});
afterAll(async () => t?.close());

const acceptAll = (cookie: string, items: { id: string; version: number }[]) =>
  t.send('POST', `${base}/nominations/accept`, cookie, {
    items: items.map(({ id, version }) => ({ id, version })),
  });
const statuses = async () => {
  const list = (await t.send('GET', `${base}/nominations?unitId=${unitId}`, secretary)).json();
  return Object.fromEntries(list.items.map((i: N) => [i.name, i.status]));
};

describe('accepting several nominations at once', () => {
  it('refuses a unit head (403) and an empty or doubled choice (400)', async () => {
    expect((await acceptAll(await t.login('tdp5'), sent)).statusCode).toBe(403);
    const empty = await acceptAll(secretary, []);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields.items).toBe('Hãy chọn ít nhất một hồ sơ để tiếp nhận');
    expect((await acceptAll(secretary, [sent[0]!, sent[0]!])).statusCode).toBe(400);
  });

  it('changes nothing when one of them is stale, and names it', async () => {
    const stale = [sent[0]!, { ...sent[1]!, version: sent[1]!.version - 1 }, sent[2]!];
    const res = await acceptAll(secretary, stale);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe(
      'Hồ sơ "Hồ Văn Nam" (Tổ dân phố 3) đã được người khác thay đổi trong lúc bạn xem danh sách. Chưa hồ sơ nào được tiếp nhận; hãy tải lại danh sách rồi chọn lại.',
    );
    expect(await statuses()).toEqual({
      'Lý Thị Mai': 'submitted',
      'Hồ Văn Nam': 'submitted',
      'Đỗ Thị Oanh': 'submitted',
    });
  });

  it('changes nothing when one of them is no longer waiting, and says why', async () => {
    const first = sent[0]!;
    const accepted = (
      await t.send('POST', `${base}/nominations/${first.id}/accept`, secretary, { version: first.version })
    ).json();
    const res = await acceptAll(secretary, [sent[1]!, accepted, sent[2]!]);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe(
      'Hồ sơ "Lý Thị Mai" (Tổ dân phố 3) không tiếp nhận được vì đang ở trạng thái "Đã tiếp nhận". Chưa hồ sơ nào được tiếp nhận; hãy tải lại danh sách rồi chọn lại.',
    );
    expect(await statuses()).toMatchObject({ 'Hồ Văn Nam': 'submitted', 'Đỗ Thị Oanh': 'submitted' });
  });

  it('accepts the chosen ones together, each audited and in its history like a single acceptance', async () => {
    const res = await acceptAll(secretary, [sent[1]!, sent[2]!]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ accepted: 2 });
    expect(await statuses()).toEqual({
      'Lý Thị Mai': 'accepted',
      'Hồ Văn Nam': 'accepted',
      'Đỗ Thị Oanh': 'accepted',
    });
    for (const n of [sent[1]!, sent[2]!]) {
      expect(await auditTrail(t, n.id, secretary)).toEqual([
        'nomination.accept Trần Thị Hà',
        'nomination.submit Trần Thị Hà',
        'nomination.created Trần Thị Hà',
      ]);
      const detail = (await t.send('GET', `${base}/nominations/${n.id}`, secretary)).json();
      expect(detail.history.map((e: { status: string }) => e.status)).toContain('accepted');
    }
  });
});
