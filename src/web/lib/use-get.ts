import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from './api';
import { queryClient } from './query-client';

/** A GET of the API as a cached query: its cache key and its path, built in one place. */
export type Read = { key: QueryKey; path: string };

/** One GET of the API as a cached query (the read hooks of the features' queries.ts). */
export function useGet<T>(
  queryKey: QueryKey,
  path: string,
  options?: Omit<UseQueryOptions<T, Error, T, QueryKey>, 'queryKey' | 'queryFn'>,
) {
  return useQuery({ queryKey, queryFn: () => apiGet<T>(path), ...options });
}

/** Asks for reads before their page renders (router.tsx); the page's hooks then find them cached. */
export function prefetchReads(reads: Read[]): void {
  for (const r of reads) void queryClient.prefetchQuery({ queryKey: r.key, queryFn: () => apiGet(r.path) });
}
