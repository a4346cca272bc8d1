import ExcelJS from 'exceljs';
import { HONOUR_COLUMNS, HONOUR_SHEET, type HonourColumn } from '../../src/server/modules/honours/xlsx';
import { seedPastHonours } from '../../src/server/seed/van-yen-past-honours';
import { multipartFile } from './nominations';
import { createTestApp, type TestApp } from './test-app';

export type HonourRowValues = Partial<Record<HonourColumn, string | number>>;

/** One imported honour as a clerk types it (a person of Tổ dân phố 2 by default). */
export const honourRow = (over: HonourRowValues = {}): HonourRowValues => ({
  kind: 'Cá nhân',
  name: 'Ngô Thị Bình',
  birthYear: 1977,
  gender: 'Nữ',
  unitName: 'Tổ dân phố 2',
  formCode: 'GK-CN',
  year: 2015,
  decisionNumber: '301/QĐ-UBND',
  decisionDate: '20/12/2015',
  signerLevel: 'Xã, phường',
  ...over,
});

/** Fills a downloaded template from its first data row (row 5), as an office clerk would. */
export async function fillHonourTemplate(template: Buffer, rows: HonourRowValues[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(HONOUR_SHEET);
  if (!ws) throw new Error('template has no honours sheet');
  rows.forEach((data, i) => {
    const row = ws.getRow(5 + i);
    HONOUR_COLUMNS.forEach((key, c) => {
      const v = data[key];
      if (v !== undefined) row.getCell(c + 1).value = v;
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** POST …/honours/import with the file, as `cookie`. */
export function importHonoursFile(t: TestApp, cookie: string, bytes: Buffer) {
  const body = multipartFile('khen-thuong-cu.xlsx', bytes);
  return t.app.inject({
    method: 'POST',
    url: `/api/organizations/${t.demo.organizationId}/honours/import`,
    headers: { cookie, ...body.headers },
    payload: body.payload,
  });
}

/**
 * The demo with its earlier honours imported (seedPastHonours, live conference of 2026), the
 * register's url and the cookies of the secretary, a council member and the TDP 5 head.
 */
export async function openRegisterDemo() {
  const t = await createTestApp();
  await seedPastHonours(t.database.db, t.demo, { liveYear: 2026 });
  return {
    t,
    org: `/api/organizations/${t.demo.organizationId}`,
    secretary: await t.login('thuky'),
    member: await t.login('uyvien'),
    tdp5: await t.login('tdp5'),
  };
}
