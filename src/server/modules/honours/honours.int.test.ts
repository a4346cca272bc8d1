import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fillHonourTemplate,
  honourRow,
  importHonoursFile,
  openRegisterDemo,
} from '../../../../tests/helpers/honours';
import { auditOf, type TestApp } from '../../../../tests/helpers/test-app';

// The register of the Văn Yên demo with its earlier honours (2016 – 2019 and the live
// conference's three years before, here 2023 – 2025) imported by the seed.
let t: TestApp;
let secretary: string;
let member: string;
let tdp5: string;
let org: string;

beforeAll(async () => {
  ({ t, org, secretary, member, tdp5 } = await openRegisterDemo());
});
afterAll(async () => t?.close());

type Item = {
  id: string;
  name: string;
  year: number;
  formCode: string;
  unitName: string;
  decisionNumber: string;
  revoked: boolean;
  rootSubjectId: string;
  subjectId: string;
};
const lookup = async (query: string, cookie = secretary) => {
  const res = await t.send('GET', `${org}/honours?${query}`, cookie);
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Item[]; total: number; more: boolean };
};
const template = async () => {
  const res = await t.send('GET', `${org}/honours/template.xlsx`, secretary);
  expect(res.statusCode).toBe(200);
  return res.rawPayload;
};

describe('looking up the register', () => {
  it('finds a name with or without diacritics, at word starts, newest year first', async () => {
    const plain = await lookup('q=huong');
    const marked = await lookup(`q=${encodeURIComponent('Hường')}`);
    expect(plain.items.map((i) => i.name)).toEqual(['Trần Thị Hường', 'Trần Thị Hường']);
    expect(plain.items.map((i) => i.year)).toEqual([2019, 2017]);
    expect(marked.items).toEqual(plain.items);
    // "phuong" holds "huong" only mid-word: "huong" finds none of these
    const phuong = new Set((await lookup('q=phuong')).items.map((i) => i.name));
    expect(phuong).toEqual(
      new Set(['Lê Thị Phương', 'Công an phường Văn Yên', 'Hội Liên hiệp Phụ nữ phường Văn Yên']),
    );
    // a word still being typed: "tran thi my l"
    const typing = await lookup(`q=${encodeURIComponent('tran thi my l')}`);
    expect(new Set(typing.items.map((i) => i.name))).toEqual(new Set(['Trần Thị Mỹ Linh']));
    expect(typing.total).toBe(10);
  });

  it('filters by unit (folded), form, year range and kind', async () => {
    const school = await lookup(`unit=${encodeURIComponent('truong tieu hoc')}&kind=collective`);
    expect(new Set(school.items.map((i) => i.formCode))).toEqual(new Set(['TTLDTT', 'CO-TINH', 'BK-TTG-TT']));
    expect(school.total).toBe(6);
    const cstd = await lookup('formCode=CSTD-CS&yearFrom=2018&yearTo=2019');
    // newest first, then by given name
    expect(cstd.items.map((i) => `${i.year} ${i.name}`)).toEqual([
      '2019 Đặng Thị Thu Hà',
      '2019 Trần Thị Mỹ Linh',
      '2019 Hoàng Văn Quân',
      '2018 Đặng Thị Thu Hà',
      '2018 Lê Thị Phương',
    ]);
    expect(await lookup(`unit=${encodeURIComponent('Không có đơn vị này')}`)).toEqual({
      items: [],
      total: 0,
      more: false,
    });
  });

  it('counts up to the cap and pages', async () => {
    const all = await lookup('limit=10');
    expect(all.items).toHaveLength(10);
    expect(all.more).toBe(false);
    const second = await lookup('limit=10&offset=10');
    expect(second.items[0]!.id).not.toBe(all.items[0]!.id);
    expect(all.total).toBeGreaterThan(70);
  });

  it('lets council members read, not unit heads or strangers', async () => {
    expect((await lookup('q=ha', member)).total).toBeGreaterThan(0);
    expect((await t.send('GET', `${org}/honours`, tdp5)).statusCode).toBe(403);
    expect((await t.send('GET', `${org}/honours`)).statusCode).toBe(401);
    expect((await t.send('GET', `${org}/honour-forms`, member)).statusCode).toBe(200);
  });

  it('shows a person’s page with every honour in year order', async () => {
    const [hit] = (await lookup(`q=${encodeURIComponent('Thu Hà')}&formCode=BK-TINH-CN`)).items;
    const page = (await t.send('GET', `${org}/honour-subjects/${hit!.subjectId}`, member)).json();
    expect(page.subject).toMatchObject({ name: 'Đặng Thị Thu Hà', birthYear: 1979 });
    expect(page.honours.map((h: Item) => `${h.year} ${h.formCode}`)).toEqual([
      '2016 LDTT',
      '2017 CSTD-CS',
      '2017 LDTT',
      '2018 CSTD-CS',
      '2018 LDTT',
      '2019 BK-TINH-CN',
      '2019 CSTD-CS',
      '2019 LDTT',
    ]);
  });

  it('exports the matches as XLSX', async () => {
    const res = await t.send('GET', `${org}/honours/export.xlsx?q=huong`, member);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').text).toBe('Sổ khen thưởng — UBND phường Văn Yên');
    expect(ws.getRow(3).getCell(3).text).toBe('Trần Thị Hường');
    expect(ws.rowCount).toBe(4);
  });
});

describe('importing earlier decisions', () => {
  it('gives a template with the form codes of the catalogue as a dropdown', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await template()) as unknown as ExcelJS.Buffer);
    const header = wb.getWorksheet('Khen thưởng')!.getRow(4).values as string[];
    expect(header).toContain('Số quyết định');
    const lists = wb.getWorksheet('Danh mục')!;
    const codes: string[] = [];
    lists.getColumn(3).eachCell((c) => {
      codes.push(c.text);
    });
    expect(codes).toEqual(expect.arrayContaining(['Mã hình thức', 'LDTT', 'CSTD-CS', 'BK-TINH-CN']));
  });

  it('stores nothing when a row is bad, naming every row and column', async () => {
    const before = (await lookup('')).total;
    const bytes = await fillHonourTemplate(await template(), [
      honourRow(),
      honourRow({ name: 'Lý Văn Nam', formCode: 'BK-XYZ' }),
      honourRow({
        name: 'Lý Văn Nam',
        decisionNumber: '245/QĐ-UBND',
        decisionDate: '05/01/2019',
        year: 2018,
      }),
      honourRow({ name: 'Đỗ Thị Lan', decisionNumber: '301/QĐ-UBND', decisionDate: '21/12/2015' }),
      honourRow({ decisionDate: 'hôm qua', year: 2030, prizeAmount: 'ba trăm nghìn' }),
    ]);
    const res = await importHonoursFile(t, secretary, bytes);
    expect(res.statusCode).toBe(400);
    const err = res.json().error;
    expect(err.message).toMatch(/^Tệp có 5 lỗi, chưa lưu dòng nào: Dòng 6, cột 'Mã hình thức': /);
    expect(err.rows).toEqual([
      {
        row: 6,
        column: 'Mã hình thức',
        message: "Hình thức 'BK-XYZ' không có trong danh mục hình thức của sổ",
      },
      {
        row: 7,
        column: 'Số quyết định',
        message: 'Quyết định 245/QĐ-UBND đã có trong sổ với ngày 18/12/2019',
      },
      {
        row: 8,
        column: 'Số quyết định',
        message: 'Quyết định 301/QĐ-UBND đã có ở dòng 5 với ngày 20/12/2015',
      },
      {
        row: 9,
        column: 'Ngày quyết định',
        message: 'Ngày quyết định phải có dạng ngày/tháng/năm (dd/mm/yyyy)',
      },
      { row: 9, column: 'Tiền thưởng', message: 'Tiền thưởng phải là số tiền (đồng), ví dụ 702000' },
    ]);
    expect((await lookup('')).total).toBe(before);
  });

  it('refuses the same honour twice and a decision signed at another level', async () => {
    const bytes = await fillHonourTemplate(await template(), [
      honourRow({
        name: 'Trần Thị Hường',
        birthYear: 1968,
        unitName: 'Tổ dân phố 5',
        decisionNumber: '247/QĐ-UBND',
        decisionDate: '23/12/2019',
        year: 2019,
      }),
      honourRow({ decisionNumber: '1874/QĐ-UBND', decisionDate: '30/12/2019', year: 2019 }),
      honourRow(),
      honourRow(),
    ]);
    const res = await importHonoursFile(t, secretary, bytes);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.rows).toEqual([
      {
        row: 5,
        column: 'Số quyết định',
        message:
          'Trần Thị Hường đã có Giấy khen của Chủ tịch UBND phường (cá nhân) theo Quyết định 247/QĐ-UBND trong sổ',
      },
      {
        row: 6,
        column: 'Cấp khen',
        message: 'Quyết định 1874/QĐ-UBND đã có trong sổ với cấp khen "Huyện, thành phố thuộc tỉnh"',
      },
      {
        row: 8,
        column: 'Số quyết định',
        message:
          'Ngô Thị Bình đã có Giấy khen của Chủ tịch UBND phường (cá nhân) theo Quyết định 301/QĐ-UBND ở dòng 7',
      },
    ]);
  });

  it('imports a good file in one go, audited once, and recognises people already in the register', async () => {
    const bytes = await fillHonourTemplate(await template(), [
      honourRow(),
      honourRow({
        name: 'Trần Thị Hường',
        birthYear: 1968,
        unitName: 'to dan pho 5',
        prizeAmount: '345.000',
      }),
      // a decision number of another year is another decision (numbering starts again every year)
      honourRow({
        name: 'Ngô Thị Bình',
        formCode: 'LDTT',
        decisionNumber: '245/QĐ-UBND',
        decisionDate: '15/12/2015',
      }),
    ]);
    const res = await importHonoursFile(t, secretary, bytes);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ imported: 3, subjectsCreated: 1 });
    const huong = await lookup('q=huong');
    expect(huong.items.map((i) => `${i.year} ${i.decisionNumber} ${i.unitName}`)).toEqual([
      '2019 247/QĐ-UBND Tổ dân phố 5',
      '2017 201/QĐ-UBND Tổ dân phố 5',
      '2015 301/QĐ-UBND Tổ dân phố 5',
    ]);
    expect(new Set(huong.items.map((i) => i.subjectId)).size).toBe(1);
    const audit = (await auditOf(t, t.demo.organizationId, secretary)).filter(
      (a) => a.action === 'honour.imported',
    );
    expect(audit[0]).toMatchObject({ actorName: 'Trần Thị Hà', after: { imported: 3, subjectsCreated: 1 } });
  });

  it('lets only those who manage the register import', async () => {
    const bytes = await fillHonourTemplate(await template(), [honourRow({ name: 'Người Thử' })]);
    expect((await importHonoursFile(t, member, bytes)).statusCode).toBe(403);
    expect((await importHonoursFile(t, tdp5, bytes)).statusCode).toBe(403);
    expect((await t.send('GET', `${org}/honours/template.xlsx`, member)).statusCode).toBe(403);
  });

  it('says what is wrong with a file that is no workbook', async () => {
    const res = await importHonoursFile(t, secretary, Buffer.from('không phải excel'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Tệp không phải là bảng tính Excel');
  });
});

describe('one honour by hand, revoked', () => {
  const body = {
    kind: 'individual',
    name: 'Phan Thị Thu',
    birthYear: 1981,
    gender: 'female',
    unitName: 'Tổ dân phố 4',
    formCode: 'LDTT',
    year: 2019,
    decisionNumber: '245/QĐ-UBND',
    decisionDate: '2019-12-18',
  };

  it('names "Hình thức" when the form is not in the catalogue', async () => {
    const res = await t.send('POST', `${org}/honours`, secretary, { ...body, formCode: 'KHONG-CO' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.formCode).toBe(
      "Hình thức 'KHONG-CO' không có trong danh mục hình thức của sổ",
    );
  });

  it('refuses a decision number known with another date', async () => {
    const res = await t.send('POST', `${org}/honours`, secretary, { ...body, decisionDate: '2019-12-20' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.decisionNumber).toBe(
      'Quyết định 245/QĐ-UBND đã có trong sổ với ngày 18/12/2019',
    );
  });

  it('writes the honour on the organizer’s unit, audited; revokes it with a reason', async () => {
    const res = await t.send('POST', `${org}/honours`, secretary, body);
    expect(res.statusCode).toBe(201);
    const honour = res.json();
    expect(honour).toMatchObject({
      name: 'Phan Thị Thu',
      unitName: 'Tổ dân phố 4',
      source: 'manual',
      revoked: false,
    });
    expect((await auditOf(t, honour.id, secretary))[0]).toMatchObject({ action: 'honour.created' });
    expect(
      (await t.send('POST', `${org}/honours/${honour.id}/revoke`, member, { reason: 'x' })).statusCode,
    ).toBe(403);
    const empty = await t.send('POST', `${org}/honours/${honour.id}/revoke`, secretary, { reason: ' ' });
    expect(empty.json().error.fields.reason).toBe('Lý do thu hồi không được để trống');
    const revoked = await t.send('POST', `${org}/honours/${honour.id}/revoke`, secretary, {
      reason: 'Hồ sơ kê khai không trung thực',
    });
    expect(revoked.json()).toMatchObject({ id: honour.id, revoked: true });
    const again = await t.send('POST', `${org}/honours/${honour.id}/revoke`, secretary, {
      reason: 'lần nữa',
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.message).toBe('Khen thưởng này đã bị thu hồi: Hồ sơ kê khai không trung thực');
    const [entry] = await auditOf(t, honour.id, secretary);
    expect(entry).toMatchObject({
      action: 'honour.revoked',
      after: { revokedReason: 'Hồ sơ kê khai không trung thực' },
    });
  });
});

describe('the catalogue of forms', () => {
  const form = { code: 'KNC', name: 'Kỷ niệm chương', appliesTo: 'individual', level: 'ministry_province' };

  it('keeps codes unique and edits with the version', async () => {
    const created = await t.send('POST', `${org}/honour-forms`, secretary, {
      ...form,
      statColumn: 'province_badge',
    });
    expect(created.statusCode).toBe(201);
    const dup = await t.send('POST', `${org}/honour-forms`, secretary, form);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toBe('Mã hình thức "KNC" đã có trong danh mục (Kỷ niệm chương)');
    const { id, version } = created.json();
    const put = (v: number, over = {}) =>
      t.send('PUT', `${org}/honour-forms/${id}`, secretary, { ...form, ...over, version: v });
    expect((await put(version, { name: 'Kỷ niệm chương vì sự nghiệp thi đua' })).statusCode).toBe(200);
    const stale = await put(version, { name: 'Cũ' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.name).toBe('Kỷ niệm chương vì sự nghiệp thi đua');
    expect((await t.send('POST', `${org}/honour-forms`, member, { ...form, code: 'X' })).statusCode).toBe(
      403,
    );
  });

  it('keeps the code of a form the register uses', async () => {
    const forms = (await t.send('GET', `${org}/honour-forms`, secretary)).json().items as {
      id: string;
      code: string;
      version: number;
    }[];
    const ldtt = forms.find((f) => f.code === 'LDTT')!;
    const res = await t.send('PUT', `${org}/honour-forms/${ldtt.id}`, secretary, {
      ...ldtt,
      code: 'LD-TT',
      id: undefined,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.code).toMatch(
      /^Không đổi được mã "LDTT": sổ đã có \d+ khen thưởng theo mã này$/,
    );
  });
});
