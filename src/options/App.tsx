// The options page: a function of one OptionsState plus the actions (design: Boundaries).
// Sections, in order: the report permission while the browser still needs it (an action to take),
// the person's own settings, what IT set, what IT's policy got wrong (only when something did),
// and the webmail reading health. All words come from text.ts; values from policy are text.
import { Status } from '../ui/Status';
import { webhookHost } from './client';
import { Health } from './Health';
import { Section, useOnceAtATime } from './parts';
import { PolicyView } from './PolicyView';
import type { OptionsActions, OptionsState, SettingsView } from './state';
import { TEXT } from './text';
import { YourSettings } from './YourSettings';

export interface AppProps {
  state: OptionsState;
  actions: OptionsActions;
}

type Ready = Extract<OptionsState, { kind: 'ready' }>;

/** The browser's permission to reach IT's webhook, while it is missing: one reason, one button. */
function Reports({ host, actions }: { host: string; actions: OptionsActions }) {
  const { busy, failed, trigger } = useOnceAtATime(() => actions.allowWebhook());
  return (
    <Section id="reports" title={TEXT.reportsTitle} class="section--attention">
      <div data-webhook-access="missing">
        <p id="reports-why">{TEXT.reportsMissing(host)}</p>
        <button type="button" class="button button--primary" aria-describedby="reports-why" aria-disabled={busy ? 'true' : undefined} onClick={trigger}>
          {busy ? TEXT.reportsAllowBusy : TEXT.reportsAllow(host)}
        </button>
        {failed && (
          <p class="notice notice--error" role="alert">
            {TEXT.actionError}
          </p>
        )}
      </div>
    </Section>
  );
}

function Problems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <Section id="problems" title={TEXT.problemsTitle} class="section--attention">
      <p>{TEXT.problemsIntro}</p>
      <ul class="problems">
        {problems.map((p, i) => (
          <li key={`${i}-${p}`}>{p}</li>
        ))}
      </ul>
    </Section>
  );
}

function ReadyPage({ settings, webhookAccess, saved, actions }: { settings: SettingsView; webhookAccess: Ready['webhookAccess']; saved: Ready['saved']; actions: OptionsActions }) {
  const url = settings.policy.report.webhookUrl;
  return (
    <>
      {url && webhookAccess === 'missing' && <Reports host={webhookHost(url)} actions={actions} />}
      <YourSettings settings={settings} saved={saved} actions={actions} />
      <PolicyView settings={settings} webhookAccess={webhookAccess} />
      <Problems problems={settings.problems} />
      <Health health={settings.health} />
    </>
  );
}

function Body({ state, actions }: AppProps) {
  switch (state.kind) {
    case 'loading':
      return (
        <Status busy>
          <p>{TEXT.loading}</p>
        </Status>
      );
    case 'ready':
      return <ReadyPage settings={state.settings} webhookAccess={state.webhookAccess} saved={state.saved} actions={actions} />;
    case 'unavailable':
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
    <main class="options" aria-labelledby="options-title">
      <h1 id="options-title" class="options__title">
        {TEXT.title}
      </h1>
      <Body state={state} actions={actions} />
    </main>
  );
}
