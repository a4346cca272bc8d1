// Dự trù kinh phí downloads: XLSX (formula-safe, amounts as numbers) and the official document
// (table by group, total in figures and in words) rendered by documents/render-docx.

import ExcelJS from 'exceljs';
import { formatDong, formatVnd } from '../../../shared/rules/prize-money';
import { vietnameseDate } from '../../../shared/rules/vietnamese-date';
import type { BudgetSummaryView as BudgetSummary } from '../../../shared/schemas/budget';
import { type Header, paragraph, periodText } from '../../documents/builder-common';
import type { Block, OfficialDocument } from '../../documents/model';
import { neutralizeCell } from '../../xlsx/cells';

/** "Tiền thưởng tính theo mức lương cơ sở 1.490.000 đồng áp dụng vào ngày 31 tháng 3 năm 2020 (ngày Quyết định khen thưởng)." */
function prizeBasisText(summary: BudgetSummary): string | null {
  const b = summary.prizeBasis;
  if (summary.prizeLines.length === 0 || !b.baseSalary) return null;
  const which = b.decisionNumber ? `ngày Quyết định số ${b.decisionNumber}` : 'ngày Quyết định khen thưởng';
  return `Tiền thưởng tính theo mức lương cơ sở ${formatDong(b.baseSalary.amount)} áp dụng vào ${vietnameseDate(b.date)} (${which}).`;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const quantityText = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

const HEADERS = [
  'TT',
  'Nội dung chi',
  'Đơn vị tính',
  'Số lượng',
  'Đơn giá (đồng)',
  'Thành tiền (đồng)',
  'Thực chi (đồng)',
  'Ghi chú',
];
const WIDTHS = [6, 44, 12, 10, 16, 18, 18, 30];

/** One sheet: a heading row per group with its totals, its lines, then Tổng cộng and the words. */
export async function exportBudgetXlsx(summary: BudgetSummary, opts: { title: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vinh Danh';
  const ws = wb.addWorksheet('Dự trù kinh phí', {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  [4, 5, 6, 7].forEach((c) => {
    ws.getColumn(c + 1).numFmt = '#,##0';
  });
  ws.getColumn(4).numFmt = '#,##0.##';
  ws.getCell(1, 1).value = neutralizeCell(opts.title);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, HEADERS.length);
  const header = ws.getRow(2);
  HEADERS.forEach((h, i) => {
    header.getCell(i + 1).value = h;
    header.getCell(i + 1).font = { bold: true };
  });
  summary.groups.forEach((g, gi) => {
    const row = ws.addRow([
      ROMAN[gi] ?? gi + 1,
      neutralizeCell(g.label),
      '',
      '',
      '',
      g.estimate,
      g.actual,
      '',
    ]);
    row.font = { bold: true };
    g.lines.forEach((l, i) => {
      ws.addRow([
        i + 1,
        neutralizeCell(l.title),
        neutralizeCell(l.unit),
        l.quantity,
        l.unitPrice,
        l.amount,
        l.actualAmount,
        neutralizeCell(
          l.computed ? [l.notes, 'Tự tính từ danh sách khen thưởng'].filter(Boolean).join('. ') : l.notes,
        ),
      ]).alignment = { vertical: 'top', wrapText: true };
    });
  });
  const total = ws.addRow(['', 'Tổng cộng', '', '', '', summary.estimate, summary.actual, '']);
  total.font = { bold: true };
  ws.addRow(['', neutralizeCell(`Bằng chữ (dự trù): ${summary.estimateInWords}`)]).font = { italic: true };
  ws.addRow(['', neutralizeCell(`Bằng chữ (thực chi): ${summary.actualInWords}`)]).font = { italic: true };
  const basis = prizeBasisText(summary);
  if (basis) ws.addRow(['', neutralizeCell(basis)]).font = { italic: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** "Dự trù kinh phí tổ chức Hội nghị …" as an official document of the organizer. */
export function budgetDocument(summary: BudgetSummary, h: Header): OfficialDocument {
  const rows: string[][] = [];
  summary.groups.forEach((g, gi) => {
    rows.push([ROMAN[gi] ?? String(gi + 1), g.label, '', '', '', formatVnd(g.estimate)]);
    g.lines.forEach((l, i) => {
      rows.push([
        String(i + 1),
        l.title,
        l.unit,
        quantityText(l.quantity),
        formatVnd(l.unitPrice),
        formatVnd(l.amount),
      ]);
    });
  });
  const body: Block[] = [
    paragraph(
      `Căn cứ Kế hoạch tổ chức ${h.plan.officialTitle} ${periodText(h.plan)}, ${h.organizationName} dự trù kinh phí tổ chức Hội nghị như sau:`,
    ),
    {
      kind: 'table',
      columns: [
        { title: 'TT', width: 7, align: 'center' },
        { title: 'Nội dung chi', width: 37 },
        { title: 'ĐVT', width: 10, align: 'center' },
        { title: 'Số lượng', width: 10, align: 'right' },
        { title: 'Đơn giá', width: 16, align: 'right' },
        { title: 'Thành tiền', width: 20, align: 'right' },
      ],
      rows,
      footer: ['', 'Tổng cộng', '', '', '', formatVnd(summary.estimate)],
    },
    paragraph(`Tổng kinh phí dự trù: ${formatDong(summary.estimate)}.`, { bold: true }),
    paragraph(`Bằng chữ: ${summary.estimateInWords}.`, { italic: true }),
  ];
  if (summary.prizeNote) body.push(paragraph(`Ghi chú: ${summary.prizeNote}.`, { italic: true }));
  const basis = prizeBasisText(summary);
  if (basis) body.push(paragraph(`Ghi chú: ${basis}`, { italic: true }));
  return {
    type: 'BC',
    parentAgency: h.parentAgency,
    issuingAgency: h.issuingAgency,
    number: null,
    code: `DT-${h.agencyCode}`,
    place: h.place,
    date: null,
    title: 'Dự trù kinh phí',
    summary: [`Tổ chức ${h.plan.officialTitle}`, periodText(h.plan)],
    legalBasis: [],
    body,
    signature: h.signature,
    recipients: ['Chủ tịch UBND phường (để phê duyệt)', 'Bộ phận Tài chính - Kế toán', 'Lưu: VP'],
    appendices: [],
  };
}
