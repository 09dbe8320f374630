// Service worker entry. Chrome may stop the worker at any moment and start it again for the next
// event, so every listener is registered synchronously here, at top level, and no state lives
// only in module globals.
import { browser } from '../shared/browser';
import { handleMessage } from './handle-message';

browser.runtime.onMessage.addListener((message: unknown) => Promise.resolve(handleMessage(message)));
