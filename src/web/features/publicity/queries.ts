import type { z } from 'zod';
import type {
  AlbumInput,
  AlbumListView,
  AlbumView,
  ArticleInput,
  ArticleListView,
  ArticleView,
  MediaAssetView,
  MediaListView,
  mediaDetailsSchema,
  videoLinkInputSchema,
} from '../../../shared/schemas/publicity';
import { ApiError, api, query } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export const libraryPath = '/publicity/media';
export const albumsPath = '/publicity/albums';
export const articlesPath = '/publicity/articles';
export const articlePath = (id: string) => `/publicity/articles/${id}`;
export const newArticlePath = '/publicity/articles/new';

const base = (orgId: string) => `/api/organizations/${orgId}`;
export const mediaKey = (orgId: string) => ['media', orgId] as const;
export const albumsKey = (orgId: string) => ['albums', orgId] as const;
export const articlesKey = (orgId: string) => ['articles', orgId] as const;

export type MediaDetails = z.input<typeof mediaDetailsSchema>;
export type VideoInput = z.input<typeof videoLinkInputSchema>;

export function useLibrary(orgId: string | undefined, page = 1) {
  return useGet<MediaListView>(
    [...mediaKey(orgId ?? ''), page],
    `${base(orgId ?? '')}/media${query({ page })}`,
    {
      enabled: !!orgId,
    },
  );
}
export const useAlbums = (orgId: string | undefined) =>
  useGet<AlbumListView>(albumsKey(orgId ?? ''), `${base(orgId ?? '')}/albums`, { enabled: !!orgId });
export const useArticles = (orgId: string | undefined) =>
  useGet<ArticleListView>(articlesKey(orgId ?? ''), `${base(orgId ?? '')}/articles`, { enabled: !!orgId });
export const useArticle = (orgId: string | undefined, id: string | null) =>
  useGet<ArticleView>([...articlesKey(orgId ?? ''), id], `${base(orgId ?? '')}/articles/${id}`, {
    enabled: !!orgId && !!id,
  });

/**
 * One photo sent as multipart with its upload progress (fetch cannot report it); the server's
 * Vietnamese refusal ("Ảnh "x.gif" không được nhận: …") comes back as an ApiError.
 */
export function uploadPhoto(orgId: string, file: File, onProgress: (percent: number) => void) {
  return new Promise<MediaAssetView>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${base(orgId)}/media/photos`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'Mất kết nối mạng'));
    xhr.onload = () => {
      let body: { error?: { code?: string; message?: string } } | MediaAssetView | undefined;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status === 201) return resolve(body as MediaAssetView);
      const err = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
      reject(
        new ApiError(xhr.status, err?.code ?? `HTTP_${xhr.status}`, err?.message ?? `Lỗi ${xhr.status}`),
      );
    };
    const data = new FormData();
    data.append('file', file, file.name);
    xhr.send(data);
  });
}

export const addVideo = (orgId: string, body: VideoInput) =>
  api<MediaAssetView>('POST', `${base(orgId)}/media/videos`, body);
export const updateAsset = (orgId: string, id: string, details: MediaDetails, version: number) =>
  api<MediaAssetView>('PUT', `${base(orgId)}/media/${id}`, { details, version });
export const deleteAsset = (orgId: string, a: MediaAssetView) =>
  api<void>('DELETE', `${base(orgId)}/media/${a.id}?version=${a.version}`);

export const createAlbum = (orgId: string, body: AlbumInput) =>
  api<AlbumView>('POST', `${base(orgId)}/albums`, body);
export const updateAlbum = (orgId: string, id: string, album: AlbumInput, version: number) =>
  api<AlbumView>('PUT', `${base(orgId)}/albums/${id}`, { album, version });
export const publishAlbum = (orgId: string, a: AlbumView, publish: boolean) =>
  api<AlbumView>('POST', `${base(orgId)}/albums/${a.id}/publish`, { publish, version: a.version });
export const deleteAlbum = (orgId: string, a: AlbumView) =>
  api<void>('DELETE', `${base(orgId)}/albums/${a.id}?version=${a.version}`);

export const createArticle = (orgId: string, body: ArticleInput) =>
  api<ArticleView>('POST', `${base(orgId)}/articles`, body);
export const updateArticle = (orgId: string, id: string, article: ArticleInput, version: number) =>
  api<ArticleView>('PUT', `${base(orgId)}/articles/${id}`, { article, version });
export const publishArticle = (orgId: string, a: ArticleView, publish: boolean, publishAt: string | null) =>
  api<ArticleView>('POST', `${base(orgId)}/articles/${a.id}/publish`, {
    publish,
    publishAt,
    version: a.version,
  });
export const deleteArticle = (orgId: string, a: ArticleView) =>
  api<void>('DELETE', `${base(orgId)}/articles/${a.id}?version=${a.version}`);
