import i18next from 'i18next';
import { viBoardPages } from '../../../shared/i18n/vi-board';

// This feature's Vietnamese words join the catalog when one of its modules is first imported (the
// first load carries only their nav words, shared/i18n/vi-core.ts); English carries its own.
i18next.addResourceBundle('vi', 'translation', { board: viBoardPages }, true, false);
