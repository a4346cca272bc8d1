// The public gallery and articles (no login): pages through publicPage(), the published photos'
// bytes and the article feeds as plain public GETs. Drafts, scheduled articles before their time
// and unpublished albums answer the 404 page; a photo answers only while something published
// shows it.
import type { FastifyReply } from 'fastify';
import type { Feed } from 'feed';
import { z } from 'zod';
import { PUBLIC_ROUTES, publicPaths } from '../../../shared/rules/public-paths';
import { mediaImageParams, variantType } from '../../../shared/schemas/publicity';
import type { AppInstance } from '../../http/app-types';
import { previewImagePath } from '../../public/components';
import { PUBLIC_ASSET_HEADERS } from '../../public/headers';
import type { PageCache } from '../../public/page-cache';
import { publicOrigin, publicPage } from '../../public/public-route';
import {
  publicAlbum,
  publicAlbumItems,
  publicAlbums,
  publicArticle,
  publicArticles,
  publicImage,
  publicOrganization,
} from './public-data';
import { AlbumListPage, AlbumPage, ArticleListPage, ArticlePage, shownAt } from './public-pages';

const orgParams = z.object({ organizationId: z.uuid() });
const articleParams = z.object({ articleId: z.uuid() });
const albumParams = z.object({ albumId: z.uuid() });
const FEED_SIZE = 30;

const notFound = (reply: FastifyReply) =>
  reply.code(404).headers(PUBLIC_ASSET_HEADERS).type('text/plain; charset=utf-8').send('Không tìm thấy');

export function mediaPublicPages(app: AppInstance, pages: PageCache): void {
  const { db, files } = app.deps;

  // A published photo's stored size (WebP): cacheable by anyone for a day, loadable cross-origin.
  app.get(
    PUBLIC_ROUTES.image,
    { config: { policy: 'public' }, schema: { hide: true } },
    async (req, reply) => {
      const params = mediaImageParams.safeParse(req.params);
      if (!params.success) return notFound(reply);
      const size = await publicImage(db, params.data.assetId, params.data.width, new Date());
      if (!size) return notFound(reply);
      return reply
        .headers(PUBLIC_ASSET_HEADERS)
        .header('cache-control', 'public, max-age=86400')
        .type(variantType(size))
        .send(await files.get(size.sha));
    },
  );

  publicPage(app, pages, PUBLIC_ROUTES.articles, { params: orgParams }, async ({ params, origin, path }) => {
    const organization = await publicOrganization(db, params.organizationId);
    if (!organization) return null;
    const articles = await publicArticles(db, organization.id, new Date());
    return {
      element: (
        <ArticleListPage origin={origin} path={path} organization={organization} articles={articles} />
      ),
    };
  });

  publicPage(
    app,
    pages,
    PUBLIC_ROUTES.article,
    { params: articleParams },
    async ({ params, origin, path }) => {
      const article = await publicArticle(db, params.articleId, new Date());
      if (!article) return null;
      const organization = await publicOrganization(db, article.organizationId);
      if (!organization) return null;
      return {
        element: <ArticlePage origin={origin} path={path} organization={organization} article={article} />,
      };
    },
  );

  publicPage(app, pages, PUBLIC_ROUTES.albums, { params: orgParams }, async ({ params, origin, path }) => {
    const organization = await publicOrganization(db, params.organizationId);
    if (!organization) return null;
    const albums = await publicAlbums(db, organization.id);
    return {
      element: <AlbumListPage origin={origin} path={path} organization={organization} albums={albums} />,
    };
  });

  publicPage(app, pages, PUBLIC_ROUTES.album, { params: albumParams }, async ({ params, origin, path }) => {
    const album = await publicAlbum(db, params.albumId);
    if (!album) return null;
    const organization = await publicOrganization(db, album.organizationId);
    if (!organization) return null;
    const items = await publicAlbumItems(db, album.id);
    return {
      element: (
        <AlbumPage origin={origin} path={path} organization={organization} album={album} items={items} />
      ),
    };
  });

  // Atom and RSS of the showing articles, links absolute (the ward's website, a feed reader)
  // (Atom's enclosure type is read off the address's extension, which /anh/… has not: there the
  // cover is in the content only; RSS takes the enclosure with its type as given.)
  const feedRoute = (url: string, type: string, enclosure: boolean, write: (f: Feed) => string) =>
    app.get(url, { config: { policy: 'public' }, schema: { hide: true } }, async (req, reply) => {
      const params = orgParams.safeParse(req.params);
      const organization = params.success ? await publicOrganization(db, params.data.organizationId) : null;
      if (!organization) return notFound(reply);
      const origin = publicOrigin(app, req);
      const articles = await publicArticles(db, organization.id, new Date(), FEED_SIZE);
      const page = origin + publicPaths.articles(organization.id);
      // loaded at the first feed read, not at boot (few starts serve a feed)
      const { Feed } = await import('feed');
      const feed = new Feed({
        title: `Tin bài — ${organization.name}`,
        description: `Tin bài về thi đua, khen thưởng của ${organization.name}`,
        id: page,
        link: page,
        language: 'vi',
        updated: articles[0] ? shownAt(articles[0]) : new Date(0),
        generator: false,
        copyright: organization.name,
        feedLinks: {
          atom: origin + publicPaths.atom(organization.id),
          rss: origin + publicPaths.rss(organization.id),
        },
      });
      for (const a of articles) {
        const link = origin + publicPaths.article(a.id);
        const image = a.cover ? previewImagePath(a.cover.id, a.cover.variants) : null;
        const size = image ? a.cover?.variants.find((v) => image.endsWith(`/${v.width}`)) : undefined;
        const picture = image ? `<p><img src="${origin + image}" alt=""/></p>` : '';
        feed.addItem({
          title: a.title,
          id: link,
          link,
          date: shownAt(a),
          description: a.summary,
          content: picture + a.bodyHtml,
          ...(image && enclosure
            ? {
                enclosure: {
                  url: origin + image,
                  type: size ? variantType(size) : 'image/jpeg',
                  length: size?.bytes ?? 0,
                },
              }
            : {}),
        });
      }
      return reply
        .headers(PUBLIC_ASSET_HEADERS)
        .header('cache-control', 'public, max-age=300')
        .type(`${type}; charset=utf-8`)
        .send(write(feed));
    });
  feedRoute(PUBLIC_ROUTES.atom, 'application/atom+xml', false, (f) => f.atom1());
  feedRoute(PUBLIC_ROUTES.rss, 'application/rss+xml', true, (f) => f.rss2());
}
