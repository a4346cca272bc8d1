import { describe, expect, it } from 'vitest';
import { formatImportError } from './import-errors';

describe('formatImportError', () => {
  it('names the row and the column', () => {
    expect(formatImportError({ row: 7, column: 'Năm sinh', message: 'Năm sinh phải từ 1900 trở đi' })).toBe(
      "Dòng 7, cột 'Năm sinh': Năm sinh phải từ 1900 trở đi",
    );
    expect(formatImportError({ row: 7, column: '', message: 'Lỗi' })).toBe('Dòng 7: Lỗi');
    expect(formatImportError({ row: 0, column: '', message: 'Tệp hỏng' })).toBe('Tệp hỏng');
  });
});
