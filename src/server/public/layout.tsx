import type { ReactNode } from 'react';
import { publicPaths } from '../../shared/rules/public-paths';
import { SITE_CSS } from './site-css';

/** What a page tells crawlers and link previews (Zalo, Facebook read the OpenGraph tags). */
export type PageMeta = {
  title: string;
  description?: string;
  /** Path of the preview picture (a published photo's size), made absolute with the origin. */
  imagePath?: string | null;
  /** This page's own path (canonical and og:url). */
  path: string;
  /** https://host the visitor used (or PUBLIC_URL). */
  origin: string;
  type?: 'website' | 'article' | 'profile';
  /** Feeds to announce in <head>. */
  feeds?: { atom: string; rss: string } | null;
};

export type SiteOrganization = { id: string; name: string };

const SITE_NAME = 'Vinh danh điển hình tiên tiến';

export function PublicLayout(props: {
  meta: PageMeta;
  organization?: SiteOrganization | null;
  /** The embeddable board: no site header or footer, links open in the top window. */
  embed?: boolean;
  children: ReactNode;
}) {
  const { meta, organization, embed } = props;
  const url = meta.origin + meta.path;
  const description = meta.description?.slice(0, 300) ?? '';
  const title = organization ? `${meta.title} — ${organization.name}` : meta.title;
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {description && <meta name="description" content={description} />}
        <link rel="canonical" href={url} />
        <meta property="og:site_name" content={organization?.name ?? SITE_NAME} />
        <meta property="og:locale" content="vi_VN" />
        <meta property="og:type" content={meta.type ?? 'website'} />
        <meta property="og:title" content={meta.title} />
        {description && <meta property="og:description" content={description} />}
        <meta property="og:url" content={url} />
        {meta.imagePath && <meta property="og:image" content={meta.origin + meta.imagePath} />}
        <meta name="twitter:card" content={meta.imagePath ? 'summary_large_image' : 'summary'} />
        {meta.feeds && (
          <>
            <link rel="alternate" type="application/atom+xml" title="Tin bài (Atom)" href={meta.feeds.atom} />
            <link rel="alternate" type="application/rss+xml" title="Tin bài (RSS)" href={meta.feeds.rss} />
          </>
        )}
        {embed && <base target="_top" />}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant stylesheet */}
        <style dangerouslySetInnerHTML={{ __html: SITE_CSS }} />
      </head>
      <body>
        {!embed && (
          <>
            <a className="skip" href="#noi-dung">
              Bỏ qua, đến nội dung chính
            </a>
            <header className="site">
              <div className="in">
                <a
                  className="brand"
                  href={organization ? publicPaths.organizerBoard(organization.id) : publicPaths.home()}
                >
                  {organization ? `Vinh danh — ${organization.name}` : SITE_NAME}
                </a>
                <nav aria-label="Trang công khai">
                  <ul>
                    <li>
                      <a href={publicPaths.home()}>Trang chủ</a>
                    </li>
                    {organization && (
                      <>
                        <li>
                          <a href={publicPaths.organizerBoard(organization.id)}>Bảng vinh danh</a>
                        </li>
                        <li>
                          <a href={publicPaths.articles(organization.id)}>Tin bài</a>
                        </li>
                        <li>
                          <a href={publicPaths.albums(organization.id)}>Thư viện ảnh</a>
                        </li>
                      </>
                    )}
                    <li>
                      <a href={publicPaths.verifyForm()}>Xác minh giấy khen</a>
                    </li>
                  </ul>
                </nav>
              </div>
            </header>
          </>
        )}
        <main id="noi-dung" className="in">
          {props.children}
        </main>
        {!embed && (
          <footer className="site">
            <div className="in">
              <p>
                Trang thông tin công khai{organization ? ` của ${organization.name}` : ''}. Không cần tài
                khoản để xem. <a href="/login">Cán bộ đăng nhập</a>
              </p>
            </div>
          </footer>
        )}
      </body>
    </html>
  );
}

/** The page of an address that is not (or no longer) public: 404, saying so without saying why. */
export function NotFoundPage(props: { origin: string; path: string }) {
  return (
    <PublicLayout meta={{ title: 'Không tìm thấy trang', origin: props.origin, path: props.path }}>
      <h1>Không tìm thấy trang</h1>
      <p>Trang này không tồn tại hoặc chưa được công khai.</p>
      <p>
        <a href={publicPaths.home()}>Về trang chủ vinh danh</a>
      </p>
    </PublicLayout>
  );
}
