// The toolbar popup: a function of one PopupState plus the actions (design: Boundaries). The
// message in view comes first and in full; other open messages are listed below it, each
// expandable to the same details. All words come from text.ts.
import { Status } from '../ui/Status';
import { Contact } from './Contact';
import { MessageCard, MessageSummary } from './MessageCard';
import type { PopupActions, PopupState } from './state';
import { TEXT } from './text';

export interface AppProps {
  state: PopupState;
  actions: PopupActions;
}

function Body({ state, actions }: AppProps) {
  switch (state.kind) {
    case 'loading':
      return (
        <Status busy>
          <p>{TEXT.loading}</p>
        </Status>
      );
    case 'not-webmail':
      return (
        <Status>
          <p>{TEXT.notWebmail}</p>
        </Status>
      );
    case 'no-message':
      return (
        <Status>
          <p>{TEXT.noMessage(state.webmail)}</p>
        </Status>
      );
    case 'unavailable':
      return (
        <Status>
          <p>{TEXT.unavailable}</p>
          <p>{TEXT.unavailableAdvice}</p>
        </Status>
      );
    case 'messages': {
      const [first, ...others] = state.messages;
      if (!first) {
        return (
          <Status>
            <p>{TEXT.noMessage(null)}</p>
          </Status>
        );
      }
      const shared = {
        destination: state.destination,
        hasSupport: state.support !== null,
        allowFalsePositive: state.allowFalsePositive,
        actions,
      };
      return (
        <>
          <MessageCard key={first.key} message={first} idPrefix="m0" heading={2} {...shared} />
          {state.support && <Contact support={state.support} />}
          {others.length > 0 && (
            <section class="others" aria-labelledby="others-title">
              <h2 id="others-title">{TEXT.othersTitle}</h2>
              <ul class="others__list">
                {others.map((m, i) => (
                  <li key={m.key}>
                    <details class="other">
                      <summary>
                        <MessageSummary message={m} />
                      </summary>
                      <MessageCard message={m} idPrefix={`m${i + 1}`} heading={3} {...shared} />
                    </details>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      );
    }
    default:
      return (
        <Status>
          <p>{TEXT.unavailable}</p>
          <p>{TEXT.unavailableAdvice}</p>
        </Status>
      );
  }
}

export function App({ state, actions }: AppProps) {
  return (
    <main class="popup" aria-labelledby="popup-title">
      <h1 id="popup-title" class="popup__title">
        {TEXT.title}
      </h1>
      <Body state={state} actions={actions} />
    </main>
  );
}
