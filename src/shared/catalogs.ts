// Both whole catalogs, for the extension pages (popup, options). The content script carries only
// its own part (src/content/catalogs.ts).
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import type { Catalogs } from './i18n';

export const ALL_CATALOGS: Catalogs = { en, es };
