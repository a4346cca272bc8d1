/** Lower-case, without diacritics, đ → d: "Nguyễn Thị Hường" → "nguyen thi huong". */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Does `text` match the query, with or without diacritics ("huong" finds "Hường")? */
export function matchesVietnamese(text: string, query: string): boolean {
  const q = query.normalize('NFC').toLowerCase().trim();
  if (!q) return true;
  if (text.normalize('NFC').toLowerCase().includes(q)) return true;
  return foldVietnamese(text).includes(foldVietnamese(q));
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese name order: by given name (last word), then the full name. */
export function compareVietnameseNames(a: string, b: string): number {
  const given = (n: string) => n.trim().split(/\s+/).pop() ?? '';
  return collator.compare(given(a), given(b)) || collator.compare(a, b);
}
