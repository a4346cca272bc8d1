import { viAudit } from './vi-audit';
import { viCore } from './vi-core';

// Tiếng Việt — the default catalog. `en.ts` has the same shape (checked by the type checker).
// Two files so that the web app's first load can leave the audit words out (web/lib/i18n.ts).
export const vi = { ...viCore, audit: viAudit };

/** The shape every catalog has: the same keys as `vi`, any strings. */
export type Catalog = typeof vi;
