import i18next from 'i18next';
import { viAudit } from '../../../shared/i18n/vi-audit';

// The audit log's Vietnamese words (action names, object types, field labels) are not in the
// first load (web/lib/i18n.ts bundles `viCore`): they join the catalog when a module of this
// feature is first imported, before any of its components renders. English (shared/i18n/en.ts,
// loaded on demand) carries its own.
i18next.addResourceBundle('vi', 'translation', { audit: viAudit }, true, false);
