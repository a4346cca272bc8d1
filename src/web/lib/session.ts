import { useQuery } from '@tanstack/react-query';
import type { MeAnswer, MeView } from '../../shared/schemas/auth';
import { ApiError, apiGet } from './api';

export const ME_KEY = ['me'] as const;

/** The signed-in user, or null when there is no session (the server answers null without a cookie). */
export const meQuery = {
  queryKey: ME_KEY,
  queryFn: async (): Promise<MeView | null> => {
    try {
      return (await apiGet<MeAnswer>('/api/auth/me')).user;
    } catch (err) {
      // a cookie whose session has ended
      if (err instanceof ApiError && err.status === 401) return null;
      throw err;
    }
  },
  staleTime: 5 * 60_000,
  retry: false,
} as const;

export function useMe() {
  return useQuery(meQuery);
}

/** The signed-in user where the layout guarantees one. */
export function useRequiredMe(): MeView {
  const { data } = useMe();
  if (!data) throw new Error('useRequiredMe outside an authenticated route');
  return data;
}
