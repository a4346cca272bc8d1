import { describe, expect, it } from 'vitest';
import { compareVietnameseNames, foldVietnamese, matchesVietnamese } from './vietnamese-text';

describe('Vietnamese text', () => {
  it('folds diacritics and đ', () => {
    expect(foldVietnamese('Nguyễn Thị Hường')).toBe('nguyen thi huong');
    expect(foldVietnamese('Đoàn Thanh niên')).toBe('doan thanh nien');
    expect(foldVietnamese('Hu\u031Bo\u031Bng')).toBe('huong'); // NFD input
  });

  it('finds names with or without diacritics', () => {
    expect(matchesVietnamese('Nguyễn Thị Hường', 'huong')).toBe(true);
    expect(matchesVietnamese('Nguyễn Thị Hường', 'Hường')).toBe(true);
    expect(matchesVietnamese('Nguyễn Thị Hương', 'hường')).toBe(true);
    expect(matchesVietnamese('Lê Văn Tâm', 'huong')).toBe(false);
  });

  it('sorts by given name, then the rest', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Đình Thắng', 'Phạm An', 'Đỗ Thị Ánh'];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      'Nguyễn Thị An',
      'Phạm An',
      'Đỗ Thị Ánh',
      'Trần Văn Bình',
      'Lê Đình Thắng',
    ]);
  });
});
