// The one place that imports webextension-polyfill (enforced by eslint.config.js). Everything
// else imports `browser` and the API types from here, so dropping the polyfill for the native
// `browser` namespace later is a one-file change.
import browser from 'webextension-polyfill';

export type { Runtime } from 'webextension-polyfill';
export { browser };
