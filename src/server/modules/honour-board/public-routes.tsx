// Bảng vinh danh công khai: the public home, an organizer's board (search, filters, pages), a
// conference's board grouped by form, one honouree's page, and the embeddable board (an iframe
// on the ward's own website). Published entries only; anything else answers the 404 page.
import { z } from 'zod';
import { PUBLIC_ROUTES, publicPaths } from '../../../shared/rules/public-paths';
import { todayInVietnam } from '../../../shared/rules/timeline';
import type { AppInstance } from '../../http/app-types';
import { previewImagePath, ResponsiveImage } from '../../public/components';
import { PublicLayout } from '../../public/layout';
import type { PageCache } from '../../public/page-cache';
import { publicPage } from '../../public/public-route';
import { boardGroups } from './presenters';
import { ArticleLinks, decisionText, EntryGrid, Pager } from './public-components';
import {
  getPublicOrganization,
  getPublishedConferenceBoard,
  getPublishedEntry,
  listHomeBoards,
  listOpenNotices,
  listPublishedOfOrganization,
  listShowingArticles,
} from './public-data';
import { OrganizerBoardPage, organizerQuery } from './public-organizer';
import { registerVerifyPages } from './verify-public-routes';

const HOME_ENTRIES = 12;
/** A conference board's page: the first groups in calling order. */
const BOARD_PAGE_SIZE = 60;
const boardPageQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });
const orgParams = z.object({ organizationId: z.uuid() });

/** The board's public pages and the certificate verification pages. */
export function registerHonourBoardPages(app: AppInstance, pages: PageCache) {
  registerBoardPages(app, pages);
  registerVerifyPages(app, pages);
}

function registerBoardPages(app: AppInstance, pages: PageCache) {
  const { db } = app.deps;

  publicPage(app, pages, PUBLIC_ROUTES.home, {}, async ({ origin, path }) => {
    const boards = await listHomeBoards(db);
    const notices = await listOpenNotices(
      db,
      boards.map((b) => b.organization.id),
      todayInVietnam(),
    );
    const news = await Promise.all(boards.map((b) => listShowingArticles(db, b.organization.id, new Date())));
    const first = boards[0]?.board?.entries.find((e) => e.photo);
    return {
      element: (
        <PublicLayout
          meta={{
            title: 'Vinh danh điển hình tiên tiến',
            description:
              'Bảng vinh danh các tập thể, cá nhân điển hình tiên tiến trong phong trào thi đua yêu nước.',
            imagePath: first?.photo ? previewImagePath(first.photo.assetId, first.photo.variants) : null,
            origin,
            path,
          }}
        >
          <h1>Vinh danh điển hình tiên tiến</h1>
          {boards.length === 0 && <p>Chưa có bảng vinh danh nào được công khai.</p>}
          {boards.map((b, i) => {
            const open = notices.filter((n) => n.organizationId === b.organization.id);
            return (
              <section key={b.organization.id} aria-labelledby={`org-${i}`}>
                <h2 id={`org-${i}`}>{b.organization.name}</h2>
                <h3>
                  <a href={publicPaths.conferenceBoard(b.conferenceId)}>{b.board!.name}</a>
                </h3>
                <EntryGrid entries={b.board!.entries.slice(0, HOME_ENTRIES)} eager={i === 0 ? 5 : 0} />
                <p>
                  <a href={publicPaths.conferenceBoard(b.conferenceId)}>
                    Xem cả bảng ({b.board!.entries.length} tập thể, cá nhân)
                  </a>{' '}
                  · <a href={publicPaths.organizerBoard(b.organization.id)}>Tra cứu bảng vinh danh</a>
                </p>
                {open.length > 0 && (
                  <>
                    <h3>Đang lấy ý kiến công khai</h3>
                    <ul>
                      {open.map((n) => (
                        <li key={n.conferenceId}>
                          <a href={publicPaths.notice(n.conferenceId)}>{n.name}</a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <h3>Tin bài mới</h3>
                <ArticleLinks items={news[i] ?? []} />
              </section>
            );
          })}
        </PublicLayout>
      ),
    };
  });

  publicPage(
    app,
    pages,
    PUBLIC_ROUTES.organizerBoard,
    { params: orgParams, querystring: organizerQuery },
    async ({ params, query, origin, path }) => {
      const org = await getPublicOrganization(db, params.organizationId);
      if (!org) return null;
      const [entries, news] = await Promise.all([
        listPublishedOfOrganization(db, org.id),
        listShowingArticles(db, org.id, new Date()),
      ]);
      if (entries.length === 0) return null;
      return { element: <OrganizerBoardPage {...{ org, entries, news, query, origin, path }} /> };
    },
  );

  publicPage(
    app,
    pages,
    PUBLIC_ROUTES.conferenceBoard,
    { params: z.object({ conferenceId: z.uuid() }), querystring: boardPageQuery },
    async ({ params, query, origin, path }) => {
      const board = await getPublishedConferenceBoard(db, params.conferenceId);
      if (!board) return null;
      // paged in calling order: a phone on a slow link gets the first groups in a few KB, the
      // form headings keep their whole counts (bench public_board_bytes, public_board_rps_ratio)
      const pages = Math.max(1, Math.ceil(board.entries.length / BOARD_PAGE_SIZE));
      const page = Math.min(query.page, pages);
      const counts = new Map(
        boardGroups(board.entries).map((g) => [`${g.formName}|${g.kind}`, g.rows.length]),
      );
      const groups = boardGroups(board.entries.slice((page - 1) * BOARD_PAGE_SIZE, page * BOARD_PAGE_SIZE));
      const pageLink = (p: number) =>
        publicPaths.conferenceBoard(params.conferenceId) + (p > 1 ? `?page=${p}` : '');
      const first = board.entries.find((e) => e.photo)?.photo;
      let shown = 0;
      return {
        element: (
          <PublicLayout
            organization={board.organization}
            meta={{
              title: `Bảng vinh danh — ${board.name}`,
              description: `${board.entries.length} tập thể, cá nhân được vinh danh tại ${board.name}.`,
              imagePath: first ? previewImagePath(first.assetId, first.variants) : null,
              origin,
              path,
            }}
          >
            <h1>{board.name}</h1>
            <p className="muted">{decisionText(board.entries[0]!)}</p>
            {groups.map((g, i) => {
              const eager = Math.max(0, 5 - shown);
              shown += g.rows.length;
              return (
                <section key={`${g.formName}-${g.kind}`} aria-labelledby={`g-${i}`}>
                  <h2 id={`g-${i}`}>
                    {g.formName} <span className="badge">{counts.get(`${g.formName}|${g.kind}`)}</span>
                  </h2>
                  <EntryGrid entries={g.rows} eager={page === 1 ? eager : 0} showForm={false} />
                </section>
              );
            })}
            <Pager page={page} pages={pages} link={pageLink} />
          </PublicLayout>
        ),
      };
    },
  );

  publicPage(
    app,
    pages,
    PUBLIC_ROUTES.entry,
    { params: z.object({ entryId: z.uuid() }) },
    async ({ params, origin, path }) => {
      const found = await getPublishedEntry(db, params.entryId);
      if (!found) return null;
      const { entry: e, storyHtml, organization } = found;
      return {
        element: (
          <PublicLayout
            organization={organization}
            meta={{
              title: e.displayName,
              description: `${e.formName}${e.unitName ? ` — ${e.unitName}` : ''}`,
              imagePath: e.photo ? previewImagePath(e.photo.assetId, e.photo.variants) : null,
              type: 'profile',
              origin,
              path,
            }}
          >
            <article className="person">
              {e.photo && (
                <ResponsiveImage
                  assetId={e.photo.assetId}
                  variants={e.photo.variants}
                  alt={`Ảnh ${e.displayName}`}
                  sizes="(min-width:720px) 360px, 100vw"
                  eager
                />
              )}
              <div>
                <h1>{e.displayName}</h1>
                <dl className="facts">
                  {e.unitName && e.unitName !== e.displayName && <Fact term="Đơn vị" value={e.unitName} />}
                  {e.position && <Fact term="Chức vụ" value={e.position} />}
                  {e.birthYear !== null && <Fact term="Năm sinh" value={String(e.birthYear)} />}
                  <Fact term="Hình thức khen thưởng" value={e.formName} />
                  {e.decisionNumber && <Fact term="Quyết định" value={decisionText(e)} />}
                </dl>
                {e.conferenceId && (
                  <p>
                    <a href={publicPaths.conferenceBoard(e.conferenceId)}>Xem bảng vinh danh của hội nghị</a>
                  </p>
                )}
              </div>
            </article>
            {storyHtml && (
              <section aria-labelledby="story" className="story">
                <h2 id="story">Thành tích</h2>
                {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized on write (the summary allow-list, no attributes) */}
                <div dangerouslySetInnerHTML={{ __html: storyHtml }} />
              </section>
            )}
          </PublicLayout>
        ),
      };
    },
  );

  publicPage(
    app,
    pages,
    PUBLIC_ROUTES.embed,
    { params: orgParams, embed: true },
    async ({ params, origin, path }) => {
      const boards = await listHomeBoards(db);
      const b = boards.find((x) => x.organization.id === params.organizationId);
      if (!b?.board) return null;
      return {
        element: (
          <PublicLayout
            embed
            organization={b.organization}
            meta={{ title: `Bảng vinh danh — ${b.board.name}`, origin, path }}
          >
            <h1 className="embed-title">
              <a href={publicPaths.conferenceBoard(b.conferenceId)}>{b.board.name}</a>
            </h1>
            <EntryGrid entries={b.board.entries} eager={4} />
            <p>
              <a href={publicPaths.organizerBoard(b.organization.id)}>
                Xem bảng vinh danh của {b.organization.name}
              </a>
            </p>
          </PublicLayout>
        ),
      };
    },
  );
}

function Fact(props: { term: string; value: string }) {
  return (
    <>
      <dt>{props.term}</dt>
      <dd>{props.value}</dd>
    </>
  );
}
