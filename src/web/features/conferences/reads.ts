import type { Read } from '../../lib/use-get';

// Kept apart from queries.ts (which the conference pages load) so that the start-up prefetch of a
// page (router.tsx) can name the same reads without loading the pages' code.

export const conferenceKey = (id: string) => ['conference', id] as const;
export const conferenceRead = (id: string): Read => ({
  key: conferenceKey(id),
  path: `/api/conferences/${id}`,
});
