// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/popup/App';
import type { PopupActions, PopupState } from '../../src/popup/state';

const actions: PopupActions = {};
let container: HTMLElement;

function renderApp(state: PopupState): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(<App state={state} actions={actions} />, container);
  return container;
}

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('popup App', () => {
  it('names the product in a heading that labels the page', () => {
    const root = renderApp({ kind: 'no-message' });
    const heading = root.querySelector('h1');
    expect(heading?.textContent).toBe('Second Look');
    const main = root.querySelector('main');
    expect(main?.getAttribute('aria-labelledby')).toBe(heading?.id);
  });

  it('says no message is open, as a status', () => {
    const root = renderApp({ kind: 'no-message' });
    const status = root.querySelector('[role="status"]');
    expect(status?.textContent?.trim()).toBe('No message is open in this tab yet.');
  });
});
