import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { ReadCache } from '../read-cache';

/** A rendered public page: status, HTML bytes, gzip twin, ETag. */
export type RenderedPage = { status: number; raw: Buffer; gzip: Buffer; etag: string };

/**
 * How long a rendered public page is served from memory at most. Any write through this process
 * drops every page at once (the read generation), so an unpublish shows at once here; what changes
 * without a write — a scheduled article's time coming, a notice period opening — shows within this
 * (another instance's write bumps the generation here too: app.ts).
 */
export const PAGE_TTL_MS = 15_000;
const MAX_PAGES = 500;

export function renderedPage(status: number, html: string): RenderedPage {
  const raw = Buffer.from(html);
  const etag = `"${createHash('sha1').update(raw).digest('base64url').slice(0, 20)}"`;
  return { status, raw, gzip: gzipSync(raw, { level: 6 }), etag };
}

/**
 * The rendered pages of the public site, keyed by address. Visitors arriving together while a
 * page renders share that one render (a shared link on Zalo brings a crowd at once).
 */
export class PageCache {
  private readonly pages = new ReadCache<Promise<RenderedPage>>(PAGE_TTL_MS, MAX_PAGES);

  constructor(private readonly generation: () => number) {}

  page(key: string, render: () => Promise<RenderedPage>): Promise<RenderedPage> {
    const gen = this.generation();
    let page = this.pages.get(key, gen);
    if (!page) {
      const pending = render();
      page = pending;
      this.pages.set(key, pending, gen);
      pending.catch(() => {
        if (this.pages.get(key, gen) === pending) this.pages.delete(key);
      });
    }
    return page;
  }
}
