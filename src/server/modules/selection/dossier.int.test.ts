import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, lyingZip, tinyPng } from '../../../../tests/helpers/files';
import { multipartFile, setDeadline } from '../../../../tests/helpers/nominations';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { accepted, decideByHands, group, person } from './fixtures.int';

// Two instances: the ward (a) exports its delegation; the city (b) imports it into one of its units.
let a: TestApp;
let b: TestApp;
let zipBytes: Buffer;
let bSecretary: string;
let importUrl: string;
const png = tinyPng();
let word: Buffer;

const sha = (x: Buffer) => createHash('sha256').update(x).digest('hex');

beforeAll(async () => {
  [a, b] = await Promise.all([createTestApp(), createTestApp()]);
  word = await docx();
  const ids = await accepted(a, [
    {
      unit: 'Tổ dân phố 1',
      body: group(a, 'Tổ dân phố 1'),
      files: [
        { name: 'Báo cáo thành tích.docx', bytes: word },
        { name: 'ảnh.png', bytes: png },
      ],
    },
    {
      unit: 'Tổ dân phố 5',
      body: person(a, 'Nguyễn Thị Hường', { birthYear: 1968, phone: '0912 345 678' }),
      files: [
        { name: 'ảnh.png', bytes: png },
        { name: 'ảnh.png', bytes: png },
      ],
    },
    { unit: 'Tổ dân phố 6', body: person(a, 'Lê Thị Cúc') },
  ]);
  await decideByHands(a, ids);
  const secretary = await a.login('thuky');
  for (const nominationId of ids.slice(0, 2)) {
    await a.app.inject({
      method: 'POST',
      url: `/api/conferences/${a.demo.conferenceId}/delegation`,
      headers: { cookie: secretary },
      payload: { nominationId },
    });
  }
  bSecretary = await b.login('thuky');
  await setDeadline(b, bSecretary, 3);
  importUrl = `/api/conferences/${b.demo.conferenceId}/units/${b.demo.unitIds.get('Tổ dân phố 5')}/nominations/import-dossier`;
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});

const upload = (bytes: Buffer, cookie = bSecretary, query = '') => {
  const body = multipartFile('ho-so-doan.zip', bytes, 'application/zip');
  return b.app.inject({
    method: 'POST',
    url: `${importUrl}${query}`,
    headers: { cookie, ...body.headers },
    payload: body.payload,
  });
};
const countB = async () =>
  (
    await b.app.inject({
      url: `/api/conferences/${b.demo.conferenceId}/nominations`,
      headers: { cookie: bSecretary },
    })
  ).json().total as number;

/** The exported ZIP with one entry changed, the manifest left as it was (or re-hashed). */
async function tamper(path: string, change: (x: Buffer) => Buffer | string, rehash = false) {
  const zip = await JSZip.loadAsync(zipBytes);
  const changed = change(await zip.file(path)!.async('nodebuffer'));
  zip.file(path, changed);
  if (rehash) {
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    const bytes = Buffer.from(changed);
    const f = manifest.files.find((x: { path: string }) => x.path === path);
    f.sha256 = sha(bytes);
    f.size = bytes.length;
    zip.file('manifest.json', JSON.stringify(manifest));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('dossier export', () => {
  it('is one ZIP with a manifest giving every file’s SHA-256, dossier.json and the attachments', async () => {
    const res = await a.app.inject({
      url: `/api/conferences/${a.demo.conferenceId}/delegation/dossier.zip`,
      headers: { cookie: await a.login('thuky') },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    zipBytes = res.rawPayload;
    const zip = await JSZip.loadAsync(zipBytes);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest).toMatchObject({
      format: 'vinh-danh-dossier',
      version: 1,
      source: { organization: { name: 'UBND phường Văn Yên' }, conference: { id: a.demo.conferenceId } },
    });
    expect(manifest.files).toHaveLength(5);
    for (const f of manifest.files) {
      const bytes = await zip.file(f.path)!.async('nodebuffer');
      expect(sha(bytes)).toBe(f.sha256);
      expect(bytes.length).toBe(f.size);
    }
    const dossier = JSON.parse(await zip.file('dossier.json')!.async('string'));
    expect(dossier.targetName).toBe('Hội nghị điển hình tiên tiến Thành phố');
    expect(dossier.members.map((m: { name: string }) => m.name)).toEqual([
      'Tổ dân phố 1',
      'Nguyễn Thị Hường',
    ]);
    const [tdp, huong] = dossier.members;
    expect(tdp).toMatchObject({
      kind: 'collective',
      awardFormName: 'Điển hình tiên tiến được biểu dương (tập thể)',
      unit: { name: 'Tổ dân phố 1', type: 'residential_group' },
      result: { agree: 7, disagree: 0, base: 7, sharePercent: 100 },
      collective: { headName: 'Nguyễn Văn An', memberCount: 120 },
    });
    expect(tdp.attachments.map((x: { path: string }) => x.path)).toEqual([
      `attachments/${tdp.nominationId}/Báo cáo thành tích.docx`,
      `attachments/${tdp.nominationId}/ảnh.png`,
    ]);
    // two files of the same name get distinct paths
    expect(huong.attachments.map((x: { path: string }) => x.path)).toEqual([
      `attachments/${huong.nominationId}/ảnh.png`,
      `attachments/${huong.nominationId}/2-ảnh.png`,
    ]);
    expect(huong.individual).toMatchObject({
      fullName: 'Nguyễn Thị Hường',
      birthYear: 1968,
      phone: '0912 345 678',
    });
  });

  it('is for the office only', async () => {
    const url = `/api/conferences/${a.demo.conferenceId}/delegation/dossier.zip`;
    for (const user of ['uyvien2', 'tdp5']) {
      const res = await a.app.inject({ url, headers: { cookie: await a.login(user) } });
      expect(res.statusCode).toBe(403);
    }
  });
});

describe('dossier import', () => {
  it('refuses a tampered attachment, naming the file, and stores nothing', async () => {
    const before = await countB();
    const dossier = JSON.parse(await (await JSZip.loadAsync(zipBytes)).file('dossier.json')!.async('string'));
    const path = dossier.members[1].attachments[0].path;
    const res = await upload(await tamper(path, (x) => Buffer.concat([x, Buffer.from([0])])));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      `Hồ sơ không toàn vẹn: tệp "${path}" không khớp mã SHA-256 trong manifest.json (tệp đã bị thay đổi hoặc hỏng). Không có gì được lưu.`,
    );
    const edited = await upload(
      await tamper('dossier.json', (x) => x.toString().replace('Nguyễn Thị Hường', 'Nguyễn Thị Hương')),
    );
    expect(edited.statusCode).toBe(400);
    expect(edited.json().error.message).toMatch(
      /^Hồ sơ không toàn vẹn: tệp "dossier.json" không khớp mã SHA-256/,
    );
    const zip = await JSZip.loadAsync(zipBytes);
    zip.file('attachments/extra.exe', 'MZ');
    const smuggled = await upload(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(smuggled.statusCode).toBe(400);
    expect(smuggled.json().error.message).toBe(
      'Hồ sơ không toàn vẹn: tệp "attachments/extra.exe" không có trong manifest.json',
    );
    expect(await countB()).toBe(before);
  });

  it('refuses zip bombs: a high compression ratio, or a declared size over 200 MB', async () => {
    const zip = await JSZip.loadAsync(zipBytes);
    zip.file('attachments/filler.bin', Buffer.alloc(30 * 1024 * 1024), { compression: 'DEFLATE' });
    const ratio = await upload(
      await zip.generateAsync({ type: 'nodebuffer', compressionOptions: { level: 9 } }),
    );
    expect(ratio.statusCode).toBe(400);
    expect(ratio.json().error.message).toMatch(
      /^Hồ sơ bị từ chối: tệp "attachments\/filler.bin" nén với tỷ lệ \d+:1, vượt quá 100:1 \(nghi là tệp nén độc hại\)$/,
    );
    // the central directory claims 250 MB (at ratio 1): refused before anything is inflated
    const big = Buffer.from(zipBytes);
    // the outer central directory (a stored DOCX holds one of its own): offset from the end record
    const at = big.readUInt32LE(big.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) + 16);
    expect(big.readUInt32LE(at)).toBe(0x02014b50);
    big.writeUInt32LE(250 * 1024 * 1024, at + 20);
    big.writeUInt32LE(250 * 1024 * 1024, at + 24);
    const declared = await upload(big);
    expect(declared.statusCode).toBe(400);
    expect(declared.json().error.message).toMatch(
      /^Hồ sơ bị từ chối: dung lượng sau giải nén khai báo 250\S* MB, vượt quá 200 MB/,
    );
    const notZip = await upload(Buffer.from('not a zip at all'));
    expect(notZip.statusCode).toBe(400);
    expect(notZip.json().error.message).toBe('Tệp tải lên không phải là tệp ZIP hồ sơ hợp lệ');
  });

  it('refuses an entry that inflates past what the directory declares, inflating no further', async () => {
    const zip = await JSZip.loadAsync(zipBytes);
    const entries: Record<string, Buffer> = {};
    for (const f of Object.values(zip.files)) if (!f.dir) entries[f.name] = await f.async('nodebuffer');
    const before = await countB();
    const res = await upload(
      lyingZip(entries, {
        name: 'attachments/filler.bin',
        realBytes: 20 * 1024 * 1024,
        declaredBytes: 1024 * 1024,
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'Tệp "attachments/filler.bin" trong hồ sơ bị hỏng hoặc không đúng dung lượng khai báo',
    );
    expect(await countB()).toBe(before);
  });

  it('is for those who write that unit’s nominations', async () => {
    expect((await upload(zipBytes, await b.login('uyvien2'))).statusCode).toBe(403);
    const otherUnit = `/api/conferences/${b.demo.conferenceId}/units/${b.demo.unitIds.get('Tổ dân phố 1')}/nominations/import-dossier`;
    const body = multipartFile('ho-so.zip', zipBytes);
    const res = await b.app.inject({
      method: 'POST',
      url: otherUnit,
      headers: { cookie: await b.login('tdp5'), ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(403);
  });

  it('round trip: the other instance gets drafts with the same names, details and attachment bytes', async () => {
    const res = await upload(zipBytes);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      imported: 2,
      attachments: 4,
      message: 'Đã nhập 2 hồ sơ của UBND phường Văn Yên thành bản nháp đề nghị của Tổ dân phố 5',
    });
    const secretaryA = await a.login('thuky');
    const ids: string[] = res.json().nominationIds;
    const source = (
      await a.app.inject({
        url: `/api/conferences/${a.demo.conferenceId}/delegation`,
        headers: { cookie: secretaryA },
      })
    ).json().items;
    for (const [i, nid] of ids.entries()) {
      const got = (
        await b.app.inject({
          url: `/api/conferences/${b.demo.conferenceId}/nominations/${nid}`,
          headers: { cookie: bSecretary },
        })
      ).json();
      const orig = (
        await a.app.inject({
          url: `/api/conferences/${a.demo.conferenceId}/nominations/${source[i].nominationId}`,
          headers: { cookie: secretaryA },
        })
      ).json();
      expect(got).toMatchObject({
        status: 'draft',
        unitName: 'Tổ dân phố 5',
        name: orig.name,
        kind: orig.kind,
        gender: orig.gender,
        individual: orig.individual,
        collective: orig.collective,
        summaryHtml: orig.summaryHtml,
        unitReview: orig.unitReview,
        awardFormName: orig.awardFormName,
      });
      expect(got.attachments.map((x: { fileName: string }) => x.fileName)).toEqual(
        orig.attachments.map((x: { fileName: string }) => x.fileName),
      );
      for (const f of got.attachments) {
        const down = await b.app.inject({
          url: `/api/conferences/${b.demo.conferenceId}/nominations/${nid}/attachments/${f.id}`,
          headers: { cookie: bSecretary },
        });
        expect(down.statusCode).toBe(200);
        expect(down.rawPayload.equals(f.fileName.endsWith('.docx') ? word : png)).toBe(true);
      }
    }
    const audit = (
      await b.app.inject({
        url: `/api/organizations/${b.demo.organizationId}/audit?conferenceId=${b.demo.conferenceId}&limit=20`,
        headers: { cookie: bSecretary },
      })
    ).json();
    const actions = audit.items.map((x: { action: string }) => x.action);
    expect(actions).toContain('nomination.dossier_imported');
    expect(actions.filter((x: string) => x === 'nomination.imported')).toHaveLength(2);
    expect(actions.filter((x: string) => x === 'attachment.added')).toHaveLength(4);
  });

  it('maps an unknown award form to the one the secretary chooses', async () => {
    const renamed = await tamper(
      'dossier.json',
      (x) =>
        x
          .toString()
          .replace(
            'Điển hình tiên tiến được biểu dương (cá nhân)',
            'Điển hình tiên tiến cấp phường (cá nhân)',
          ),
      true,
    );
    const unmapped = await upload(renamed);
    expect(unmapped.statusCode).toBe(400);
    expect(unmapped.json().error.message).toBe(
      'Hồ sơ thứ 2 ("Nguyễn Thị Hường"): hội nghị này không có hình thức "Điển hình tiên tiến cấp phường (cá nhân)"; hãy chọn hình thức nhận hồ sơ (awardFormId)',
    );
    const mapped = await upload(renamed, bSecretary, `?awardFormId=${b.demo.formIds.get('LDTT')}`);
    expect(mapped.statusCode).toBe(201);
    const [tdp, huong] = await Promise.all(
      mapped.json().nominationIds.map(async (nid: string) =>
        (
          await b.app.inject({
            url: `/api/conferences/${b.demo.conferenceId}/nominations/${nid}`,
            headers: { cookie: bSecretary },
          })
        ).json(),
      ),
    );
    expect(tdp.awardFormName).toBe('Điển hình tiên tiến được biểu dương (tập thể)');
    expect(huong.awardFormName).toBe('Lao động tiên tiến');
  });
});
