import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../../../tests/helpers/nominations';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app';
import { seedMovements } from '../../seed/van-yen-movements';
import {
  DEMO_ALBUM_TITLE,
  DEMO_ARTICLE_TITLE,
  DEMO_DRAFT_TITLE,
  seedPublicity,
} from '../../seed/van-yen-publicity';

// The culture officer's library, albums and articles, and what the public sees of them: a photo
// only while something published shows it, an article only once its time has come.

const SITE = 'https://vinhdanh.vanyen.example.vn';
let t: TestApp;
let vanhoa: string;
let org: string;
let api: string;

/** A 2000×1500 JPEG carrying EXIF (the camera's owner and a GPS position). */
const cameraJpeg = () =>
  sharp({ create: { width: 2000, height: 1500, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Artist: 'Nguyen Van A', Copyright: 'so dien thoai 0912' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '18/1 20/1 0/1' },
    })
    .toBuffer();

async function upload(fileName: string, bytes: Buffer, cookie = vanhoa, type = 'image/jpeg') {
  const body = multipartFile(fileName, bytes, type);
  return t.app.inject({
    method: 'POST',
    url: `${api}/media/photos`,
    headers: { ...body.headers, cookie },
    payload: body.payload,
  });
}

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: SITE });
  vanhoa = await t.login('vanhoa');
  org = t.demo.organizationId;
  api = `/api/organizations/${org}`;
});
afterAll(() => t.close());

describe('the media library', () => {
  it('stores a photo in three sizes (WebP, the largest JPEG) with no EXIF, and lists it first', async () => {
    const jpeg = await cameraJpeg();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const res = await upload('Ra quân vệ sinh.jpg', jpeg);
    expect(res.statusCode).toBe(201);
    const asset = res.json();
    expect(asset).toMatchObject({ kind: 'photo', title: 'Ra quân vệ sinh', width: 2000, height: 1500 });
    expect(asset.sizes.map((s: { width: number }) => s.width)).toEqual([320, 800, 1600]);
    for (const size of asset.sizes) {
      const img = await t.send('GET', size.url, vanhoa);
      expect(img.statusCode).toBe(200);
      const largest = size.width === 1600;
      expect(img.headers['content-type']).toBe(largest ? 'image/jpeg' : 'image/webp');
      const meta = await sharp(img.rawPayload).metadata();
      expect(meta.format).toBe(largest ? 'jpeg' : 'webp');
      expect(meta.width).toBe(size.width);
      expect(meta.exif).toBeUndefined();
      expect(img.rawPayload.includes(Buffer.from('Nguyen Van A'))).toBe(false);
    }
    const list = await t.send('GET', `${api}/media`, vanhoa);
    expect(list.json().items[0].id).toBe(asset.id);
  });

  it('refuses a GIF, a file that is not an image and one over 10 MB, naming the file in Vietnamese', async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
      .gif()
      .toBuffer();
    const asGif = await upload('hoạt hình.gif', gif, vanhoa, 'image/gif');
    expect(asGif.statusCode).toBe(400);
    expect(asGif.json().error.message).toBe(
      'Ảnh "hoạt hình.gif" không được nhận: nội dung tệp là GIF; chỉ nhận ảnh JPG, PNG hoặc WebP',
    );
    const fake = await upload('ảnh giả.jpg', Buffer.from('đây không phải là ảnh, chỉ là chữ. '.repeat(20)));
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.message).toContain(
      'Ảnh "ảnh giả.jpg" không được nhận: không nhận ra định dạng ảnh',
    );
    const big = Buffer.concat([await cameraJpeg(), Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await upload('ảnh lớn.jpg', big);
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.message).toBe('Tệp "ảnh lớn.jpg" vượt quá giới hạn 10 MB');
  });

  it('takes an https video link only', async () => {
    const http = await t.send('POST', `${api}/media/videos`, vanhoa, { videoUrl: 'http://youtu.be/x' });
    expect(http.statusCode).toBe(400);
    expect(http.body).toContain('Đường dẫn video phải là địa chỉ https://');
    const ok = await t.send('POST', `${api}/media/videos`, vanhoa, {
      videoUrl: 'https://www.youtube.com/watch?v=abc',
      title: 'Phóng sự hội nghị',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      kind: 'video',
      sizes: [],
      videoUrl: 'https://www.youtube.com/watch?v=abc',
    });
  });

  it('edits details with the version, 409 on a stale one', async () => {
    const asset = (await upload('a.jpg', await cameraJpeg())).json();
    const details = { title: 'Hội nghị 2020', caption: 'Toàn cảnh', conferenceId: t.demo.conferenceId };
    const ok = await t.send('PUT', `${api}/media/${asset.id}`, vanhoa, { details, version: asset.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ ...details, version: asset.version + 1 });
    const stale = await t.send('PUT', `${api}/media/${asset.id}`, vanhoa, {
      details,
      version: asset.version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('lets the secretary in and keeps a council member and anonymous visitors out', async () => {
    expect((await t.send('GET', `${api}/media`, await t.login('thuky'))).statusCode).toBe(200);
    const member = await t.login('uyvien');
    expect((await t.send('GET', `${api}/media`, member)).statusCode).toBe(403);
    expect((await t.send('POST', `${api}/articles`, member, { title: 'x' })).statusCode).toBe(403);
    expect((await upload('a.jpg', await cameraJpeg(), member)).statusCode).toBe(403);
    expect((await t.send('GET', `${api}/media`)).statusCode).toBe(401);
  });
});

describe('albums and the public image route', () => {
  it('serves a photo publicly only while its album is published; deleting it is refused meanwhile', async () => {
    const photo = (await upload('Triển lãm.jpg', await cameraJpeg())).json();
    const pub = `/anh/${photo.id}/800`;
    expect((await t.send('GET', pub)).statusCode).toBe(404);

    const created = await t.send('POST', `${api}/albums`, vanhoa, {
      title: 'Triển lãm ảnh phong trào thi đua yêu nước',
      assetIds: [photo.id],
      coverAssetId: photo.id,
    });
    expect(created.statusCode).toBe(201);
    const album = created.json();
    expect(album).toMatchObject({ itemCount: 1, publicPath: null, publishedAt: null });
    const page = `/thu-vien/album/${album.id}`;
    expect((await t.send('GET', page)).statusCode).toBe(404);
    expect((await t.send('GET', pub)).statusCode).toBe(404);

    const published = await t.send('POST', `${api}/albums/${album.id}/publish`, vanhoa, {
      publish: true,
      version: album.version,
    });
    expect(published.statusCode).toBe(200);
    expect(published.json().publicPath).toBe(page);
    const img = await t.send('GET', pub);
    expect(img.statusCode).toBe(200);
    expect(img.headers).toMatchObject({
      'content-type': 'image/webp',
      'cache-control': 'public, max-age=86400',
      'cross-origin-resource-policy': 'cross-origin',
      'x-content-type-options': 'nosniff',
    });
    expect(img.headers['set-cookie']).toBeUndefined();
    expect((await t.send('GET', `/anh/${photo.id}/777`)).statusCode).toBe(404);
    const html = (await t.send('GET', page)).body;
    expect(html).toContain('Triển lãm ảnh phong trào thi đua yêu nước');
    expect(html).toMatch(new RegExp(`srcset="/anh/${photo.id}/320 320w, /anh/${photo.id}/800 800w`, 'i'));
    expect(html).toContain('loading="eager"');
    expect((await t.send('GET', `/thu-vien/don-vi/${org}`)).body).toContain(page);

    const refused = await t.send('DELETE', `${api}/media/${photo.id}?version=${photo.version}`, vanhoa);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('album "Triển lãm ảnh phong trào thi đua yêu nước"');

    await t.send('POST', `${api}/albums/${album.id}/publish`, vanhoa, {
      publish: false,
      version: published.json().version,
    });
    expect((await t.send('GET', pub)).statusCode).toBe(404);
    expect((await t.send('GET', page)).statusCode).toBe(404);

    // unpublished: deleting detaches it from the draft album
    const gone = await t.send('DELETE', `${api}/media/${photo.id}?version=${photo.version}`, vanhoa);
    expect(gone.statusCode).toBe(204);
    expect((await t.send('GET', `${api}/albums/${album.id}`, vanhoa)).json()).toMatchObject({
      itemCount: 0,
      coverAssetId: null,
    });
  });
});

describe('articles, their public pages and the feeds', () => {
  const hour = 3600_000;
  let cover: { id: string };

  async function article(title: string, publishAt: string | null | 'draft') {
    const created = await t.send('POST', `${api}/articles`, vanhoa, {
      title,
      summary: `Tóm tắt: ${title}`,
      bodyHtml:
        '<h2>Kết quả</h2><p onclick="x()">Nội dung <a href="javascript:alert(1)">x</a></p><script>alert(1)</script>',
      coverAssetId: cover.id,
    });
    expect(created.statusCode).toBe(201);
    const a = created.json();
    if (publishAt === 'draft') return a;
    const res = await t.send('POST', `${api}/articles/${a.id}/publish`, vanhoa, {
      publish: true,
      publishAt,
      version: a.version,
    });
    expect(res.statusCode).toBe(200);
    return res.json();
  }

  beforeAll(async () => {
    cover = (await upload('bìa.jpg', await cameraJpeg())).json();
  });

  it('sanitizes the body on save', async () => {
    const a = await article('Bài nháp', 'draft');
    expect(a.bodyHtml).toBe('<h2>Kết quả</h2><p>Nội dung <a>x</a></p>&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(a).toMatchObject({ status: 'draft', state: 'draft', publicPath: null });
  });

  it('shows a published article and one whose time has come; not a draft nor one scheduled later', async () => {
    const now = await article('Tin đăng ngay', null);
    const past = await article('Tin hẹn giờ đã đến', new Date(Date.now() - hour).toISOString());
    const future = await article('Tin hẹn giờ sau', new Date(Date.now() + 24 * hour).toISOString());
    const draft = await article('Tin còn nháp', 'draft');
    expect([now.state, past.state, future.state, draft.state]).toEqual([
      'published',
      'published',
      'scheduled',
      'draft',
    ]);
    expect(future.publicPath).toBeNull();

    const list = (await t.send('GET', `/tin-bai/don-vi/${org}`)).body;
    expect(list).toContain('Tin đăng ngay');
    expect(list).toContain('Tin hẹn giờ đã đến');
    expect(list).not.toContain('Tin hẹn giờ sau');
    expect(list).not.toContain('Tin còn nháp');
    expect((await t.send('GET', `/tin-bai/bai/${future.id}`)).statusCode).toBe(404);
    expect((await t.send('GET', `/tin-bai/bai/${draft.id}`)).statusCode).toBe(404);

    const page = await t.send('GET', `/tin-bai/bai/${now.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<meta property="og:type" content="article"/>');
    expect(page.body).toContain(`<meta property="og:image" content="${SITE}/anh/${cover.id}/1600"/>`);
    expect(page.body).toContain('<meta property="og:description" content="Tóm tắt: Tin đăng ngay"/>');
    expect(page.body).not.toContain('<script');
    // the cover is public now (a showing article's cover)
    expect((await t.send('GET', `/anh/${cover.id}/320`)).statusCode).toBe(200);

    for (const [feed, type] of [
      ['atom.xml', 'application/atom+xml'],
      ['rss.xml', 'application/rss+xml'],
    ] as const) {
      const res = await t.send('GET', `/feed/${org}/${feed}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain(type);
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(res.body).toContain('Tin đăng ngay');
      expect(res.body).toContain(`${SITE}/tin-bai/bai/${now.id}`);
      expect(res.body).toContain('Tin hẹn giờ đã đến');
      expect(res.body).not.toContain('Tin hẹn giờ sau');
      expect(res.body).not.toContain('Tin còn nháp');
    }

    // unpublished: gone from the page, the list and the feed
    await t.send('POST', `${api}/articles/${now.id}/publish`, vanhoa, {
      publish: false,
      version: now.version,
    });
    expect((await t.send('GET', `/tin-bai/bai/${now.id}`)).statusCode).toBe(404);
    expect((await t.send('GET', `/feed/${org}/atom.xml`)).body).not.toContain('Tin đăng ngay');
  });

  it('refuses a stale edit with 409', async () => {
    const a = await article('Tin sửa', 'draft');
    const input = {
      title: 'Tin sửa lần 1',
      summary: '',
      bodyHtml: '<p>1</p>',
      conferenceId: null,
      coverAssetId: null,
    };
    const first = await t.send('PUT', `${api}/articles/${a.id}`, vanhoa, {
      article: input,
      version: a.version,
    });
    expect(first.statusCode).toBe(200);
    const stale = await t.send('PUT', `${api}/articles/${a.id}`, vanhoa, {
      article: { ...input, title: 'Tin sửa lần 2' },
      version: a.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.title).toBe('Tin sửa lần 1');
  });

  it('answers 404 for an unknown organizer and a malformed address', async () => {
    expect((await t.send('GET', '/tin-bai/don-vi/00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    );
    expect((await t.send('GET', '/feed/khong-phai/atom.xml')).statusCode).toBe(404);
    expect((await t.send('GET', '/anh/khong-phai/800')).statusCode).toBe(404);
  });
});

describe('the demo seed', () => {
  it('publishes the 2020 exhibition album and article, and never shows the draft', async () => {
    const movementIds = await seedMovements(t.database.db, {
      organizationId: org,
      historyConferenceId: t.demo.conferenceId,
      unitIds: t.demo.unitIds,
    });
    const seeded = await seedPublicity(t.database.db, t.app.deps.files, {
      organizationId: org,
      conferenceId: t.demo.conferenceId,
      movementIds,
    });
    // the seed wrote beside the app: one write through it drops the pages rendered before
    await t.send('POST', `${api}/media/videos`, vanhoa, { videoUrl: 'https://example.vn/video' });
    const albums = (await t.send('GET', `/thu-vien/don-vi/${org}`)).body;
    expect(albums).toContain(DEMO_ALBUM_TITLE);
    const album = (await t.send('GET', `/thu-vien/album/${seeded.albumId}`)).body;
    expect(album).toContain('Ra quân vệ sinh môi trường — TDP 3');
    expect(album.match(/<img /g)).toHaveLength(6);
    for (const path of [`/tin-bai/don-vi/${org}`, `/feed/${org}/atom.xml`, `/feed/${org}/rss.xml`]) {
      const body = (await t.send('GET', path)).body;
      expect(body).toContain(DEMO_ARTICLE_TITLE);
      expect(body).not.toContain(DEMO_DRAFT_TITLE);
    }
    const article = await t.send('GET', `/tin-bai/bai/${seeded.articleId}`);
    expect(article.body).toContain('31/03/2020');
    // the draft's cover (the second photo) is public only because the album shows it
    expect((await t.send('GET', `/anh/${seeded.photoIds[1]}/320`)).statusCode).toBe(200);
  });
});
