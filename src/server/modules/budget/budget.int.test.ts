import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../../tests/helpers/docx';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';
import { amountInWords, baseSalaryOn } from '../../../shared/rules/prize-money';
import type {
  BudgetLineView as BudgetLine,
  BudgetSummaryView as BudgetSummary,
} from '../../../shared/schemas/budget';
import type { TaskListView as TaskList } from '../../../shared/schemas/preparation';
import { seedDemoPreparation } from '../../seed/van-yen-preparation';
import { listAwardForms, listBaseSalaries } from '../award-forms/data';
import { listHonorees } from '../selection/data';
import { accepted, collective, decideByHands } from '../selection/fixtures.int';
import { loadBudgetSummary } from './summary';

let t: TestApp, base: string, secretary: string;
beforeAll(async () => {
  ({ t, base, secretary } = await openDemo('/budget', { history: true }));
  // The 2020 honorees ("biểu dương", 0,3 / 0,6 in the demo): two Tổ dân phố văn hóa (hệ số 1,5) join them.
  const tdpvh = t.demo.formIds.get('TDPVH')!;
  const ids = await accepted(t, [
    { unit: 'Tổ dân phố 2', body: collective(tdpvh, 'Tổ dân phố 2') },
    { unit: 'Tổ dân phố 3', body: collective(tdpvh, 'Tổ dân phố 3') },
  ]);
  await decideByHands(t, ids);
});
afterAll(async () => t?.close());

type Summary = BudgetSummary & { permissions: { canManage: boolean } };
const summary = async (cookie = secretary) => (await t.send('GET', base, cookie)).json() as Summary;
const addLine = (payload: object, cookie = secretary) => t.send('POST', `${base}/lines`, cookie, payload);

describe('budget estimate', () => {
  it('computes the prize lines from the honorees × the award forms’ amounts', async () => {
    const s = await summary();
    const honorees = await listHonorees(t.database.db, t.demo.conferenceId);
    expect(honorees.length).toBeGreaterThan(0);
    const forms = new Map((await listAwardForms(t.database.db, t.demo.conferenceId)).map((f) => [f.id, f]));
    const paid = honorees.filter((h) => Number(forms.get(h.awardFormId)!.prizeCoefficient) > 0);
    expect(paid).toHaveLength(honorees.length);
    const salary = baseSalaryOn(await listBaseSalaries(t.database.db), '2020-03-31')!;
    const expected = paid.reduce(
      (sum, h) => sum + Math.round(Number(forms.get(h.awardFormId)!.prizeCoefficient) * salary.amount),
      0,
    );
    expect(s.prizeLines.length).toBeGreaterThan(0);
    expect(s.prizeLines.every((l) => l.computed && l.group === 'award')).toBe(true);
    expect(s.prizeLines.reduce((n, l) => n + l.quantity, 0)).toBe(paid.length);
    expect(s.prizeLines.reduce((n, l) => n + l.amount, 0)).toBe(expected);
    for (const l of s.prizeLines) expect(l.amount).toBe(l.quantity * l.unitPrice);
    // one line per award form, collectives and individuals apart
    expect(s.prizeLines).toHaveLength(3);
    const tdp = s.prizeLines.find((l) => l.title === 'Tiền thưởng Tổ dân phố văn hóa (02 tập thể)');
    expect(tdp?.amount).toBe(2 * 1.5 * salary.amount);
    expect(s.estimate).toBe(expected);
    expect(s.estimateInWords).toBe(amountInWords(expected));
    expect(s.permissions.canManage).toBe(true);
  });

  it('adds lines, refuses a negative price naming the line (nothing saved), 409 on a stale edit', async () => {
    const before = await summary();
    const created = await addLine({
      group: 'flowers',
      title: 'Hoa tươi',
      unit: 'bó',
      quantity: 2.5,
      unitPrice: 80_000,
    });
    expect(created.statusCode).toBe(201);
    const line = created.json() as BudgetLine;
    expect(line.amount).toBe(200_000);

    const negative = await addLine({
      group: 'flowers',
      title: 'Hoa tươi',
      unit: 'bó',
      quantity: 3,
      unitPrice: -80_000,
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.message).toContain("Dòng 'Hoa tươi': Đơn giá không được âm");
    expect(negative.json().error.fields.unitPrice).toBe("Dòng 'Hoa tươi': Đơn giá không được âm");
    const negQty = await addLine({ group: 'water', title: 'Nước uống', quantity: -1, unitPrice: 95_000 });
    expect(negQty.statusCode).toBe(400);
    expect(negQty.json().error.fields.quantity).toBe("Dòng 'Nước uống': Số lượng không được âm");
    const badEdit = await t.send('PUT', `${base}/lines/${line.id}`, secretary, {
      group: 'flowers',
      title: 'Hoa tươi',
      quantity: 2.5,
      unitPrice: 80_000,
      actualAmount: -5,
      version: line.version,
    });
    expect(badEdit.statusCode).toBe(400);
    expect(badEdit.json().error.fields.actualAmount).toBe("Dòng 'Hoa tươi': Thực chi không được âm");
    const after = await summary();
    expect(after.lines).toHaveLength(before.lines.length + 1);
    expect(after.lines.find((l) => l.id === line.id)).toMatchObject({
      unitPrice: 80_000,
      actualAmount: null,
      version: line.version,
    });
    expect(after.estimate).toBe(before.estimate + 200_000);

    const edit = await t.send('PUT', `${base}/lines/${line.id}`, await t.login('taichinh'), {
      group: 'flowers',
      title: 'Hoa tươi',
      unit: 'bó',
      quantity: 3,
      unitPrice: 80_000,
      actualAmount: 230_000,
      version: line.version,
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ amount: 240_000, actualAmount: 230_000 });
    const stale = await t.send('PUT', `${base}/lines/${line.id}`, secretary, {
      group: 'flowers',
      title: 'Hoa',
      quantity: 1,
      unitPrice: 1,
      version: line.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ title: 'Hoa tươi', actualAmount: 230_000 });
    const s = await summary();
    expect(s.groups.find((g) => g.group === 'flowers')).toMatchObject({
      label: 'Hoa',
      estimate: 240_000,
      actual: 230_000,
    });

    const del = await t.send('DELETE', `${base}/lines/${line.id}?version=${line.version}`, secretary);
    expect(del.statusCode).toBe(409);
  });

  it('lets the chair read but not change; others get 403', async () => {
    const chair = await t.login('chutich');
    expect((await summary(chair)).permissions.canManage).toBe(false);
    expect((await addLine({ group: 'hall', title: 'X', quantity: 1, unitPrice: 1 }, chair)).statusCode).toBe(
      403,
    );
    const culture = await t.login('vanhoa');
    expect((await t.send('GET', base, culture)).statusCode).toBe(403);
  });

  it('exports XLSX whose totals read back, and a DOCX with the total in words', async () => {
    await seedDemoPreparation(t.database.db, t.demo);
    const s = await loadBudgetSummary(t.database.db, t.demo.organizationId, t.demo.conferenceId);
    expect(s.groups.map((g) => g.label)).toEqual(
      expect.arrayContaining(['Khen thưởng', 'Hội trường', 'Ma-két, phông', 'Hoa', 'Nước uống', 'Văn nghệ']),
    );
    const hall = s.groups.find((g) => g.group === 'hall')!;
    expect(hall.estimate).toBe(4_500_000);
    expect(s.actual).toBeGreaterThan(0);
    expect(s.estimate).toBe(s.groups.reduce((n, g) => n + g.estimate, 0));

    // the seeded checklist: the 2020 conference was held, so all of it was done in time; costs
    // linked to the budget lines
    const tasks = (
      await t.send('GET', `/api/conferences/${t.demo.conferenceId}/tasks`, secretary)
    ).json() as TaskList;
    expect(tasks.progress.task.done).toBeGreaterThan(0);
    expect(tasks.progress.logistics).toMatchObject({ done: 9, overdue: 0 });
    const water = tasks.items.find((i) => i.title.startsWith('Nước uống'))!;
    expect(water).toMatchObject({
      ownerRole: 'secretary',
      budgetLineTitle: 'Nước uống (nước khoáng chai 500 ml)',
      status: 'done',
      overdue: false,
    });
    const x = await t.send('GET', `${base}/export.xlsx`, secretary);
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-disposition']).toContain("filename*=UTF-8''D%E1%BB%B1%20tr%C3%B9");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    let total: ExcelJS.Row | undefined;
    let formulas = 0;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'Tổng cộng') total = row;
      row.eachCell((c) => {
        if (c.type === ExcelJS.ValueType.Formula) formulas++;
      });
    });
    expect(formulas).toBe(0);
    expect(total!.getCell(6).value).toBe(s.estimate);
    expect(total!.getCell(7).value).toBe(s.actual);
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(String(row.getCell(2).value ?? '')));
    expect(texts).toContain(`Bằng chữ (dự trù): ${s.estimateInWords}`);

    const d = await t.send('GET', `${base}/estimate.docx`, secretary);
    expect(d.statusCode).toBe(200);
    const docx = await readDocx(d.rawPayload);
    const text = docx.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain(`Bằng chữ: ${s.estimateInWords}.`);
    expect(text).toContain('DỰ TRÙ KINH PHÍ');
    // the prize lines name their base salary and decision date (the concluded demo: the issued QĐ's)
    const basis =
      'Tiền thưởng tính theo mức lương cơ sở 1.490.000 đồng áp dụng vào ngày 28 tháng 3 năm 2020 (ngày Quyết định số 01/QĐ-UBND)';
    expect(text).toContain(basis);
    expect(texts.join('\n')).toContain(basis);
    expect(s.estimateInWords).toMatch(/^[A-ZĐ].* đồng$/u);
  });

  it('refuses a formula-like title in the export as text', async () => {
    const res = await addLine({
      group: 'other',
      title: '=HYPERLINK("http://x")',
      quantity: 1,
      unitPrice: 1000,
    });
    expect(res.statusCode).toBe(201);
    const x = await t.send('GET', `${base}/export.xlsx`, secretary);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ExcelJS.Buffer);
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((row) => cells.push(String(row.getCell(2).value ?? '')));
    expect(cells).toContain(`'=HYPERLINK("http://x")`);
  });

  it('rounds the prize lines as the award decision does once the rounding setting is saved', async () => {
    const before = await summary();
    const tdpTitle = 'Tiền thưởng Tổ dân phố văn hóa (02 tập thể)';
    const prize = before.prizeLines.find((l) => l.title === tdpTitle)!;
    // 1,5 × 1.490.000 (the base salary on 31/3/2020) = 2.235.000 đồng
    expect(prize.unitPrice).toBe(2_235_000);
    const settings = `/api/conferences/${t.demo.conferenceId}/documents/settings`;
    const current = (await t.send('GET', settings, secretary)).json();
    const saved = await t.send('PUT', settings, secretary, {
      version: current.version,
      prizeRounding: 'up_10000',
      decisionLegalBasis: null,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = await summary();
    const rounded = after.prizeLines.find((l) => l.title === tdpTitle)!;
    expect(rounded.unitPrice).toBe(2_240_000);
    expect(rounded.amount).toBe(2 * 2_240_000);
    // every prize line goes up to the next 10.000 đồng (0,3 × 1.490.000 = 447.000 → 450.000)
    const up = (n: number) => Math.ceil(n / 10_000) * 10_000;
    const added = before.prizeLines.reduce((sum, l) => sum + l.quantity * (up(l.unitPrice) - l.unitPrice), 0);
    expect(after.prizeLines.map((l) => l.unitPrice)).toEqual(before.prizeLines.map((l) => up(l.unitPrice)));
    expect(after.prizeLines.map((l) => l.unitPrice)).toContain(450_000);
    expect(after.estimate - before.estimate).toBe(added);
  });
});
