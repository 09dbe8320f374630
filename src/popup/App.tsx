import type { PopupActions, PopupState } from './state';

export interface AppProps {
  state: PopupState;
  actions: PopupActions;
}

export function App({ state }: AppProps) {
  return (
    <main class="popup" aria-labelledby="popup-title">
      <h1 id="popup-title" class="popup__title">Second Look</h1>
      {state.kind === 'no-message' && (
        <p class="popup__status" role="status">
          No message is open in this tab yet.
        </p>
      )}
    </main>
  );
}
