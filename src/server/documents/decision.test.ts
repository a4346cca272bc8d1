import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../tests/helpers/docx';
import { pdfPagesText } from '../../../tests/helpers/pdf';
import { prizeLines, prizesAsOf } from '../../shared/rules/prize-money';
import { BASE_SALARIES, FORMS, flat, HONOREES, vanYenHeader } from './builder-fixtures';
import { decisionDocument } from './decision';
import { blockText } from './model';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';

const input = {
  header: vanYenHeader(),
  honorees: HONOREES,
  forms: FORMS,
  baseSalaries: BASE_SALARIES,
  day: '2026-07-15',
  date: '2026-07-15',
  number: 7,
  rounding: 'none' as const,
};

describe("prizeLines (the decision's lines)", () => {
  it('puts collective forms before individual forms and prices each row on the decision date', () => {
    const { groups, total } = prizeLines(input.honorees, input.forms, input);
    expect(groups.map((g) => g.formName)).toEqual([
      'Tổ dân phố văn hóa',
      'Giấy khen của Chủ tịch UBND phường (cá nhân)',
      'Chiến sĩ thi đua cơ sở',
    ]);
    expect(groups[0]!.rows.map((r) => r.amount)).toEqual([3_795_000]);
    expect(groups[1]!.rows.map((r) => r.amount)).toEqual([759_000]);
    expect(groups[2]!.rows.map((r) => [r.name, r.amount])).toEqual([
      ['Nguyễn Thị Hường', 2_530_000],
      ['Trương Quốc Việt', 2_530_000],
    ]);
    expect(groups.map((g) => g.total)).toEqual([3_795_000, 759_000, 5_060_000]);
    expect(total).toBe(9_614_000);
  });

  it('uses the base salary in force on the day and the rounding rule', () => {
    const before = prizeLines(HONOREES, FORMS, { ...input, day: '2026-06-30' });
    expect(before.groups[2]!.rows[0]!.amount).toBe(2_340_000);
    expect(before.groups[1]!.rows[0]!.amount).toBe(702_000);
    const rounded = prizeLines(HONOREES, FORMS, { ...input, rounding: 'up_10000' });
    expect(rounded.groups[1]!.rows[0]!.amount).toBe(760_000);
    const none = prizeLines(HONOREES, FORMS, { ...input, day: '2019-01-01' });
    expect(none.groups[0]!.rows[0]!.amount).toBeNull();
    expect(none.total).toBe(0);
  });
});

const decisionInput = (day: string, date: string | null, number: number | null) => ({
  header: input.header,
  prizes: prizesAsOf(HONOREES, FORMS, { ...input, day }),
  date,
  number,
});

describe('decisionDocument', () => {
  const doc = decisionDocument(decisionInput(input.day, input.date, input.number));

  it('has the three articles and the list as appendix with totals in figures and words', () => {
    expect(doc.type).toBe('QĐ');
    expect(doc.code).toBe('QĐ-UBND');
    const body = doc.body.map(blockText).join('\n');
    expect(body).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG VĂN YÊN');
    expect(body).toContain('Điều 1. Khen thưởng 01 tập thể và 03 cá nhân');
    expect(body).toContain(
      'Tổng số tiền thưởng: 9.614.000 đồng (Bằng chữ: Chín triệu sáu trăm mười bốn nghìn đồng)',
    );
    // Điều 2 names the base salary and the day it is taken on
    expect(body).toContain('mức lương cơ sở 2.530.000 đồng áp dụng vào ngày 15 tháng 7 năm 2026.');
    expect(body).toContain('Điều 3. Quyết định này có hiệu lực kể từ ngày ký.');
    const [appendix] = doc.appendices;
    expect(appendix!.subtitle[0]).toBe(
      '(Kèm theo Quyết định số 07/QĐ-UBND ngày 15 tháng 7 năm 2026 của Chủ tịch Ủy ban nhân dân phường Văn Yên)',
    );
    const table = appendix!.blocks[0]!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.rows[0]).toEqual(['I', 'Tổ dân phố văn hóa (01 tập thể)', '', '']);
    expect(table.rows).toContainEqual([
      '1',
      'Nguyễn Thị Hường',
      'Chủ tịch Hội, Hội LHPN phường',
      '2.530.000',
    ]);
    expect(table.rows).toContainEqual(['', 'Cộng Chiến sĩ thi đua cơ sở', '2', '5.060.000']);
    expect(table.footer).toEqual(['', 'Tổng cộng', '4', '9.614.000']);
  });

  it('reads back from the DOCX and the PDF with diacritics, date, amounts and the order of groups', async () => {
    const docx = flat((await readDocx(await renderDocx(doc))).paragraphs.map((p) => p.text).join('\n'));
    const pdf = flat((await pdfPagesText(await renderPdf(doc))).join('\n'));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Văn Yên, ngày 15 tháng 7 năm 2026');
      expect(text).toContain('Số: 07/QĐ-UBND');
      expect(text).toContain('9.614.000 đồng');
      expect(text).toContain('Chín triệu sáu trăm mười bốn nghìn đồng');
      expect(text).toContain('DANH SÁCH CÁC TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG');
      const order = ['Tổ dân phố Đồng Ích', 'Đặng Văn Lộc', 'Nguyễn Thị Hường', 'Trương Quốc Việt'].map((n) =>
        text.indexOf(n),
      );
      expect(order.every((i) => i >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
    expect(pdf).toContain('2.530.000');
  });

  it('names the draft’s day and its base salary in Điều 2 while the date line stays blank', () => {
    const draft = decisionDocument(decisionInput('2026-06-30', null, null));
    expect(draft.date).toBeNull();
    const body = draft.body.map(blockText).join('\n');
    expect(body).toContain('mức lương cơ sở 2.340.000 đồng áp dụng vào ngày 30 tháng 6 năm 2026.');
    // 1,5 × 2.340.000 + 0,3 × 2.340.000 + 2 × 2.340.000
    expect(body).toContain('Tổng số tiền thưởng: 8.892.000 đồng');
  });

  it('leaves the number and date blank on a draft and says when no base salary is in force', () => {
    const draft = decisionDocument(decisionInput('2019-01-01', null, null));
    expect(draft.date).toBeNull();
    expect(draft.appendices[0]!.subtitle[0]).toMatch(/^\(Kèm theo Quyết định số\s+\/QĐ-UBND ngày\s+tháng/u);
    expect(draft.body.map(blockText).join('\n')).toContain(
      'Chưa có mức lương cơ sở áp dụng vào ngày 01 tháng 01 năm 2019',
    );
  });
});
