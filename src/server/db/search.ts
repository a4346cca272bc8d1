// The one search of the server: a folded name column (foldVietnamese, stored at write time) matched
// at word starts, the same rule as the web's `matchesVietnamese` (shared/rules/vietnamese-text.ts).
import { and, type Column, like, or, type SQL } from 'drizzle-orm';
import { searchWords } from '../../shared/rules/vietnamese-text';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * Every word of `query` begins some word of the folded `column`: "huong" finds "nguyen thi huong",
 * not "cong an phuong" (LIKE 'w%' OR LIKE '% w%' per word, wildcards escaped). Undefined for a
 * blank query (no condition).
 */
export function wordStartSearch(column: Column, query: string | undefined): SQL | undefined {
  const words = searchWords(query ?? '');
  if (words.length === 0) return undefined;
  return and(
    ...words.map((w) => {
      const e = escapeLike(w);
      return or(like(column, `${e}%`), like(column, `% ${e}%`))!;
    }),
  );
}
