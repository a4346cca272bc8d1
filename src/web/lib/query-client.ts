import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers will not change by asking again.
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      // An answer is fresh for 2 s (the server's own read cache keeps GETs that long): a second
      // component asking for what just arrived — a page's parts, a prefetched read — does not ask
      // again. A change still refetches at once: mutations invalidate what they change.
      staleTime: 2000,
    },
  },
});
