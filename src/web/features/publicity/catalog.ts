import i18next from 'i18next';
import { viMediaPages } from '../../../shared/i18n/vi-media';

// This feature's Vietnamese words join the catalog when one of its modules is first imported (the
// first load carries only their nav words, shared/i18n/vi-core.ts); English carries its own.
i18next.addResourceBundle('vi', 'translation', { media: viMediaPages }, true, false);
