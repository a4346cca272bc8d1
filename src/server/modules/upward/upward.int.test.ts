import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, tinyPng } from '../../../../tests/helpers/files';
import { multipartFile } from '../../../../tests/helpers/nominations';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { seedUpperLevel, type UpperLevelSpec } from '../../seed/upper-levels';
import { vanYenOrganization } from '../../seed/van-yen';
import { accepted, decideByHands, group, person } from '../selection/fixtures.int';

// One deployment: Văn Yên (the demo ward) sends its delegation to upper-level organizers whose
// unit "Phường Văn Yên" is linked to it.
let t: TestApp;
let wardSecretary: string;
let province: Awaited<ReturnType<typeof seedUpperLevel>>;
let provinceSecretary: string;
let memberIds: string[];
const png = tinyPng();
let word: Buffer;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const upper = (over: Partial<UpperLevelSpec> & { name: string; username: string }): UpperLevelSpec => ({
  organization: { name: over.name, parentName: '', level: 'province', place: 'Hà Tĩnh' },
  conferenceName: `Hội nghị điển hình tiên tiến ${over.name}`,
  deadline: day(5),
  linked: { organizationId: t.demo.organizationId, unitName: 'Phường Văn Yên' },
  quota: { 'DHTT-CN': 3, 'DHTT-TT': 3 },
  secretary: { username: over.username, fullName: `Thư ký ${over.name}`, password: 'Mat-khau-2025!' },
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  word = await docx();
  memberIds = await accepted(t, [
    {
      unit: 'Tổ dân phố 1',
      body: group(t, 'Tổ dân phố 1'),
      files: [
        { name: 'Báo cáo thành tích.docx', bytes: word },
        { name: 'ảnh.png', bytes: png },
      ],
    },
    { unit: 'Tổ dân phố 5', body: person(t, 'Nguyễn Thị Hường'), files: [{ name: 'ảnh.png', bytes: png }] },
  ]);
  await decideByHands(t, memberIds);
  wardSecretary = await t.login('thuky');
  for (const nominationId of memberIds) {
    const res = await t.send('POST', `/api/conferences/${t.demo.conferenceId}/delegation`, wardSecretary, {
      nominationId,
    });
    if (res.statusCode !== 201) throw new Error(res.body);
  }
  province = await seedUpperLevel(t.database.db, upper({ name: 'UBND tỉnh Thử', username: 'thuky.tinhthu' }));
  provinceSecretary = await t.login('thuky.tinhthu', 'Mat-khau-2025!');
});
afterAll(async () => {
  await t?.close();
});

const base = () => `/api/conferences/${t.demo.conferenceId}/upward`;
const send = (targetConferenceId: string, cookie = wardSecretary) =>
  t.send('POST', `${base()}/sends`, cookie, { targetConferenceId });
const upperNominations = async () =>
  (
    await t.send(
      'GET',
      `/api/conferences/${province.conference.id}/nominations?unitId=${province.unitId}`,
      provinceSecretary,
    )
  ).json().items as { id: string; name: string; status: string; version: number }[];
const wardStatus = async () =>
  (await t.send('GET', `${base()}/status`, wardSecretary)).json().members as {
    name: string;
    status: string | null;
    returnReason: string | null;
  }[];
const inbox = async (conferenceId: string, cookie: string) =>
  (await t.send('GET', `/api/conferences/${conferenceId}/upward/inbox`, cookie)).json();

describe('sending the delegation up', () => {
  it('offers the linked upper conference, open', async () => {
    const res = await t.send('GET', `${base()}/targets`, wardSecretary);
    expect(res.statusCode).toBe(200);
    expect(res.json().targets).toEqual([
      expect.objectContaining({
        conferenceId: province.conference.id,
        organizationName: 'UBND tỉnh Thử',
        unitName: 'Phường Văn Yên',
        open: true,
      }),
    ]);
  });

  it('is refused to the chair (not the secretary): 403, nothing arrives', async () => {
    const res = await send(province.conference.id, await t.login('chutich'));
    expect(res.statusCode).toBe(403);
    expect((await inbox(province.conference.id, provinceSecretary)).total).toBe(0);
  });

  it('arrives as sent nominations of the linked unit, with provenance and attachments', async () => {
    const res = await send(province.conference.id);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const rows = await upperNominations();
    expect(rows.map((r) => [r.name, r.status]).sort()).toEqual([
      ['Nguyễn Thị Hường', 'submitted'],
      ['Tổ dân phố 1', 'submitted'],
    ]);
    const group1 = rows.find((r) => r.name === 'Tổ dân phố 1')!;
    const origin = await t.send(
      'GET',
      `/api/conferences/${province.conference.id}/nominations/${group1.id}/origin`,
      provinceSecretary,
    );
    expect(origin.statusCode).toBe(200);
    expect(origin.json()).toMatchObject({
      channel: 'send',
      sourceOrganizationName: 'UBND phường Văn Yên',
      sourceConferenceName: 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025',
      councilResult: { agree: 7, base: 7 },
      sentByName: 'Trần Thị Hà',
    });
    const detail = (
      await t.send(
        'GET',
        `/api/conferences/${province.conference.id}/nominations/${group1.id}`,
        provinceSecretary,
      )
    ).json();
    expect(detail.attachments.map((a: { fileName: string }) => a.fileName).sort()).toEqual([
      'Báo cáo thành tích.docx',
      'ảnh.png',
    ]);
    const file = await t.send(
      'GET',
      `/api/conferences/${province.conference.id}/nominations/${group1.id}/attachments/${detail.attachments.find((a: { fileName: string }) => a.fileName === 'ảnh.png').id}`,
      provinceSecretary,
    );
    expect(file.statusCode).toBe(200);
    expect(Buffer.compare(file.rawPayload, png)).toBe(0);
    const box = await inbox(province.conference.id, provinceSecretary);
    expect(box.total).toBe(1);
    expect(box.items[0]).toMatchObject({
      channel: 'send',
      sourceOrganizationName: 'UBND phường Văn Yên',
      unitName: 'Phường Văn Yên',
      memberCount: 2,
      attachmentCount: 3,
      counts: { received: 2, returned: 0, accepted: 0, honored: 0 },
    });
    expect((await wardStatus()).map((m) => m.status)).toEqual(['received', 'received']);
  });

  it('reads a return with its reason back at the ward, and a re-send updates the same nomination', async () => {
    const hường = (await upperNominations()).find((r) => r.name === 'Nguyễn Thị Hường')!;
    const returned = await t.send(
      'POST',
      `/api/conferences/${province.conference.id}/nominations/${hường.id}/return`,
      provinceSecretary,
      { version: hường.version, reason: 'Thiếu xác nhận của Công an phường' },
    );
    expect(returned.statusCode).toBe(200);
    const status = await wardStatus();
    expect(status.find((m) => m.name === 'Nguyễn Thị Hường')).toMatchObject({
      status: 'returned',
      returnReason: 'Thiếu xác nhận của Công an phường',
    });
    expect(status.find((m) => m.name === 'Tổ dân phố 1')).toMatchObject({
      status: 'received',
      returnReason: null,
    });

    const again = await send(province.conference.id);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const rows = await upperNominations();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === hường.id)?.status).toBe('resubmitted');
    expect((await wardStatus()).map((m) => m.status)).toEqual(['received', 'received']);
    expect((await inbox(province.conference.id, provinceSecretary)).total).toBe(2);
    // nothing came back: a third send has nothing to send
    const third = await send(province.conference.id);
    expect(third.statusCode).toBe(422);
    expect(third.json().error.message).toContain('không có hồ sơ nào cần gửi lại');
  });

  it('is refused over the upper quota, naming the unit and the numbers; nothing stored', async () => {
    const tight = await seedUpperLevel(
      t.database.db,
      upper({ name: 'UBND tỉnh Chật', username: 'thuky.tinhchat', quota: { 'DHTT-CN': 0, 'DHTT-TT': 1 } }),
    );
    const res = await send(tight.conference.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain(
      'chỉ tiêu "Điển hình tiên tiến được biểu dương (cá nhân)" của Phường Văn Yên',
    );
    expect(res.json().error.message).toContain('là 0, đã dùng 0, còn 0; đoàn gửi thêm 1');
    const cookie = await t.login('thuky.tinhchat', 'Mat-khau-2025!');
    expect((await inbox(tight.conference.id, cookie)).total).toBe(0);
    const list = await t.send('GET', `/api/conferences/${tight.conference.id}/nominations`, cookie);
    expect(list.json().total).toBe(0);
  });

  it('is refused when the upper conference no longer accepts nominations, saying which', async () => {
    const closed = await seedUpperLevel(
      t.database.db,
      upper({ name: 'UBND tỉnh Đóng', username: 'thuky.tinhdong', deadline: day(-2) }),
    );
    const targets = (await t.send('GET', `${base()}/targets`, wardSecretary)).json().targets;
    expect(targets.find((x: { conferenceId: string }) => x.conferenceId === closed.conference.id).open).toBe(
      false,
    );
    const res = await send(closed.conference.id);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain('(UBND tỉnh Đóng) không còn nhận hồ sơ');
    expect(res.json().error.message).toMatch(
      /Hội nghị đang mở: .*Hội nghị điển hình tiên tiến UBND tỉnh Thử/,
    );
  });

  it('is refused for a conference not linked to the ward', async () => {
    const res = await send('00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain('không nhận đoàn của UBND phường Văn Yên');
  });
});

describe('a dossier ZIP from another deployment', () => {
  const importZip = (bytes: Buffer) => {
    const body = multipartFile('ho-so-doan.zip', bytes, 'application/zip');
    return t.app.inject({
      method: 'POST',
      url: `/api/conferences/${province.conference.id}/units/${province.unitId}/nominations/import-dossier`,
      headers: { cookie: provinceSecretary, ...body.headers },
      payload: body.payload,
    });
  };
  let zipBytes: Buffer;

  it('is refused when a file does not match its manifest, and nothing reaches the inbox', async () => {
    const zip = await t.send(
      'GET',
      `/api/conferences/${t.demo.conferenceId}/delegation/dossier.zip`,
      wardSecretary,
    );
    expect(zip.statusCode).toBe(200);
    zipBytes = zip.rawPayload;
    const tampered = await JSZip.loadAsync(zipBytes);
    const path = Object.keys(tampered.files).find(
      (f) => f.startsWith('attachments/') && !tampered.files[f]!.dir,
    )!;
    tampered.file(path, Buffer.from('không phải tệp gốc'));
    const res = await importZip(await tampered.generateAsync({ type: 'nodebuffer' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('không khớp mã SHA-256');
    expect((await inbox(province.conference.id, provinceSecretary)).total).toBe(2);
  });

  it('lands in the same inbox with its provenance', async () => {
    const imported = await importZip(zipBytes);
    expect(imported.statusCode).toBe(201);
    const box = await inbox(province.conference.id, provinceSecretary);
    expect(box.total).toBe(3);
    expect(box.items[0]).toMatchObject({
      channel: 'import',
      sourceOrganizationName: 'UBND phường Văn Yên',
      memberCount: 2,
      attachmentCount: 3,
    });
    const id = imported.json().nominationIds[0];
    const origin = await t.send(
      'GET',
      `/api/conferences/${province.conference.id}/nominations/${id}/origin`,
      provinceSecretary,
    );
    expect(origin.json()).toMatchObject({
      channel: 'import',
      sourceOrganizationName: 'UBND phường Văn Yên',
      sourceNominationId: null,
      councilResult: { agree: 7 },
    });
  });
});

describe('linking a unit of the upper level to a lower organizer', () => {
  const link = (unitId: string, cookie: string, linkedOrganizationId: string | null, version = 1) =>
    t.send('PUT', `/api/units/${unitId}/link`, cookie, { linkedOrganizationId, version });

  it('is the upper secretary’s: the ward’s secretary cannot link the province’s unit', async () => {
    const other = await seedUpperLevel(
      t.database.db,
      upper({ name: 'UBND tỉnh Liên kết', username: 'thuky.tinhlk', otherUnits: ['Phường Khác'] }),
    );
    const res = await link(other.unitIds.get('Phường Khác')!, wardSecretary, t.demo.organizationId);
    expect(res.statusCode).toBe(404);
    const cookie = await t.login('thuky.tinhlk', 'Mat-khau-2025!');
    // one unit per lower organizer
    const twice = await link(other.unitIds.get('Phường Khác')!, cookie, t.demo.organizationId);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain('đã gắn với đơn vị "Phường Văn Yên"');
    // unlinked, the province's conference is no longer a target of the ward
    const unlinked = await link(other.unitId, cookie, null);
    expect(unlinked.statusCode).toBe(200);
    expect(unlinked.json().linkedOrganizationId).toBeNull();
    const targets = (await t.send('GET', `${base()}/targets`, wardSecretary)).json().targets;
    expect(targets.some((x: { conferenceId: string }) => x.conferenceId === other.conference.id)).toBe(false);
  });

  it('the units page offers every other organizer by name and shows which one a unit stands for', async () => {
    const other = await seedUpperLevel(
      t.database.db,
      upper({ name: 'UBND tỉnh Danh sách', username: 'thuky.tinhds', otherUnits: ['Phường Mới'] }),
    );
    const cookie = await t.login('thuky.tinhds', 'Mat-khau-2025!');
    const candidates = await t.send(
      'GET',
      `/api/organizations/${other.organizationId}/link-candidates`,
      cookie,
    );
    expect(candidates.statusCode).toBe(200);
    const names = candidates.json().items.map((o: { name: string }) => o.name);
    expect(names).toContain(vanYenOrganization.name);
    expect(names).not.toContain('UBND tỉnh Danh sách');
    // the ward's secretary does not manage the province's units
    const stranger = await t.send(
      'GET',
      `/api/organizations/${other.organizationId}/link-candidates`,
      wardSecretary,
    );
    expect(stranger.statusCode).toBe(403);

    const units = async () =>
      (await t.send('GET', `/api/organizations/${other.organizationId}/units`, cookie)).json().items as {
        name: string;
        linkedOrganizationId: string | null;
        version: number;
      }[];
    const linked = (await units()).find((u) => u.name === 'Phường Văn Yên')!;
    expect(linked.linkedOrganizationId).toBe(t.demo.organizationId);
    const fresh = (await units()).find((u) => u.name === 'Phường Mới')!;
    expect(fresh.linkedOrganizationId).toBeNull();
  });
});
