// An organizer's public board: every published honouree, searched by name (with or without
// diacritics), filtered by form, year, unit and kind through a plain GET form, in pages.
import { z } from 'zod';
import { publicPaths } from '../../../shared/rules/public-paths';
import { foldVietnamese } from '../../../shared/rules/vietnamese-text';
import { PublicLayout } from '../../public/layout';
import { ArticleLinks, EntryGrid, Pager } from './public-components';
import type { PublicEntry, PublicOrganization } from './public-data';

export const PAGE_SIZE = 48;
const KINDS: Record<string, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
};
const short = (max: number) => z.string().trim().max(max).default('');

export const organizerQuery = z.object({
  q: short(100),
  form: short(300),
  year: z.union([z.literal(''), z.string().regex(/^\d{4}$/)]).default(''),
  unit: short(300),
  kind: z.union([z.literal(''), z.enum(['individual', 'collective', 'household'])]).default(''),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type OrganizerQuery = z.infer<typeof organizerQuery>;

/** Matches a name typed with or without diacritics. */
export const nameMatches = (name: string, q: string) => foldVietnamese(name).includes(foldVietnamese(q));

export function filterEntries(entries: PublicEntry[], q: OrganizerQuery): PublicEntry[] {
  return entries.filter(
    (e) =>
      (!q.q || nameMatches(e.displayName, q.q)) &&
      (!q.form || e.formName === q.form) &&
      (!q.year || e.decisionDate?.startsWith(q.year)) &&
      (!q.unit || e.unitName === q.unit) &&
      (!q.kind || e.kind === q.kind),
  );
}

const distinct = (values: (string | null | undefined)[]) =>
  [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b, 'vi'));

function Choice(props: { name: string; label: string; value: string; options: [string, string][] }) {
  return (
    <div>
      <label htmlFor={`f-${props.name}`}>{props.label}</label>
      <select id={`f-${props.name}`} name={props.name} defaultValue={props.value}>
        <option value="">Tất cả</option>
        {props.options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function OrganizerBoardPage(props: {
  org: PublicOrganization;
  entries: PublicEntry[];
  news: { id: string; title: string; summary: string }[];
  query: OrganizerQuery;
  origin: string;
  path: string;
}) {
  const { org, entries, query } = props;
  const found = filterEntries(entries, query);
  const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const shown = found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const years = distinct(entries.map((e) => e.decisionDate?.slice(0, 4))).reverse();
  const pageLink = (p: number) => {
    const params = new URLSearchParams();
    for (const k of ['q', 'form', 'year', 'unit', 'kind'] as const) if (query[k]) params.set(k, query[k]);
    if (p > 1) params.set('page', String(p));
    const qs = params.toString();
    return publicPaths.organizerBoard(org.id) + (qs ? `?${qs}` : '');
  };
  return (
    <PublicLayout
      organization={org}
      meta={{
        title: 'Bảng vinh danh',
        description: `Các tập thể, cá nhân điển hình tiên tiến được ${org.name} vinh danh.`,
        origin: props.origin,
        path: props.path,
      }}
    >
      <h1>Bảng vinh danh</h1>
      <form
        className="filters"
        method="get"
        action={publicPaths.organizerBoard(org.id)}
        aria-label="Tìm kiếm"
      >
        <div>
          <label htmlFor="f-q">Tìm theo tên</label>
          <input id="f-q" name="q" type="search" defaultValue={query.q} />
        </div>
        <Choice
          name="form"
          label="Hình thức"
          value={query.form}
          options={distinct(entries.map((e) => e.formName)).map((f) => [f, f])}
        />
        <Choice name="year" label="Năm" value={query.year} options={years.map((y) => [y, y])} />
        <Choice
          name="unit"
          label="Đơn vị"
          value={query.unit}
          options={distinct(entries.map((e) => e.unitName)).map((u) => [u, u])}
        />
        <Choice name="kind" label="Đối tượng" value={query.kind} options={Object.entries(KINDS)} />
        <button type="submit">Tìm</button>
      </form>
      <p aria-live="polite">
        {found.length === 0 ? 'Không tìm thấy ai phù hợp.' : `Tìm thấy ${found.length} tập thể, cá nhân.`}
      </p>
      <EntryGrid entries={shown} />
      <Pager page={page} pages={pages} link={pageLink} />
      <h2>Tin bài mới</h2>
      <ArticleLinks items={props.news} />
    </PublicLayout>
  );
}
