import { z } from 'zod';
import { flags, isoDate, isoDateTime, listView, versionField } from './primitives';

// The public face: the public notice (thông báo công khai) and its comments, the media library,
// albums, articles (tin bài) and the honour board (bảng vinh danh). Staff edit them through /api;
// the public reads server-rendered pages (src/server/public), which show published rows only.

/**
 * What of a person besides the name a public page may show, chosen by the organizer:
 * unit, form, summary (a short achievement) on the notice; position and birth year on the board.
 */
export const PUBLIC_FIELDS = ['unit', 'form', 'summary', 'position', 'birthYear'] as const;
export type PublicField = (typeof PUBLIC_FIELDS)[number];
export const NOTICE_DEFAULT_FIELDS: PublicField[] = ['unit', 'form', 'summary'];

/**
 * A stored size of a photo (metadata stripped): a content address in the file store. The smaller
 * sizes are WebP; the largest (projection, link previews) is JPEG — every preview crawler and
 * projector reads it, and it encodes four times faster (bench gallery_resize_ms). No `type`: WebP.
 */
export type ImageVariant = {
  width: number;
  height: number;
  sha: string;
  bytes: number;
  type?: 'image/webp' | 'image/jpeg';
};
export const variantType = (v: ImageVariant) => v.type ?? 'image/webp';
/** The widths every photo is stored at (responsive `srcset`): thumbnail, page, projection. */
export const IMAGE_WIDTHS = [320, 800, 1600] as const;
/** Uploads: JPEG, PNG or WebP (sniffed from the bytes), at most this many bytes. */
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Thông báo công khai (public notice) and ý kiến (comments)

/** draft (not published), scheduled (published, opens later), open, closed, withdrawn. */
export const NOTICE_STATES = ['draft', 'scheduled', 'open', 'closed', 'withdrawn'] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];

export const noticeInputSchema = z
  .object({
    opensOn: isoDate('Ngày bắt đầu công khai'),
    closesOn: isoDate('Ngày kết thúc công khai'),
    publicFields: z
      .array(z.enum(PUBLIC_FIELDS, { error: 'Trường công khai không hợp lệ' }))
      .max(PUBLIC_FIELDS.length)
      .default(NOTICE_DEFAULT_FIELDS),
    howToComment: z
      .string()
      .trim()
      .max(2000, { error: 'Cách gửi ý kiến không được dài quá 2.000 ký tự' })
      .default(''),
  })
  .refine((n) => n.closesOn >= n.opensOn, {
    path: ['closesOn'],
    error: 'Ngày kết thúc công khai không được trước ngày bắt đầu',
  });
export type NoticeInput = z.infer<typeof noticeInputSchema>;
export const noticeUpdateSchema = z.object({ notice: noticeInputSchema, version: versionField });
export const noticeOutcomeSchema = z.object({
  outcome: z.string().trim().max(5000, { error: 'Kết quả xử lý không được dài quá 5.000 ký tự' }),
  version: versionField,
});
export const noticePublishSchema = z.object({ version: versionField });

export const publicNoticeView = z.object({
  id: z.uuid(),
  conferenceId: z.uuid(),
  opensOn: z.string(),
  closesOn: z.string(),
  publicFields: z.array(z.enum(PUBLIC_FIELDS)),
  howToComment: z.string(),
  publishedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  outcome: z.string(),
  state: z.enum(NOTICE_STATES),
  /** The public page's path ("/cong-khai/<conferenceId>"), shown and printed as a QR on the TB. */
  publicPath: z.string(),
  commentCount: z.number().int(),
  newCommentCount: z.number().int(),
  version: z.number().int(),
  permissions: flags('canEdit', 'canPublish', 'canHandleComments'),
});
export type PublicNoticeView = z.infer<typeof publicNoticeView>;

/** How a comment was handled: mới, có cơ sở (xem xét lại), không có cơ sở, đã ghi nhận. */
export const COMMENT_STATUSES = ['new', 'upheld', 'dismissed', 'noted'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** A comment as the public form sends it (urlencoded; the server parses it with this schema). */
export const publicCommentInputSchema = z.object({
  nominationId: z.union([z.literal(''), z.uuid({ error: 'Người được góp ý không hợp lệ' })]).default(''),
  authorName: z.string().trim().max(200, { error: 'Họ tên không được dài quá 200 ký tự' }).default(''),
  authorContact: z
    .string()
    .trim()
    .max(200, { error: 'Thông tin liên hệ không được dài quá 200 ký tự' })
    .default(''),
  body: z
    .string({ error: 'Nội dung ý kiến là bắt buộc' })
    .trim()
    .min(10, { error: 'Nội dung ý kiến phải có ít nhất 10 ký tự' })
    .max(3000, { error: 'Nội dung ý kiến không được dài quá 3.000 ký tự' }),
});
export type PublicCommentInput = z.infer<typeof publicCommentInputSchema>;

export const commentHandlingSchema = z.object({
  status: z.enum(COMMENT_STATUSES, { error: 'Trạng thái xử lý không hợp lệ' }),
  handling: z.string().trim().max(3000, { error: 'Nội dung xử lý không được dài quá 3.000 ký tự' }),
  version: versionField,
});

export const publicCommentView = z.object({
  id: z.uuid(),
  nominationId: z.uuid().nullable(),
  /** The candidate's name, null for a comment on the list as a whole. */
  candidateName: z.string().nullable(),
  authorName: z.string(),
  authorContact: z.string(),
  body: z.string(),
  createdAt: z.string(),
  status: z.enum(COMMENT_STATUSES),
  handling: z.string(),
  handledByName: z.string().nullable(),
  handledAt: z.string().nullable(),
  version: z.number().int(),
});
export type PublicCommentView = z.infer<typeof publicCommentView>;
export const publicCommentListView = listView(publicCommentView, flags('canHandle'));
export type PublicCommentListView = z.infer<typeof publicCommentListView>;

// ---------------------------------------------------------------------------------------------
// Ảnh, album, tin bài (media, albums, articles)

export const MEDIA_KINDS = ['photo', 'video'] as const;

export const mediaAssetView = z.object({
  id: z.uuid(),
  kind: z.enum(MEDIA_KINDS),
  title: z.string(),
  caption: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  /** Staff URLs of the stored sizes (/api/…), smallest first; empty for a video link. */
  sizes: z.array(z.object({ width: z.number().int(), url: z.string() })),
  videoUrl: z.string().nullable(),
  conferenceId: z.uuid().nullable(),
  movementId: z.uuid().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type MediaAssetView = z.infer<typeof mediaAssetView>;

export const mediaDetailsSchema = z.object({
  title: z.string().trim().max(300, { error: 'Tiêu đề ảnh không được dài quá 300 ký tự' }).default(''),
  caption: z.string().trim().max(2000, { error: 'Chú thích không được dài quá 2.000 ký tự' }).default(''),
  conferenceId: z.uuid({ error: 'Hội nghị không hợp lệ' }).nullable().default(null),
  movementId: z.uuid({ error: 'Phong trào không hợp lệ' }).nullable().default(null),
});
export const videoLinkInputSchema = mediaDetailsSchema.extend({
  videoUrl: z
    .url({ protocol: /^https$/, error: 'Đường dẫn video phải là địa chỉ https://' })
    .max(1000, { error: 'Đường dẫn video quá dài' }),
});

export const albumInputSchema = z.object({
  title: z
    .string({ error: 'Tên album là bắt buộc' })
    .trim()
    .min(1, { error: 'Tên album không được để trống' })
    .max(300, { error: 'Tên album không được dài quá 300 ký tự' }),
  description: z.string().trim().max(5000).default(''),
  conferenceId: z.uuid({ error: 'Hội nghị không hợp lệ' }).nullable().default(null),
  movementId: z.uuid({ error: 'Phong trào không hợp lệ' }).nullable().default(null),
  coverAssetId: z.uuid({ error: 'Ảnh bìa không hợp lệ' }).nullable().default(null),
  /** The album's photos and videos in order. */
  assetIds: z
    .array(z.uuid({ error: 'Ảnh không hợp lệ' }))
    .max(500)
    .default([]),
});
export type AlbumInput = z.infer<typeof albumInputSchema>;

export const albumView = albumInputSchema.extend({
  id: z.uuid(),
  publishedAt: z.string().nullable(),
  itemCount: z.number().int(),
  cover: mediaAssetView.nullable(),
  /** The public page's path once published ("/thu-vien/album/<id>"), else null. */
  publicPath: z.string().nullable(),
  version: z.number().int(),
});
export type AlbumView = z.infer<typeof albumView>;

export const ARTICLE_STATUSES = ['draft', 'published'] as const;

export const articleInputSchema = z.object({
  title: z
    .string({ error: 'Tiêu đề tin bài là bắt buộc' })
    .trim()
    .min(1, { error: 'Tiêu đề tin bài không được để trống' })
    .max(300, { error: 'Tiêu đề tin bài không được dài quá 300 ký tự' }),
  summary: z.string().trim().max(1000, { error: 'Tóm tắt không được dài quá 1.000 ký tự' }).default(''),
  bodyHtml: z.string().max(200_000, { error: 'Nội dung tin bài quá dài (tối đa 200.000 ký tự)' }).default(''),
  conferenceId: z.uuid({ error: 'Hội nghị không hợp lệ' }).nullable().default(null),
  coverAssetId: z.uuid({ error: 'Ảnh bìa không hợp lệ' }).nullable().default(null),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

/** Publish now (publishAt null) or at a time (scheduled); unpublish back to draft. */
export const articlePublishSchema = z.object({
  publish: z.boolean(),
  publishAt: isoDateTime('Thời điểm đăng').nullable().default(null),
  version: versionField,
});

/** draft; scheduled (published, shows from publishAt); published (showing). */
export const ARTICLE_STATES = ['draft', 'scheduled', 'published'] as const;

export const articleView = articleInputSchema.extend({
  id: z.uuid(),
  status: z.enum(ARTICLE_STATUSES),
  state: z.enum(ARTICLE_STATES),
  publishAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  cover: mediaAssetView.nullable(),
  /** The public page's path once it shows ("/tin-bai/bai/<id>"), else null. */
  publicPath: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ArticleView = z.infer<typeof articleView>;

/** The library, newest first, a page at a time; optionally of one conference or movement. */
export const MEDIA_PAGE_SIZE = 48;
export const mediaListQuerySchema = z.object({
  conferenceId: z.uuid({ error: 'Hội nghị không hợp lệ' }).optional(),
  movementId: z.uuid({ error: 'Phong trào không hợp lệ' }).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export const mediaListView = z.object({
  items: z.array(mediaAssetView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  permissions: flags('canUpload'),
});
export type MediaListView = z.infer<typeof mediaListView>;
/** An upload's optional links (the file itself is the multipart body's one file). */
export const mediaUploadQuerySchema = z.object({
  conferenceId: z.uuid({ error: 'Hội nghị không hợp lệ' }).optional(),
  movementId: z.uuid({ error: 'Phong trào không hợp lệ' }).optional(),
});
export const mediaUpdateSchema = z.object({ details: mediaDetailsSchema, version: versionField });
export const mediaImageParams = z.object({
  assetId: z.uuid({ error: 'Mã ảnh không hợp lệ' }),
  /** One of the asset's stored widths (mediaAssetView.sizes; a small photo's largest is its own width). */
  width: z.coerce.number().int().min(1).max(10_000),
});

export const albumUpdateSchema = z.object({ album: albumInputSchema, version: versionField });
export const albumPublishSchema = z.object({ publish: z.boolean(), version: versionField });
export const albumListView = listView(albumView, flags('canCreate'));
export type AlbumListView = z.infer<typeof albumListView>;

export const articleUpdateSchema = z.object({ article: articleInputSchema, version: versionField });
export const articleListView = listView(articleView, flags('canCreate'));
export type ArticleListView = z.infer<typeof articleListView>;

// ---------------------------------------------------------------------------------------------
// Bảng vinh danh (honour board)

export const boardEntryInputSchema = z.object({
  displayName: z
    .string({ error: 'Tên hiển thị là bắt buộc' })
    .trim()
    .min(1, { error: 'Tên hiển thị không được để trống' })
    .max(300, { error: 'Tên hiển thị không được dài quá 300 ký tự' }),
  unitName: z.string().trim().max(300).default(''),
  position: z.string().trim().max(300).default(''),
  storyHtml: z.string().max(50_000, { error: 'Câu chuyện không được dài quá 50.000 ký tự' }).default(''),
  photoAssetId: z.uuid({ error: 'Ảnh không hợp lệ' }).nullable().default(null),
  shownFields: z
    .array(z.enum(['position', 'birthYear'], { error: 'Trường hiển thị không hợp lệ' }))
    .max(2)
    .default([]),
  sortOrder: z.number().int().min(0).max(100_000).default(0),
});
export type BoardEntryInput = z.infer<typeof boardEntryInputSchema>;

export const boardEntryView = z.object({
  id: z.uuid(),
  conferenceId: z.uuid().nullable(),
  honourId: z.uuid().nullable(),
  kind: z.enum(['individual', 'collective', 'household']),
  displayName: z.string(),
  unitName: z.string(),
  position: z.string(),
  birthYear: z.number().int().nullable(),
  formName: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string().nullable(),
  storyHtml: z.string(),
  photo: mediaAssetView.nullable(),
  shownFields: z.array(z.enum(PUBLIC_FIELDS)),
  sortOrder: z.number().int(),
  publishedAt: z.string().nullable(),
  publicPath: z.string().nullable(),
  version: z.number().int(),
});
export type BoardEntryView = z.infer<typeof boardEntryView>;
export const boardEntryListView = listView(boardEntryView, flags('canEdit', 'canPublish'));

/** The board's groups as the hall calls them up: one per form, in calling order (the QĐ's). */
export const boardGroupView = z.object({
  formName: z.string(),
  kind: z.enum(['individual', 'collective', 'household']),
  entries: z.array(
    z.object({
      id: z.uuid(),
      displayName: z.string(),
      unitName: z.string(),
      photo: mediaAssetView.nullable(),
    }),
  ),
});
export type BoardGroupView = z.infer<typeof boardGroupView>;

/** Trình chiếu: the conference's album photos (the movement's pictures) and the honour groups. */
export const slideshowView = z.object({
  conferenceName: z.string(),
  photos: z.array(mediaAssetView),
  groups: z.array(boardGroupView),
});
export type SlideshowView = z.infer<typeof slideshowView>;

export const boardBuildView = z.object({ created: z.number().int(), board: boardEntryListView });
export const boardPublishSchema = z.object({ version: versionField });
export type BoardEntryList = z.infer<typeof boardEntryListView>;
