// One message: the level in words, colour and icon shape; who sent it and its subject; why
// Second Look flagged it (each reason with its evidence); then the actions. Everything that came
// from the email is rendered as text by Preact, never as HTML.
import type { Level } from '../engine/types';
import type { Destination } from '../report/types';
import { findingText } from '../shared/i18n';
import { Heading, type HeadingLevel, LevelIcon } from './parts';
import { ReportSection } from './ReportSection';
import type { PopupActions, PopupMessage } from './state';
import { senderLine, TEXT } from './text';

/**
 * What Second Look found is shown as it really is: a right-to-left override in a file name
 * ("Invoice_\u202Efdp.exe") would otherwise draw it as the disguise, "Invoice_exe.pdf".
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
export const withoutBidiControls = (s: string): string => s.replace(BIDI_CONTROLS, '');

export function LevelWords({ level }: { level: Level }) {
  return (
    <span class={`level-chip level-chip--${level}`} data-level={level}>
      <LevelIcon level={level} />
      <span>{TEXT.level[level]}</span>
    </span>
  );
}

export interface MessageCardProps {
  message: PopupMessage;
  idPrefix: string;
  heading: 2 | 3;
  destination: Destination;
  hasSupport: boolean;
  allowFalsePositive: boolean;
  actions: PopupActions;
}

export function MessageCard({ message, idPrefix, heading, destination, hasSupport, allowFalsePositive, actions }: MessageCardProps) {
  const { level, from, findings } = message;
  const levelId = `${idPrefix}-level`;
  const whyId = `${idPrefix}-why`;
  const name = from.name.trim();
  const address = from.address.trim();
  return (
    <article class={`card card--${level}`} aria-labelledby={levelId} data-level={level}>
      <div class={`level level--${level}`}>
        <LevelIcon level={level} />
        <Heading level={heading} id={levelId} class="level__words">
          {TEXT.level[level]}
        </Heading>
      </div>
      {level === 'safe' && <p class="reminder">{TEXT.safeReminder}</p>}
      <dl class="facts">
        <div class="facts__row">
          <dt>{TEXT.from}</dt>
          <dd>
            {name && <span class="from__name">{name}</span>}
            {name && address && ' '}
            {address ? <span class="from__address evidence">{address}</span> : <span class="from__address">{TEXT.addressHidden}</span>}
          </dd>
        </div>
        <div class="facts__row">
          <dt>{TEXT.subject}</dt>
          <dd class="subject">{message.subject.trim() || TEXT.noSubject}</dd>
        </div>
      </dl>
      {/* The button comes before the reasons so one click needs no scrolling. */}
      <ReportSection
        message={message}
        destination={destination}
        hasSupport={hasSupport}
        allowFalsePositive={allowFalsePositive}
        actions={actions}
        idPrefix={idPrefix}
      />
      {level !== 'safe' && findings.length > 0 && (
        <section class="why" aria-labelledby={whyId}>
          <Heading level={(heading + 1) as HeadingLevel} id={whyId}>
            {TEXT.whyTitle}
          </Heading>
          <ul class="findings">
            {findings.map((f, i) => (
              <li key={`${f.id}-${i}`} class={`finding finding--${f.severity}`} data-finding={f.id}>
                <p class="finding__title">{findingText(f, 'title') ?? f.title}</p>
                {f.evidence && (
                  <p class="finding__evidence">
                    <span class="field__label">{TEXT.evidence}</span> <span class="evidence">{withoutBidiControls(f.evidence)}</span>
                  </p>
                )}
                {f.detail && <p class="finding__detail">{findingText(f, 'detail') ?? f.detail}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** The compact line for another open message: level word, subject, sender. */
export function MessageSummary({ message }: { message: PopupMessage }) {
  return (
    <span class="summary-line">
      <LevelWords level={message.level} />{' '}
      <span class="summary-line__subject">{message.subject.trim() || TEXT.noSubject}</span>{' '}
      <span class="summary-line__from">{senderLine(message.from)}</span>
    </span>
  );
}
