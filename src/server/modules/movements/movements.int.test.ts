import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginStranger } from '../../../../tests/helpers/strangers';
import { auditTrail, createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import type { MovementView } from '../../../shared/schemas/movements';
import type { ProgramView } from '../../../shared/schemas/program';

let t: TestApp;
let secretary: string;
let unitHead: string;
let member: string;
let orgUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('thuky');
  unitHead = await t.login('tdp5'); // Trưởng Tổ dân phố 5
  member = await t.login('uyvien');
  orgUrl = `/api/organizations/${t.demo.organizationId}/movements`;
});
afterAll(async () => {
  await t?.close();
});

const unitId = (name: string) => t.demo.unitIds.get(name)!;
const movementBody = {
  name: 'Cán bộ, công chức phường Văn Yên thi đua thực hiện văn hóa công sở',
  method: 'thematic',
  scope: 'unit',
  launchLevel: 'unit',
  startDate: '2020-04-01',
  endDate: '2025-03-31',
  launchDocument: 'Kế hoạch số 05/KH-UBND ngày 05/3/2020',
};
const create = async (body: object = movementBody) => {
  const res = await t.send('POST', orgUrl, secretary, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as MovementView;
};

describe('movements: create, read, edit, delete', () => {
  it('the secretary creates a movement; everyone of the ward reads it; audited', async () => {
    const m = await create();
    expect(m).toMatchObject({
      name: movementBody.name,
      method: 'thematic',
      endDate: '2025-03-31',
      registrations: [],
      honourCount: 0,
      nominationCount: 0,
      version: 1,
      permissions: { canEdit: true, canDelete: true, canRegister: true },
    });
    for (const cookie of [unitHead, member]) {
      const list = await t.send('GET', orgUrl, cookie);
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((i: MovementView) => i.name)).toContain(movementBody.name);
      expect(list.json().permissions.canCreate).toBe(false);
    }
    const asHead = (await t.send('GET', `${orgUrl}/${m.id}`, unitHead)).json() as MovementView;
    expect(asHead.permissions).toEqual({ canEdit: false, canDelete: false, canRegister: true });
    expect(await auditTrail(t, m.id, secretary)).toEqual(['movement.created Trần Thị Hà']);
  });

  it('refuses bad input naming the field, and writes by those who may not', async () => {
    const bad = await t.send('POST', orgUrl, secretary, {
      ...movementBody,
      name: ' ',
      endDate: '2019-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Tên phong trào không được để trống');
    expect(bad.body).toContain('Ngày kết thúc không được trước ngày bắt đầu');
    expect((await t.send('POST', orgUrl, unitHead, movementBody)).statusCode).toBe(403);
    expect((await t.send('POST', orgUrl, member, movementBody)).statusCode).toBe(403);
    const stranger = await loginStranger(t);
    expect((await t.send('GET', orgUrl, stranger.cookie)).statusCode).toBe(403);
    const m = await create({ ...movementBody, name: 'Phong trào của phường' });
    const elsewhere = `/api/organizations/${stranger.organizationId}/movements/${m.id}`;
    expect((await t.send('GET', elsewhere, stranger.cookie)).statusCode).toBe(404);
  });

  it('edits on the version (409 when stale, with the current one) and deletes', async () => {
    const m = await create({ ...movementBody, name: 'Xây dựng đô thị văn minh', method: 'regular' });
    const put = (version: number, patch: object) =>
      t.send('PUT', `${orgUrl}/${m.id}`, secretary, { movement: { ...movementBody, ...patch }, version });
    const ok = await put(1, {
      name: 'Xây dựng đô thị văn minh',
      resultSummary: '100% tổ dân phố đạt chuẩn văn minh',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, resultSummary: '100% tổ dân phố đạt chuẩn văn minh' });
    const stale = await put(1, { name: 'Tên khác' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ name: 'Xây dựng đô thị văn minh', version: 2 });
    expect((await t.send('DELETE', `${orgUrl}/${m.id}?version=1`, secretary)).statusCode).toBe(409);
    expect((await t.send('DELETE', `${orgUrl}/${m.id}?version=2`, secretary)).statusCode).toBe(204);
    expect((await t.send('GET', `${orgUrl}/${m.id}`, secretary)).statusCode).toBe(404);
    expect(await auditTrail(t, m.id, secretary)).toEqual([
      'movement.deleted Trần Thị Hà',
      'movement.updated Trần Thị Hà',
      'movement.created Trần Thị Hà',
    ]);
  });
});

describe('registrations (đăng ký thi đua)', () => {
  let m: MovementView;
  const regUrl = () => `${orgUrl}/${m.id}/registrations`;
  const reg = (unit: string, extra: object = {}) => ({
    unitId: unitId(unit),
    commitment: `${unit} đăng ký 100% hộ đạt gia đình văn hóa`,
    registeredOn: '2020-04-15',
    ...extra,
  });

  beforeAll(async () => {
    m = await create({
      ...movementBody,
      name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa',
      method: 'regular',
    });
  });

  it('a unit head registers their own unit, and only it', async () => {
    const own = await t.send('POST', regUrl(), unitHead, reg('Tổ dân phố 5'));
    expect(own.statusCode, own.body).toBe(201);
    const view = own.json() as MovementView;
    expect(view.registrations).toHaveLength(1);
    expect(view.registrations[0]).toMatchObject({
      unitName: 'Tổ dân phố 5',
      registeredOn: '2020-04-15',
      result: '',
      permissions: { canEdit: true, canEditResult: false, canDelete: true },
    });
    // their unit is registered: nothing left for them to register
    expect(view.permissions.canRegister).toBe(false);
    const other = await t.send('POST', regUrl(), unitHead, reg('Tổ dân phố 3'));
    expect(other.statusCode).toBe(403);
    expect(other.json().error.message).toContain('Tổ dân phố 3');
    // a unit head does not write the result
    const result = await t.send('POST', regUrl(), unitHead, reg('Tổ dân phố 5', { result: 'Xuất sắc' }));
    expect(result.statusCode).toBe(403);
    expect((await t.send('POST', regUrl(), member, reg('Tổ dân phố 1'))).statusCode).toBe(403);
  });

  it('the secretary registers any unit; a unit registers once; a unit of another organizer is refused', async () => {
    const ok = await t.send('POST', regUrl(), secretary, reg('Tổ dân phố 3'));
    expect(ok.statusCode, ok.body).toBe(201);
    const again = await t.send('POST', regUrl(), secretary, reg('Tổ dân phố 3'));
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields.unitId).toContain('Tổ dân phố 3 đã đăng ký phong trào này');
    const foreign = await t.send('POST', regUrl(), secretary, {
      ...reg('Tổ dân phố 1'),
      unitId: '00000000-0000-4000-8000-000000000000',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields.unitId).toBe('Đơn vị đăng ký phải là một đơn vị của cơ quan này');
    const empty = await t.send('POST', regUrl(), secretary, { ...reg('Tổ dân phố 1'), commitment: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Nội dung đăng ký không được để trống');
  });

  it('edits: the unit head its commitment, the secretary the result; stale edits 409; audited', async () => {
    const view = (await t.send('GET', `${orgUrl}/${m.id}`, secretary)).json() as MovementView;
    const mine = view.registrations.find((r) => r.unitName === 'Tổ dân phố 5')!;
    const theirs = view.registrations.find((r) => r.unitName === 'Tổ dân phố 3')!;
    const put = (cookie: string, r: typeof mine, patch: object, version = r.version) =>
      t.send('PUT', `${regUrl()}/${r.id}`, cookie, {
        unitId: r.unitId,
        commitment: r.commitment,
        registeredOn: r.registeredOn,
        result: r.result,
        ...patch,
        version,
      });
    const commitment = 'Giữ vững danh hiệu Tổ dân phố văn hóa';
    const edited = await put(unitHead, mine, { commitment });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await put(unitHead, theirs, { commitment: 'x' })).statusCode).toBe(403);
    expect((await put(unitHead, mine, { result: 'Hoàn thành xuất sắc' }, 2)).statusCode).toBe(403);
    const result = await put(secretary, mine, { commitment, result: 'Hoàn thành xuất sắc' }, 2);
    expect(result.statusCode, result.body).toBe(200);
    const after = (result.json() as MovementView).registrations.find((r) => r.id === mine.id)!;
    expect(after).toMatchObject({
      commitment,
      result: 'Hoàn thành xuất sắc',
      version: 3,
    });
    expect((await put(secretary, mine, { result: 'Hoàn thành tốt' }, 2)).statusCode).toBe(409);
    expect((await t.send('DELETE', `${regUrl()}/${theirs.id}?version=1`, unitHead)).statusCode).toBe(403);
    expect((await t.send('DELETE', `${regUrl()}/${mine.id}?version=3`, unitHead)).statusCode).toBe(204);
    expect(await auditTrail(t, mine.id, secretary)).toEqual([
      'movement_registration.deleted Nguyễn Văn Tâm',
      'movement_registration.updated Trần Thị Hà',
      'movement_registration.updated Nguyễn Văn Tâm',
      'movement_registration.created Nguyễn Văn Tâm',
    ]);
  });
});

describe('the launch at a conference: "Phát động phong trào thi đua" on the program', () => {
  const confUrl = () => `/api/conferences/${t.demo.conferenceId}/program`;
  const program = async () => (await t.send('GET', confUrl(), secretary)).json() as ProgramView;

  it('links the agenda item, shows the movement on it, and clears the link when the item goes', async () => {
    expect((await t.send('POST', `${confUrl()}/from-plan`, secretary)).statusCode).toBe(200);
    const item = (await program()).items.find(
      (i) => i.title === 'Phát động phong trào thi đua giai đoạn 2020 - 2025',
    )!;
    expect(item.movement).toBeNull();
    const launch = {
      ...movementBody,
      name: 'Phong trào thi đua yêu nước giai đoạn 2020 - 2025',
      method: 'regular',
      launchConferenceId: t.demo.conferenceId,
      launchAgendaItemId: item.id,
    };
    const m = await create(launch);
    expect(m).toMatchObject({
      launchConferenceName: 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025',
      launchAgendaItemTitle: 'Phát động phong trào thi đua giai đoạn 2020 - 2025',
    });
    const shown = (await program()).items.find((i) => i.id === item.id)!;
    expect(shown.movement).toEqual({ id: m.id, name: launch.name });
    expect((await program()).items.filter((i) => i.movement)).toHaveLength(1);

    // one item launches one movement; an item of no conference chosen, or of another one, is refused
    const twice = await t.send('POST', orgUrl, secretary, { ...launch, name: 'Khác' });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.fields.launchAgendaItemId).toContain(launch.name);
    const noConf = await t.send('POST', orgUrl, secretary, { ...launch, launchConferenceId: null });
    expect(noConf.json().error.fields.launchAgendaItemId).toBe(
      'Chọn hội nghị phát động trước khi chọn mục chương trình',
    );
    const stranger = await t.send('POST', orgUrl, secretary, {
      ...launch,
      launchConferenceId: '00000000-0000-4000-8000-000000000000',
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.fields.launchConferenceId).toBe(
      'Hội nghị phát động phải là một hội nghị của cơ quan này',
    );

    const del = await t.send('DELETE', `${confUrl()}/items/${item.id}?version=${item.version}`, secretary);
    expect(del.statusCode, del.body).toBe(200);
    const after = (await t.send('GET', `${orgUrl}/${m.id}`, secretary)).json() as MovementView;
    expect(after).toMatchObject({
      launchConferenceId: t.demo.conferenceId,
      launchAgendaItemId: null,
      launchAgendaItemTitle: null,
      version: 2,
    });
    expect(await auditTrail(t, m.id, secretary)).toEqual([
      'movement.updated Trần Thị Hà',
      'movement.created Trần Thị Hà',
    ]);
  });
});
