// The honour board's public pieces: a card per honouree (photo, name, unit, form), the grid of a
// board, the groups of a conference. Lean markup: a 200-entry board stays small over a slow link.
import { formatDate } from '../../../shared/rules/display-format';
import { publicPaths } from '../../../shared/rules/public-paths';
import { ResponsiveImage } from '../../public/components';
import type { PublicEntry } from './public-data';

/** How many pictures of a page load at once: the first row at desktop width; the rest lazily. */
export const EAGER_IMAGES = 5;
const CARD_SIZES = '(min-width:720px) 200px, 50vw';

export function EntryCard(props: { e: PublicEntry; eager: boolean; showForm?: boolean }) {
  const { e } = props;
  return (
    <li className="card">
      {e.photo && (
        <ResponsiveImage
          assetId={e.photo.assetId}
          variants={e.photo.variants.slice(0, 2)}
          alt={`Ảnh ${e.displayName}`}
          sizes={CARD_SIZES}
          eager={props.eager}
        />
      )}
      <div className="body">
        <p className="name">
          <a href={publicPaths.entry(e.id)}>{e.displayName}</a>
        </p>
        {e.unitName && e.unitName !== e.displayName && <p>{e.unitName}</p>}
        {props.showForm !== false && <p className="muted">{e.formName}</p>}
      </div>
    </li>
  );
}

export function EntryGrid(props: { entries: PublicEntry[]; eager?: number; showForm?: boolean }) {
  const eager = props.eager ?? EAGER_IMAGES;
  return (
    <ul className="grid">
      {props.entries.map((e, i) => (
        <EntryCard key={e.id} e={e} eager={i < eager} showForm={props.showForm} />
      ))}
    </ul>
  );
}

/** "Quyết định số 25/QĐ-UBND ngày 31/03/2020". */
export function decisionText(e: Pick<PublicEntry, 'decisionNumber' | 'decisionDate'>): string {
  if (!e.decisionNumber) return '';
  const date = e.decisionDate ? ` ngày ${formatDate(e.decisionDate)}` : '';
  return `Quyết định số ${e.decisionNumber}${date}`;
}

export function ArticleLinks(props: { items: { id: string; title: string; summary: string }[] }) {
  if (props.items.length === 0) return <p className="muted">Chưa có tin bài.</p>;
  return (
    <ul>
      {props.items.map((a) => (
        <li key={a.id}>
          <a href={publicPaths.article(a.id)}>{a.title}</a>
          {a.summary && <span className="muted"> — {a.summary}</span>}
        </li>
      ))}
    </ul>
  );
}

/** "← Trang trước · Trang 2/4 · Trang sau →" under a paged list (nothing when one page). */
export function Pager(props: { page: number; pages: number; link: (page: number) => string }) {
  const { page, pages, link } = props;
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label="Trang">
      {page > 1 && <a href={link(page - 1)}>← Trang trước</a>}
      <span>
        Trang {page}/{pages}
      </span>
      {page < pages && <a href={link(page + 1)}>Trang sau →</a>}
    </nav>
  );
}
