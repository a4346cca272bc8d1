import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { prefetchReads, type Read } from './use-get';

type Params = Record<string, string | undefined>;

/** A page in a chunk of its own, which the router can fetch (with its data) before rendering it. */
export type LazyPage = LazyExoticComponent<ComponentType> & { preload: (params: Params) => void };

/**
 * A lazily loaded page (its own chunk) whose chunk the router can ask for early: at the start of
 * the app, the page at the address is fetched alongside the session check and the layout instead
 * of after them, and so are the reads it will show (`reads`, built from the address's params by
 * the same functions its hooks use). The chunk is fetched once, whichever asks first.
 */
export function page<M>(
  load: () => Promise<M>,
  pick: (m: M) => ComponentType,
  reads?: (params: Params) => Read[],
): LazyPage {
  let chunk: Promise<M> | undefined;
  const fetchChunk = () => {
    chunk ??= load();
    return chunk;
  };
  const component = lazy(() => fetchChunk().then((m) => ({ default: pick(m) })));
  const preload = (params: Params) => {
    void fetchChunk();
    if (reads) prefetchReads(reads(params));
  };
  return Object.assign(component, { preload });
}

type ElementLike = { type?: { preload?: unknown }; props?: { children?: unknown } } | null | undefined;

/** The early fetch of the lazy page an element renders (itself, or its one child in a Suspense). */
export function preloadOf(element: unknown): ((params: Params) => void) | undefined {
  const el = element as ElementLike;
  if (typeof el?.type?.preload === 'function') return el.type.preload as (params: Params) => void;
  const child = el?.props?.children;
  return child && typeof child === 'object' && !Array.isArray(child) ? preloadOf(child) : undefined;
}
