// The popup page: the real browser APIs in, the App drawn with every state the controller gets.
import { render } from 'preact';
import type { Request } from '../messaging/protocol';
import { browser } from '../shared/browser';
import { resolveLanguage, setLanguage } from '../shared/i18n';
import { App } from './App';
import { createController, type PopupApi } from './client';
import { INITIAL_POPUP_STATE, type PopupState } from './state';
import '../ui/controls.css';
import './popup.css';

const api: PopupApi = {
  async activeTabId() {
    const tabs = await browser.tabs.query({ active: true, currentWindow: true });
    const id = Array.isArray(tabs) ? tabs[0]?.id : undefined;
    return typeof id === 'number' ? id : null;
  },
  send: (request: Request) => browser.runtime.sendMessage(request),
};

/**
 * The popup's language: the person's choice from the settings the background already serves
 * (getSettings), else the browser's UI language. Asked once when the popup opens; no change to
 * the popup's own state or protocol.
 */
async function chooseLanguage(): Promise<void> {
  let choice: unknown = 'auto';
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'getSettings' } satisfies Request);
    const view = answer as { ok?: boolean; settings?: { user?: { language?: unknown } } } | null;
    if (view?.ok) choice = view.settings?.user?.language;
  } catch {
    // No answer: follow the browser.
  }
  let ui = '';
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    // No UI language: English.
  }
  const lang = resolveLanguage(choice, ui);
  setLanguage(lang);
  document.documentElement.lang = lang;
}

const root = document.getElementById('app');
if (root) {
  const draw = (state: PopupState) => render(<App state={state} actions={controller.actions} />, root);
  const controller = createController(api, draw);
  void chooseLanguage().then(() => {
    draw(INITIAL_POPUP_STATE);
    void controller.start();
  });
}
