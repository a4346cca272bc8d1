// The public gallery and articles as server-rendered pages (no script): an organizer's articles,
// one article (OpenGraph: its cover, title and summary for Zalo and Facebook previews), an
// organizer's albums (the exhibition) and one album. Every picture is a published photo's stored
// size through ResponsiveImage (srcset, reserved box, lazy below the fold).
import type { ReactNode } from 'react';
import { publicPaths } from '../../../shared/rules/public-paths';
import { previewImagePath, ResponsiveImage } from '../../public/components';
import { PublicLayout, type SiteOrganization } from '../../public/layout';
import type { PublicAsset } from './public-data';

type Ctx = { origin: string; path: string; organization: SiteOrganization };
type ArticleItem = {
  id: string;
  title: string;
  summary: string;
  bodyHtml: string;
  publishAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  cover: PublicAsset | null;
};
type AlbumItem = { id: string; title: string; description: string; cover: PublicAsset | null };

const DATE_TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
/** "31/03/2020 09:00": when an article shows from. */
export const shownAt = (a: Pick<ArticleItem, 'publishAt' | 'publishedAt' | 'updatedAt'>) =>
  a.publishAt ?? a.publishedAt ?? a.updatedAt;
const when = (d: Date) => DATE_TIME.format(d);

const feedsOf = (organizationId: string) => ({
  atom: publicPaths.atom(organizationId),
  rss: publicPaths.rss(organizationId),
});
const altOf = (a: PublicAsset) => a.caption || a.title || 'Ảnh phong trào thi đua';

/** A card of a list: the cover (the first two load at once), the title as the link, what follows. */
function CoverCard(props: {
  cover: PublicAsset | null;
  href: string;
  title: string;
  eager: boolean;
  children?: ReactNode;
}) {
  return (
    <li className="card">
      {props.cover && (
        <ResponsiveImage
          assetId={props.cover.id}
          variants={props.cover.variants}
          alt={altOf(props.cover)}
          sizes="(min-width: 720px) 340px, 100vw"
          eager={props.eager}
        />
      )}
      <div className="body">
        <h2 className="name">
          <a href={props.href}>{props.title}</a>
        </h2>
        {props.children}
      </div>
    </li>
  );
}

export function ArticleListPage(props: Ctx & { articles: ArticleItem[] }) {
  const { organization } = props;
  return (
    <PublicLayout
      organization={organization}
      meta={{
        title: 'Tin bài',
        description: `Tin bài về thi đua, khen thưởng của ${organization.name}`,
        origin: props.origin,
        path: props.path,
        feeds: feedsOf(organization.id),
      }}
    >
      <h1>Tin bài</h1>
      <p className="muted">
        Theo dõi qua <a href={publicPaths.atom(organization.id)}>Atom</a> hoặc{' '}
        <a href={publicPaths.rss(organization.id)}>RSS</a>.
      </p>
      {props.articles.length === 0 ? (
        <p>Chưa có tin bài nào được đăng.</p>
      ) : (
        <ul className="grid wide">
          {props.articles.map((a, i) => (
            <CoverCard
              key={a.id}
              cover={a.cover}
              href={publicPaths.article(a.id)}
              title={a.title}
              eager={i < 2}
            >
              <p className="muted">{when(shownAt(a))}</p>
              {a.summary && <p>{a.summary}</p>}
            </CoverCard>
          ))}
        </ul>
      )}
    </PublicLayout>
  );
}

export function ArticlePage(props: Ctx & { article: ArticleItem }) {
  const { organization, article: a } = props;
  return (
    <PublicLayout
      organization={organization}
      meta={{
        title: a.title,
        description: a.summary,
        imagePath: a.cover ? previewImagePath(a.cover.id, a.cover.variants) : null,
        origin: props.origin,
        path: props.path,
        type: 'article',
        feeds: feedsOf(organization.id),
      }}
    >
      <article>
        <h1>{a.title}</h1>
        <p className="muted">
          Đăng lúc <time dateTime={shownAt(a).toISOString()}>{when(shownAt(a))}</time>
        </p>
        {a.summary && (
          <p>
            <strong>{a.summary}</strong>
          </p>
        )}
        {a.cover && (
          <figure className="figure">
            <ResponsiveImage
              assetId={a.cover.id}
              variants={a.cover.variants}
              alt={altOf(a.cover)}
              sizes="(min-width: 1100px) 1068px, 100vw"
              eager
            />
            {a.cover.caption && <figcaption className="muted">{a.cover.caption}</figcaption>}
          </figure>
        )}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized on save to the article allow-list (server/rich-text.ts) */}
        <div className="story" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
      </article>
      <p>
        <a href={publicPaths.articles(organization.id)}>← Tất cả tin bài</a>
      </p>
    </PublicLayout>
  );
}

export function AlbumListPage(props: Ctx & { albums: AlbumItem[] }) {
  const { organization } = props;
  return (
    <PublicLayout
      organization={organization}
      meta={{
        title: 'Thư viện ảnh',
        description: `Triển lãm ảnh phong trào thi đua của ${organization.name}`,
        origin: props.origin,
        path: props.path,
      }}
    >
      <h1>Thư viện ảnh</h1>
      {props.albums.length === 0 ? (
        <p>Chưa có album nào được đăng.</p>
      ) : (
        <ul className="grid wide">
          {props.albums.map((a, i) => (
            <CoverCard
              key={a.id}
              cover={a.cover}
              href={publicPaths.album(a.id)}
              title={a.title}
              eager={i < 2}
            >
              {a.description && <p>{a.description}</p>}
            </CoverCard>
          ))}
        </ul>
      )}
    </PublicLayout>
  );
}

export function AlbumPage(props: Ctx & { album: AlbumItem; items: PublicAsset[] }) {
  const { organization, album } = props;
  const photos = props.items.filter((i) => i.kind === 'photo' && i.variants.length > 0);
  const videos = props.items.filter((i) => i.kind === 'video' && i.videoUrl);
  const cover = album.cover ?? photos[0] ?? null;
  return (
    <PublicLayout
      organization={organization}
      meta={{
        title: album.title,
        description: album.description,
        imagePath: cover ? previewImagePath(cover.id, cover.variants) : null,
        origin: props.origin,
        path: props.path,
      }}
    >
      <h1>{album.title}</h1>
      {album.description && <p>{album.description}</p>}
      {photos.length > 0 && (
        <ul className="grid wide">
          {photos.map((p, i) => (
            <li key={p.id} className="card">
              <figure className="figure">
                <ResponsiveImage
                  assetId={p.id}
                  variants={p.variants}
                  alt={altOf(p)}
                  sizes="(min-width: 720px) 340px, 100vw"
                  eager={i < 2}
                />
                <figcaption className="body">
                  {p.title && <span className="name">{p.title}</span>}
                  {p.caption && <span className="muted"> {p.caption}</span>}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
      {videos.length > 0 && (
        <>
          <h2>Video</h2>
          <ul>
            {videos.map((v) => (
              <li key={v.id}>
                <a href={v.videoUrl!} rel="noopener noreferrer">
                  {v.title || v.videoUrl}
                </a>
                {v.caption && <span className="muted"> — {v.caption}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={publicPaths.albums(organization.id)}>← Tất cả album</a>
      </p>
    </PublicLayout>
  );
}
