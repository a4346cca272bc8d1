import { viAudit } from './vi-audit';
import { viBoardPages } from './vi-board';
import { viCore } from './vi-core';
import { viMediaPages } from './vi-media';
import { viNoticePages } from './vi-notice';
import { viBoardNav, viMediaNav, viNoticeNav } from './vi-public-nav';

// Tiếng Việt — the default catalog. `en.ts` has the same shape (checked by the type checker).
// Parts so that the web app's first load can leave the audit words and the public face's staff
// pages' words out (web/lib/i18n.ts; each feature's catalog.ts adds its part).
export const vi = {
  ...viCore,
  media: { ...viMediaNav, ...viMediaPages },
  notice: { ...viNoticeNav, ...viNoticePages },
  board: { ...viBoardNav, ...viBoardPages },
  audit: viAudit,
};

/** The shape every catalog has: the same keys as `vi`, any strings. */
export type Catalog = typeof vi;
