// The demo's gallery and articles, written by the culture officer (vanhoa) through the media
// module's mutations: photos of the movements and the 2020 conference (scene cards drawn in
// demo-pictures.ts, sent through the upload path), the exhibition album of the 2020 conference
// published, one published article about it with a cover, and one draft article (which the public
// pages must never show). Captions and text are example data.
import type { Db } from '../db/client';
import { findUserByUsername, loadActor } from '../modules/auth/data';
import { createAlbum, publishAlbum } from '../modules/media/album-mutations';
import { createArticle, publishArticle } from '../modules/media/article-mutations';
import { createPhoto } from '../modules/media/mutations';
import type { FileStore } from '../storage/files';
import { scenePicture } from './demo-pictures';

const CONFERENCE_2020 = 'Hội nghị điển hình tiên tiến phường Văn Yên 2020';
export const DEMO_ALBUM_TITLE = 'Triển lãm ảnh phong trào thi đua yêu nước';
export const DEMO_ARTICLE_TITLE = 'Phường Văn Yên tổ chức Hội nghị điển hình tiên tiến năm 2020';
export const DEMO_DRAFT_TITLE = 'Dự thảo: Kế hoạch tuyên truyền Hội nghị điển hình tiên tiến 2025';

/** Caption, the movement it shows (by name) or null, and whether it is of the 2020 conference. */
const PHOTOS: [caption: string, movement: string | null, conference: boolean][] = [
  [CONFERENCE_2020, null, true],
  ['Ra quân vệ sinh môi trường — TDP 3', 'Xây dựng đô thị văn minh', false],
  ['Khen thưởng tập thể, cá nhân điển hình tiên tiến 2015 - 2020', null, true],
  [
    'Phát động phong trào thi đua giai đoạn 2020 - 2025',
    'Phong trào thi đua yêu nước giai đoạn 2020 - 2025',
    true,
  ],
  ['Ngày hội Đại đoàn kết toàn dân tộc — TDP 5', 'Toàn dân đoàn kết xây dựng đời sống văn hóa', false],
  [
    'Văn hóa công sở tại Ủy ban nhân dân phường',
    'Cán bộ, công chức phường Văn Yên thi đua thực hiện văn hóa công sở',
    false,
  ],
];

const ARTICLE_BODY = `<p>Sáng ngày 31/3/2020, Ủy ban nhân dân phường Văn Yên tổ chức Hội nghị điển hình tiên tiến giai đoạn 2015 - 2020, tổng kết phong trào thi đua yêu nước và biểu dương các tập thể, cá nhân tiêu biểu.</p>
<h2>Kết quả phong trào thi đua</h2>
<p>Các tổ dân phố hưởng ứng sôi nổi các phong trào <strong>Toàn dân đoàn kết xây dựng đời sống văn hóa</strong> và <strong>Xây dựng đô thị văn minh</strong>.</p>
<h2>Phát động giai đoạn mới</h2>
<blockquote><p>Hội nghị phát động phong trào thi đua giai đoạn 2020 - 2025.</p></blockquote>`;

export async function seedPublicity(
  db: Db,
  files: FileStore,
  opts: { organizationId: string; conferenceId: string; movementIds: ReadonlyMap<string, string> },
) {
  const actor = (await loadActor(db, (await findUserByUsername(db, 'vanhoa'))!.id))!;
  const { organizationId, conferenceId } = opts;
  // the pictures are drawn side by side; stored one after another through the upload path
  const pictures = await Promise.all(PHOTOS.map(([caption]) => scenePicture(caption)));
  const photoIds: string[] = [];
  for (const [i, [caption, movement, ofConference]] of PHOTOS.entries()) {
    const row = await createPhoto(db, files, actor, {
      organizationId,
      fileName: `anh-${i + 1}.jpg`,
      bytes: pictures[i]!,
      title: caption,
      caption,
      conferenceId: ofConference ? conferenceId : null,
      movementId: movement ? (opts.movementIds.get(movement) ?? null) : null,
    });
    photoIds.push(row.id);
  }
  const album = await createAlbum(db, actor, organizationId, {
    title: DEMO_ALBUM_TITLE,
    description:
      'Hình ảnh về phong trào thi đua yêu nước của phường Văn Yên, trưng bày tại Hội nghị điển hình tiên tiến năm 2020.',
    conferenceId,
    movementId: null,
    coverAssetId: photoIds[0]!,
    assetIds: photoIds,
  });
  await publishAlbum({ db, actor, organizationId, id: album.id, publish: true, version: album.version });

  const article = await createArticle(db, actor, organizationId, {
    title: DEMO_ARTICLE_TITLE,
    summary:
      'Hội nghị tổng kết phong trào thi đua yêu nước giai đoạn 2015 - 2020, biểu dương các điển hình tiên tiến.',
    bodyHtml: ARTICLE_BODY,
    conferenceId,
    coverAssetId: photoIds[0]!,
  });
  await publishArticle({
    db,
    actor,
    organizationId,
    id: article.id,
    publish: true,
    publishAt: '2020-03-31T15:00:00+07:00',
    version: article.version,
  });
  await createArticle(db, actor, organizationId, {
    title: DEMO_DRAFT_TITLE,
    summary: 'Bản nháp, chưa đăng.',
    bodyHtml: '<p>Nội dung đang soạn.</p>',
    conferenceId: null,
    coverAssetId: photoIds[1]!,
  });
  return { albumId: album.id, articleId: article.id, photoIds };
}
