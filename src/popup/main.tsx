// The popup page: the real browser APIs in, the App drawn with every state the controller gets.
import { render } from 'preact';
import type { Request } from '../messaging/protocol';
import { browser } from '../shared/browser';
import { App } from './App';
import { createController, type PopupApi } from './client';
import { INITIAL_POPUP_STATE, type PopupState } from './state';
import './popup.css';

const api: PopupApi = {
  async activeTabId() {
    const tabs = await browser.tabs.query({ active: true, currentWindow: true });
    const id = Array.isArray(tabs) ? tabs[0]?.id : undefined;
    return typeof id === 'number' ? id : null;
  },
  send: (request: Request) => browser.runtime.sendMessage(request),
};

const root = document.getElementById('app');
if (root) {
  const draw = (state: PopupState) => render(<App state={state} actions={controller.actions} />, root);
  const controller = createController(api, draw);
  draw(INITIAL_POPUP_STATE);
  void controller.start();
}
