// The content script's part of the catalogs: the banner, the link guard and the finding texts.
// The "?content-script" import is filtered to those keys (catalog-parts.ts) by the Vite plugin in
// scripts/i18n/vite-plugin.ts, in the build and under vitest alike.
import en from '../../public/_locales/en/messages.json?content-script';
import es from '../../public/_locales/es/messages.json?content-script';
import type { Catalogs } from '../shared/i18n';

export const CONTENT_CATALOGS: Catalogs = { en, es };
