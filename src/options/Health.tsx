// "Webmail reading health": per webmail, how many emails Second Look checked and which parts of
// them it could not read, how often and when last. Counts and times only: the background keeps
// nothing else here, so there is no message content to show.
import type { IntegrationHealth, SourceHealth } from '../background/health';
import { Section } from './parts';
import { fieldWords, formatTime, TEXT, type Webmail } from './text';

const WEBMAILS: readonly Webmail[] = ['gmail', 'outlook'];

function SourceItem({ webmail, health }: { webmail: Webmail; health: SourceHealth | undefined }) {
  const titleId = `health-${webmail}`;
  const missing = health ? Object.entries(health.missing).sort(([a], [b]) => a.localeCompare(b)) : [];
  return (
    <li class="health__source" data-webmail={webmail}>
      <h3 id={titleId}>{TEXT.webmailName[webmail]}</h3>
      {!health ? (
        <p>{TEXT.healthNotUsed}</p>
      ) : (
        <>
          {/* A drift report alone (an open email that could not be found) counts no email as checked. */}
          <p>{health.analyzed === 0 ? TEXT.healthNotUsed : TEXT.healthChecked(health.analyzed, formatTime(health.lastAnalyzed))}</p>
          {missing.length === 0 ? (
            <p data-health="ok">{TEXT.healthAllRead}</p>
          ) : (
            <>
              <p data-health="missing">{TEXT.healthSomeMissing}</p>
              <ul class="health__fields">
                {missing.map(([field, f]) => (
                  <li key={field} data-field={field}>
                    {TEXT.healthField(fieldWords(field), f.count, formatTime(f.lastSeen))}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </li>
  );
}

export function Health({ health }: { health: IntegrationHealth }) {
  const used = WEBMAILS.filter((w) => health[w] !== undefined);
  const problems = used.some((w) => Object.keys(health[w]!.missing).length > 0);
  return (
    <Section id="health" title={TEXT.healthTitle}>
      <p>{TEXT.healthIntro}</p>
      <p class={`notice ${problems ? 'notice--warn' : used.length > 0 ? 'notice--done' : 'notice--quiet'}`} data-health-summary={problems ? 'problems' : used.length > 0 ? 'ok' : 'unused'}>
        {problems ? TEXT.healthAdvice : used.length > 0 ? TEXT.healthAllWell : TEXT.healthNothingYet}
      </p>
      <ul class="health">
        {WEBMAILS.map((w) => (
          <SourceItem key={w} webmail={w} health={health[w]} />
        ))}
      </ul>
    </Section>
  );
}
