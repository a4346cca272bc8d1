// Headers of the public pages: no session, no script, nothing stored about the visitor. A page is
// revalidated on each view (ETag → 304 on a slow link); the embeddable board may be framed by any
// site, every other page by none.
const CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
];

const COMMON: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cache-control': 'no-cache',
  vary: 'accept-encoding',
};

export const PUBLIC_PAGE_HEADERS: Record<string, string> = {
  ...COMMON,
  'content-security-policy': [...CSP, "frame-ancestors 'none'"].join('; '),
  'x-frame-options': 'DENY',
};

/** The embeddable board: any site may frame it; links open in the visitor's top window. */
export const EMBED_PAGE_HEADERS: Record<string, string> = {
  ...COMMON,
  'content-security-policy': [...CSP, 'frame-ancestors *'].join('; '),
};

/** Feeds and published photos: other sites (the ward's website, a feed reader) may load them. */
export const PUBLIC_ASSET_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'cross-origin',
  'access-control-allow-origin': '*',
};
