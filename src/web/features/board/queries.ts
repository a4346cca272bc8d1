import type { MeView as Me } from '../../../shared/schemas/auth';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import type {
  BoardEntryInput,
  BoardEntryList,
  BoardEntryView,
  SlideshowView,
} from '../../../shared/schemas/publicity';
import { conferenceCan } from '../../lib/actor';
import { api, apiUpload } from '../../lib/api';
import { useGet } from '../../lib/use-get';

export const boardPath = (cid: string) => `/conferences/${cid}/board`;
export const slideshowPath = (cid: string) => `/conferences/${cid}/slideshow`;
const boardApi = (cid: string) => `/api/conferences/${cid}/board`;
export const boardKey = (cid: string) => ['board', cid] as const;
export const slideshowKey = (cid: string) => ['board-slideshow', cid] as const;

export function canManageBoard(me: Me, conf: Pick<ConferenceDetail, 'id' | 'organizationId'>): boolean {
  return conferenceCan(me, conf)('publicity.manage');
}

export const useBoard = (cid: string) => useGet<BoardEntryList>(boardKey(cid), boardApi(cid));

/** The slideshow's content (photos, groups); fetched again now and then so late edits show. */
export const useSlideshow = (cid: string) =>
  useGet<SlideshowView>(slideshowKey(cid), `${boardApi(cid)}/slideshow`, { refetchInterval: 60_000 });

export const boardWrites = {
  build: (cid: string) => api<{ created: number; board: BoardEntryList }>('POST', `${boardApi(cid)}/build`),
  publishAll: (cid: string) => api<BoardEntryList>('POST', `${boardApi(cid)}/publish-all`),
  update: (cid: string, e: BoardEntryView, entry: BoardEntryInput) =>
    api<BoardEntryView>('PUT', `${boardApi(cid)}/${e.id}`, { entry, version: e.version }),
  publish: (cid: string, e: BoardEntryView, publish: boolean) =>
    api<BoardEntryView>('POST', `${boardApi(cid)}/${e.id}/${publish ? 'publish' : 'unpublish'}`, {
      version: e.version,
    }),
  photo: (cid: string, e: BoardEntryView, file: File) =>
    apiUpload<BoardEntryView>(`${boardApi(cid)}/${e.id}/photo`, file),
};
