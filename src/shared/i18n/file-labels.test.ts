import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';

// One wording for one action on every page: exporting to Excel, downloading a PDF or a DOCX.

function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe.each([
  ['vi', vi, /^(Xuất|Tải)\b.*\b(Excel|XLSX)\b/i, 'Xuất Excel', /^Tải (PDF|DOCX)\b|^Tải .*\((PDF|DOCX)/],
  [
    'en',
    en,
    /^(Export|Download)\b.*\b(Excel|XLSX)\b/i,
    'Export to Excel',
    /^Download (PDF|DOCX)\b|^Download .*\((PDF|DOCX)/,
  ],
] as const)('%s file labels', (_lang, catalog, excelAction, excelLabel, fileDownload) => {
  const all = strings(catalog);

  it('says one thing for exporting to Excel (templates aside)', () => {
    const exports = all.filter(([, s]) => excelAction.test(s) && !/mẫu|template/i.test(s));
    expect(exports.map(([, s]) => s)).toEqual(exports.map(() => excelLabel));
    expect(exports.length).toBeGreaterThan(0);
  });

  it('never offers "XLSX" as a button', () => {
    expect(all.filter(([, s]) => /^(Tải|Download|Xuất|Export) XLSX/i.test(s))).toEqual([]);
  });

  it('names a downloaded PDF or DOCX the same way ("… (PDF)")', () => {
    const downloads = all.filter(([, s]) => /\b(PDF|DOCX)\b/.test(s) && /^(Tải|Download) /.test(s));
    expect(downloads.filter(([, s]) => !fileDownload.test(s))).toEqual([]);
  });
});
