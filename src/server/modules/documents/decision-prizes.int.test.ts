// One prize computation, dated: the budget's prize lines, the award-forms page, the dashboard and
// the QĐ (DOCX and PDF) all use the decision date and the base salary in force that day, and say
// which. Moving the draft QĐ's date across 01/7/2026 (1.490.000 → … → 2.340.000 → 2.530.000 đồng)
// changes all of them together.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../../tests/helpers/docx';
import { pdfPagesText } from '../../../../tests/helpers/pdf';
import { openDemo, type TestApp } from '../../../../tests/helpers/test-app';
import { amountInWords, formatDong } from '../../../shared/rules/prize-money';
import { vietnameseDate } from '../../../shared/rules/vietnamese-date';
import type { BudgetView } from '../../../shared/schemas/budget';
import type { Dashboard } from '../../../shared/schemas/dashboard';
import type { DocumentSettings } from '../../../shared/schemas/document-settings';
import type { PrizeBasisView } from '../../../shared/schemas/prizes';
import { accepted, collective, decideByHands } from '../selection/fixtures.int';

let t: TestApp, base: string, secretary: string;
beforeAll(async () => {
  ({ t, base, secretary } = await openDemo('', { history: 'draft' }));
});
afterAll(async () => t?.close());

const flat = (s: string) => s.replace(/\s+/g, ' ');
const json = async <T>(url: string, cookie = secretary): Promise<T> => {
  const res = await t.send('GET', url, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};
const settingsUrl = () => `${base}/documents/settings`;
const saveDate = async (decisionDate: string | null, version?: number) => {
  const current = await json<DocumentSettings>(settingsUrl());
  return t.send('PUT', settingsUrl(), secretary, {
    version: version ?? current.version,
    prizeRounding: current.prizeRounding,
    decisionLegalBasis: current.decisionLegalBasis,
    decisionDate,
  });
};

/** The draft QĐ as DOCX text and as PDF text. */
async function decisionTexts(): Promise<string[]> {
  const docx = await t.send('GET', `${base}/documents/decision.docx`, secretary);
  const pdf = await t.send('GET', `${base}/documents/decision.pdf`, secretary);
  expect(docx.statusCode, docx.body).toBe(200);
  expect(pdf.statusCode, pdf.body).toBe(200);
  return [
    flat((await readDocx(docx.rawPayload)).paragraphs.map((p) => p.text).join('\n')),
    flat((await pdfPagesText(pdf.rawPayload)).join('\n')),
  ];
}

/** What each place says: the budget, the award-forms page, the dashboard, the settings' draft. */
async function everyPage() {
  const [budget, forms, dashboard, settings] = await Promise.all([
    json<BudgetView>(`${base}/budget`),
    json<PrizeBasisView>(`${base}/award-forms/prizes`),
    json<Dashboard>(`${base}/dashboard`),
    json<DocumentSettings>(settingsUrl()),
  ]);
  return { budget, forms, dashboard, draft: settings.draftPrizes };
}

/** All four agree on the date, the base salary and the amounts; the QĐ prints the same. */
async function expectAllOn(date: string, salary: number, source: PrizeBasisView['dateSource']) {
  const { budget, forms, dashboard, draft } = await everyPage();
  const basis = budget.prizeBasis;
  expect(basis).toMatchObject({ date, dateSource: source, baseSalary: { amount: salary } });
  for (const other of [forms, dashboard.prizes, draft]) {
    expect(other.date).toBe(date);
    expect(other.baseSalary?.amount).toBe(salary);
    expect(other.total).toBe(basis.total);
    expect(other.forms).toEqual(basis.forms);
  }
  // the budget's prize lines are the honorees × their form's prize on that day
  expect(basis.honorees).toBeGreaterThan(0);
  expect(budget.prizeLines.reduce((sum, l) => sum + l.amount, 0)).toBe(basis.total);
  const prizeOf = new Map(basis.forms.map((f) => [f.name, f.amount]));
  for (const line of budget.prizeLines) {
    const form = [...prizeOf.keys()].find((name) => line.title.startsWith(`Tiền thưởng ${name} (`));
    expect(form, line.title).toBeDefined();
    expect(line.unitPrice).toBe(prizeOf.get(form!));
  }
  // each form's prize is its coefficient × that base salary (no rounding set)
  for (const f of basis.forms) expect(f.amount).toBe(Math.round(f.coefficient * salary));
  for (const text of await decisionTexts()) {
    expect(text).toContain(`mức lương cơ sở ${formatDong(salary)} áp dụng vào ${vietnameseDate(date)}`);
    expect(text).toContain(`Tổng số tiền thưởng: ${formatDong(basis.total)}`);
    expect(text).toContain(amountInWords(basis.total));
  }
  return basis;
}

describe('the prizes as of the decision date', () => {
  it('by default: the conference day (31/3/2020, 1.490.000 đồng) everywhere, the QĐ included', async () => {
    const basis = await expectAllOn('2020-03-31', 1_490_000, 'conference_day');
    expect(basis.baseSalary).toEqual({
      amount: 1_490_000,
      effectiveFrom: '2019-07-01',
      legalBasis: 'Nghị định 38/2019/NĐ-CP',
    });
    // a unit head reads the award forms' prizes (the page is theirs too), not the budget
    const unitHead = await t.login('tdp5');
    const forms = await json<PrizeBasisView>(`${base}/award-forms/prizes`, unitHead);
    expect(forms.baseSalary?.amount).toBe(1_490_000);
    expect((await t.send('GET', `${base}/budget`, unitHead)).statusCode).toBe(403);
  });

  it('moves everything together when the secretary moves the draft QĐ’s date across 01/7/2026', async () => {
    const saved = await saveDate('2026-06-30');
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ decisionDate: '2026-06-30', conferenceDay: '2020-03-31' });
    const june = await expectAllOn('2026-06-30', 2_340_000, 'setting');

    expect((await saveDate('2026-07-01')).statusCode).toBe(200);
    const july = await expectAllOn('2026-07-01', 2_530_000, 'setting');
    // the same honorees, priced 2.530.000 / 2.340.000 higher
    expect(july.honorees).toBe(june.honorees);
    expect(july.total).toBeGreaterThan(june.total);
    expect(july.total * 2_340_000).toBe(june.total * 2_530_000);
    // the draft's legal basis follows its date (Decree 152/2025 from 01/7/2025)
    const [docx] = await decisionTexts();
    expect(docx).toContain('Nghị định số 152/2025/NĐ-CP');
  });

  it('refuses a stale save (409, nothing changed) and an impossible date (400, in Vietnamese); saves are audited', async () => {
    const before = await json<DocumentSettings>(settingsUrl());
    const stale = await saveDate('2020-04-01', before.version - 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ version: before.version, decisionDate: '2026-07-01' });
    const bad = await saveDate('2026-02-30');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.decisionDate).toBe(
      'Ngày Quyết định khen thưởng (dự thảo) không phải là ngày có thật',
    );
    expect((await json<DocumentSettings>(settingsUrl())).decisionDate).toBe('2026-07-01');
    const audit = await t.send(
      'GET',
      `/api/organizations/${t.demo.organizationId}/audit?entityType=document_settings`,
      secretary,
    );
    expect(audit.statusCode, audit.body).toBe(200);
    expect(audit.body).toContain('document_settings.updated');
    expect(audit.body).toContain('"decisionDate":"2026-07-01"');
    // leaving the date out keeps it (older clients save rounding and legal basis only)
    const keep = await t.send('PUT', settingsUrl(), secretary, {
      version: before.version,
      prizeRounding: 'none',
      decisionLegalBasis: null,
    });
    expect(keep.statusCode, keep.body).toBe(200);
    expect(keep.json().decisionDate).toBe('2026-07-01');
  });

  it('says what the last closed ballot changed, with the total before it', async () => {
    const before = (await json<BudgetView>(`${base}/budget`)).prizeBasis;
    const tdpvh = t.demo.formIds.get('TDPVH')!;
    const ids = await accepted(t, [{ unit: 'Tổ dân phố 2', body: collective(tdpvh, 'Tổ dân phố 2') }]);
    await decideByHands(t, ids);
    const after = (await json<BudgetView>(`${base}/budget`)).prizeBasis;
    expect(after.honorees).toBe(before.honorees + 1);
    const added = after.forms.find((f) => f.id === tdpvh)!.amount!;
    expect(after.total).toBe(before.total + added);
    expect(after.change).toEqual({
      ballotTitle: 'Biểu quyết chọn điển hình tiên tiến',
      meetingDate: expect.any(String),
      previousTotal: before.total,
    });
  });

  it('once the QĐ is issued, the pages take its date and number; the next draft keeps the set date', async () => {
    const issued = await t.send('POST', `${base}/register/issue`, secretary, {
      kind: 'decision',
      signerName: 'Lê Đình Thắng',
      signedAt: '2024-07-05T09:00:00+07:00',
      documentDate: '2024-07-05',
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const { budget, forms, dashboard, draft } = await everyPage();
    for (const b of [budget.prizeBasis, forms, dashboard.prizes]) {
      expect(b).toMatchObject({
        date: '2024-07-05',
        dateSource: 'issued',
        decisionNumber: `${issued.json().numberLine.replace(/^Số: /u, '')}`,
        baseSalary: { amount: 2_340_000 },
      });
    }
    expect(draft).toMatchObject({
      date: '2026-07-01',
      dateSource: 'setting',
      baseSalary: { amount: 2_530_000 },
    });
    // the issued QĐ prints the amounts the pages show
    const file = await t.send('GET', `${base}/register/${issued.json().id}/file.pdf`, secretary);
    const text = flat((await pdfPagesText(file.rawPayload)).join('\n'));
    expect(text).toContain('mức lương cơ sở 2.340.000 đồng áp dụng vào ngày 05 tháng 7 năm 2024');
    expect(text).toContain(`Tổng số tiền thưởng: ${formatDong(budget.prizeBasis.total)}`);
  });
});
