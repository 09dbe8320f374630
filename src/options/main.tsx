// The options page: the real browser APIs in, the App drawn with every state the controller
// gets. The page loads again when IT's policy changes or the report permission is given or taken
// back elsewhere, so what it shows is what is in effect.
import { render } from 'preact';
import type { Request } from '../messaging/protocol';
import { browser } from '../shared/browser';
import { resolveLanguage, setLanguage } from '../shared/i18n';
import { App } from './App';
import { createOptionsController, type OptionsApi } from './client';
import type { OptionsState } from './state';
import { TEXT } from './text';
import '../ui/controls.css';
import './options.css';

const api: OptionsApi = {
  send: (request: Request) => browser.runtime.sendMessage(request),
  hasHostAccess: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  requestHostAccess: (pattern) => browser.permissions.request({ origins: [pattern] }),
};

const root = document.getElementById('app');
if (root) {
  const uiLanguage = (() => {
    try {
      return browser.i18n.getUILanguage();
    } catch {
      return '';
    }
  })();
  // The page speaks the language the person saved (else the browser's); it switches once a new
  // choice is saved and the settings come back.
  const draw = (state: OptionsState) => {
    const lang = resolveLanguage(state.kind === 'ready' ? state.settings.user.language : 'auto', uiLanguage);
    setLanguage(lang);
    document.documentElement.lang = lang;
    document.title = TEXT.title;
    render(<App state={state} actions={controller.actions} />, root);
  };
  const controller = createOptionsController(api, draw);
  draw({ kind: 'loading' });
  void controller.start();

  const refresh = () => void controller.refresh();
  try {
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'managed') refresh();
    });
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
  } catch {
    // Without these events the page still works; it shows what was in effect when it opened.
  }
}
