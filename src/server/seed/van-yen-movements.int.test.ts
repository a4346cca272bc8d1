import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/test-app';
import type { MovementListView, StatisticsView } from '../../shared/schemas/movements';
import type { ProgramView } from '../../shared/schemas/program';
import { LAUNCH_ITEM_TITLE, seedMovements } from './van-yen-movements';
import { seedDemoProgram } from './van-yen-program';

// The demo's movements on the demo as `npm start` seeds it (the 2020 conference concluded, its
// program made): what the secretary sees on the movements page, the program and the statistics.
let t: TestApp;
let secretary: string;
let ids: Map<string, string>;

beforeAll(async () => {
  t = await createTestApp({}, { history: true });
  await seedDemoProgram(t.database.db, t.demo);
  ids = await seedMovements(t.database.db, {
    organizationId: t.demo.organizationId,
    historyConferenceId: t.demo.conferenceId,
    unitIds: t.demo.unitIds,
  });
  secretary = await t.login('thuky');
});
afterAll(async () => {
  await t?.close();
});

describe('the demo movements', () => {
  it('are listed with their registrations; one was launched by the 2020 conference at its agenda item', async () => {
    const list = (
      await t.send('GET', `/api/organizations/${t.demo.organizationId}/movements`, secretary)
    ).json() as MovementListView;
    expect(list.items.map((m) => m.name).sort()).toEqual([
      'Cán bộ, công chức phường Văn Yên thi đua thực hiện văn hóa công sở',
      'Phong trào thi đua yêu nước giai đoạn 2020 - 2025',
      'Toàn dân đoàn kết xây dựng đời sống văn hóa',
      'Xây dựng đô thị văn minh',
    ]);
    const launched = list.items.find((m) => m.launchConferenceId)!;
    expect(launched).toMatchObject({
      name: 'Phong trào thi đua yêu nước giai đoạn 2020 - 2025',
      launchConferenceId: t.demo.conferenceId,
      launchConferenceName: 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025',
      launchAgendaItemTitle: LAUNCH_ITEM_TITLE,
    });
    const civic = list.items.find((m) => m.name === 'Xây dựng đô thị văn minh')!;
    expect(civic.registrations.map((r) => [r.unitName, r.result])).toContainEqual([
      'Tổ dân phố 5',
      'Hoàn thành xuất sắc',
    ]);
    expect(list.items.reduce((n, m) => n + m.registrations.length, 0)).toBe(10);
  });

  it('the program of 2020 shows the movement on "Phát động phong trào thi đua"', async () => {
    const program = (
      await t.send('GET', `/api/conferences/${t.demo.conferenceId}/program`, secretary)
    ).json() as ProgramView;
    const item = program.items.find((i) => i.title === LAUNCH_ITEM_TITLE)!;
    expect(item.movement).toEqual({
      id: ids.get('Phong trào thi đua yêu nước giai đoạn 2020 - 2025'),
      name: 'Phong trào thi đua yêu nước giai đoạn 2020 - 2025',
    });
  });

  it('the 2020 statistics count them in the 03/2018 form 0701, and the XLSX opens with the headers', async () => {
    const url = `/api/organizations/${t.demo.organizationId}/statistics`;
    const v = (await t.send('GET', `${url}?yearFrom=2020&yearTo=2020`, secretary)).json() as StatisticsView;
    const f0701 = v.forms.find((f) => f.code === '0701.N/BNV-TĐKT')!;
    // only the centrally launched campaign has a column in 0701 (the ward's own movements have none)
    expect(f0701.rows.find((r) => r.code === '01')!.values).toEqual([1, 1, 0]);
    const res = await t.send('GET', `${url}.xlsx?yearFrom=2020&yearTo=2020`, secretary);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.getCell(1, 1).text)).toEqual([
      'Biểu số: 0701.N/BNV-TĐKT',
      'Biểu số: 0702.N/BNV-TĐKT',
      'Biểu số: 0703.N/BNV-TĐKT',
    ]);
    expect(wb.worksheets[0]!.getCell(5, 1).text).toBe('SỐ PHONG TRÀO THI ĐUA');
    expect(wb.worksheets[1]!.getCell(6, 1).text).toBe('Năm 2020');
  });
});
