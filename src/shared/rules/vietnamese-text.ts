/** Without diacritics, đ → d, case kept: "Nguyễn Văn Đức" → "Nguyen Van Duc". */
export function stripVietnameseMarks(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Lower-case, without diacritics, đ → d: "Nguyễn Thị Hường" → "nguyen thi huong". */
export function foldVietnamese(s: string): string {
  return stripVietnameseMarks(s).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words of a search, folded: "  Thị  Hường " → ["thi", "huong"]; empty for a blank query. */
export function searchWords(query: string): string[] {
  const q = foldVietnamese(query);
  return q ? q.split(' ') : [];
}

/**
 * Does `text` match the query at word starts, with or without diacritics? Every word of the
 * query must begin some word of the text: "huong" finds "Nguyễn Thị Hường" but not "Công an
 * phường" (whose "phuong" holds "huong" only mid-word); "thi h" finds "Nguyễn Thị Hường".
 * The server's search (db/search.ts) applies the same rule to the folded column.
 */
export function matchesVietnamese(text: string, query: string): boolean {
  const words = searchWords(query);
  if (words.length === 0) return true;
  const textWords = foldVietnamese(text).split(' ');
  return words.every((w) => textWords.some((t) => t.startsWith(w)));
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese name order: by given name (last word), then the full name. */
export function compareVietnameseNames(a: string, b: string): number {
  const given = (n: string) => n.trim().split(/\s+/).pop() ?? '';
  return collator.compare(given(a), given(b)) || collator.compare(a, b);
}

// ---- Sort keys: Vietnamese order as a plain string, so the database can sort with "C" collation.
// The letter order is derived from Intl.Collator('vi') itself (not a hand-made table): every
// Vietnamese letter with every tone is sorted by the collator once, then given a primary weight
// (letters that differ only by tone share it) and a secondary weight (the tone).

const BASE_LETTERS = 'aăâbcdđeêghiklmnoôơpqrstuưvxyfjwz0123456789';
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

const weights: Map<string, { primary: number; secondary: number }> = (() => {
  const viBase = new Intl.Collator('vi', { sensitivity: 'base' });
  const viAccent = new Intl.Collator('vi', { sensitivity: 'accent' });
  const chars = new Set<string>();
  for (const b of BASE_LETTERS) {
    for (const t of /[aăâeêioôơuưy]/.test(b) ? TONES : ['']) chars.add((b + t).normalize('NFC'));
  }
  const sorted = [...chars].sort(viAccent.compare);
  const map = new Map<string, { primary: number; secondary: number }>();
  let primary = 0;
  let secondary = 0;
  sorted.forEach((c, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined) {
      if (viBase.compare(prev, c) !== 0) {
        primary++;
        secondary = 0;
      } else if (viAccent.compare(prev, c) !== 0) {
        secondary++;
      }
    }
    map.set(c, { primary, secondary });
  });
  return map;
})();

function keyOf(text: string): string {
  let primary = '';
  let secondary = '';
  for (const ch of text.normalize('NFC').toLowerCase()) {
    const w = weights.get(ch) ?? weights.get(ch.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
    if (w) {
      primary += String.fromCharCode(0x41 + w.primary);
      secondary += String.fromCharCode(0x41 + w.secondary);
    } else if (/\s/.test(ch)) {
      primary += ' ';
    } else {
      primary += String.fromCharCode(0x2000 + ((ch.codePointAt(0) ?? 0) % 0x1000));
    }
  }
  return `${primary}\u0001${secondary}`;
}

/** A key whose byte order is the order of `compareVietnameseNames` (given name, then full name). */
export function vietnameseNameSortKey(fullName: string): string {
  const name = fullName.trim().replace(/\s+/g, ' ');
  const given = name.split(' ').pop() ?? '';
  return `${keyOf(given)}\u0002${keyOf(name)}`;
}
