import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from './api';

/** One GET of the API as a cached query (the read hooks of the features' queries.ts). */
export function useGet<T>(
  queryKey: QueryKey,
  path: string,
  options?: Omit<UseQueryOptions<T, Error, T, QueryKey>, 'queryKey' | 'queryFn'>,
) {
  return useQuery({ queryKey, queryFn: () => apiGet<T>(path), ...options });
}
