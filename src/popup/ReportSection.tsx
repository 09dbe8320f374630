// The actions for one message: "Report to IT" (one click sends; never twice), what happened to
// the report, "This looks safe to me" when policy allows it, and "What will be sent".
import { useEffect, useRef } from 'preact/hooks';
import type { Destination, ReportStatus } from '../report/types';
import { useOnceAtATime } from './parts';
import { Preview } from './Preview';
import type { PopupActions, PopupMessage } from './state';
import { TEXT } from './text';

const isReported = (s: ReportStatus): s is Extract<ReportStatus, { simulation: boolean }> =>
  s.state === 'sent' || s.state === 'queued' || s.state === 'mailbox-opened';

/** When a button that had focus disappears (it did its job), put focus on what replaced it. */
function useFocusWhenDone(done: boolean) {
  const target = useRef<HTMLParagraphElement>(null);
  const wasDone = useRef(done);
  useEffect(() => {
    if (done && !wasDone.current) {
      const active = target.current?.ownerDocument.activeElement;
      if (!active || active === target.current?.ownerDocument.body) target.current?.focus();
    }
    wasDone.current = done;
  }, [done]);
  return target;
}

function Failure({ message, reason }: { message: string; reason?: string }) {
  return (
    <div class="notice notice--error" role="alert">
      <p>{message}</p>
      {reason && (
        <p class="notice__reason">
          {TEXT.failureReason} {reason}
        </p>
      )}
    </div>
  );
}

function Report({ message, destination, hasSupport, actions }: { message: PopupMessage; destination: Destination; hasSupport: boolean; actions: PopupActions }) {
  const { report } = message;
  const reported = isReported(report);
  const { busy, failed, trigger } = useOnceAtATime(() => actions.report(message.key));
  const outcome = useFocusWhenDone(reported);

  if (reported) {
    const words = report.state === 'sent' ? TEXT.reported : report.state === 'queued' ? TEXT.queued : TEXT.mailboxOpened;
    return (
      <div class="notice notice--done" data-report-state={report.state}>
        <p ref={outcome} tabIndex={-1}>
          {words}
        </p>
        {report.simulation && <p class="notice__simulation">{TEXT.simulation}</p>}
      </div>
    );
  }

  if (destination.kind === 'none') {
    return (
      <div class="notice" data-report-state="no-destination">
        <p>{TEXT.noDestination}</p>
        <p>{hasSupport ? TEXT.noDestinationAdvice : TEXT.noDestinationNoContact}</p>
      </div>
    );
  }

  return (
    <div class="report" aria-busy={busy ? 'true' : undefined} data-report-state={report.state}>
      {report.state === 'failed' && !busy && <Failure message={TEXT.reportFailed} reason={report.error} />}
      {failed && !busy && report.state !== 'failed' && <Failure message={TEXT.actionError} />}
      <button type="button" class="button button--primary" disabled={busy} onClick={trigger}>
        {busy ? TEXT.reportBusy : TEXT.reportButton}
      </button>
      <p class="hint">{destination.kind === 'webhook' ? TEXT.reportHintWebhook(destination.host) : TEXT.reportHintMailbox(destination.address)}</p>
    </div>
  );
}

function MarkSafe({ message, destination, allowed, actions }: { message: PopupMessage; destination: Destination; allowed: boolean; actions: PopupActions }) {
  const { falsePositive: fp, markedSafe } = message;
  const { busy, failed, trigger } = useOnceAtATime(() => actions.markSafe(message.key));
  const done = markedSafe && fp.state !== 'failed';
  const outcome = useFocusWhenDone(done);

  if (done) {
    const words =
      fp.state === 'queued'
        ? TEXT.markedSafeQueued
        : fp.state === 'mailbox-opened'
          ? TEXT.markedSafeMailbox
          : fp.state === 'none' && destination.kind === 'none'
            ? TEXT.markedSafeLocal
            : TEXT.markedSafe;
    return (
      <div class="notice notice--done" data-false-positive={fp.state}>
        <p ref={outcome} tabIndex={-1}>
          {words}
        </p>
      </div>
    );
  }

  // Marked safe but the note to IT failed: the warning stays hidden; offer to send the note again.
  // Without a report address the background has nowhere to send the note, so it is not offered.
  // Once the person reported it as phishing, "looks safe" would contradict them: not offered.
  const reported = message.report.state === 'sent' || message.report.state === 'queued' || message.report.state === 'mailbox-opened';
  const canAsk = allowed && destination.kind !== 'none' && !reported && (markedSafe || message.level !== 'safe');
  if (!canAsk && !markedSafe) return null;

  return (
    <div class="mark-safe" aria-busy={busy ? 'true' : undefined} data-false-positive={fp.state}>
      {markedSafe && <p>{TEXT.markedSafeLocal}</p>}
      {fp.state === 'failed' && !busy && <Failure message={TEXT.markSafeFailed} reason={fp.error} />}
      {failed && !busy && fp.state !== 'failed' && <Failure message={TEXT.actionError} />}
      {canAsk && (
        <>
          <button type="button" class="button button--secondary" disabled={busy} onClick={trigger}>
            {busy ? TEXT.markSafeBusy : TEXT.markSafeButton}
          </button>
          {!markedSafe && <p class="hint">{TEXT.markSafeHint}</p>}
        </>
      )}
    </div>
  );
}

export interface ReportSectionProps {
  message: PopupMessage;
  destination: Destination;
  hasSupport: boolean;
  allowFalsePositive: boolean;
  actions: PopupActions;
  idPrefix: string;
}

export function ReportSection({ message, destination, hasSupport, allowFalsePositive, actions, idPrefix }: ReportSectionProps) {
  return (
    <div class="actions">
      <Report message={message} destination={destination} hasSupport={hasSupport} actions={actions} />
      <MarkSafe message={message} destination={destination} allowed={allowFalsePositive} actions={actions} />
      {destination.kind !== 'none' && <Preview preview={message.preview} destination={destination} idPrefix={idPrefix} sent={message.report.state === 'sent'} />}
    </div>
  );
}
