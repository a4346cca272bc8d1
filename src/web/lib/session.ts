import { useQuery } from '@tanstack/react-query';
import type { MeView } from '../../shared/schemas/auth';
import { ApiError, apiGet } from './api';

export const ME_KEY = ['me'] as const;

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<MeView | null> => {
      try {
        return (await apiGet<{ user: MeView }>('/api/auth/me')).user;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** The signed-in user where the layout guarantees one. */
export function useRequiredMe(): MeView {
  const { data } = useMe();
  if (!data) throw new Error('useRequiredMe outside an authenticated route');
  return data;
}
