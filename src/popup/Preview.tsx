// "What will be sent": exactly what the Report button sends, so staff (and IT) can see that
// nothing else leaves the browser. For a webhook: who receives it, the fields in words, then the
// JSON document itself; for a mailbox: the email as it will be written. All of it is text.
import type { ComponentChildren } from 'preact';
import type { Destination, ReportDocument, ReportPreview } from '../report/types';
import { senderLine, TEXT } from './text';

const MAX_LISTED = 20;

function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <li>
      <span class="field__label">{label}:</span> {children}
    </li>
  );
}

function addresses(list: readonly { name: string; address: string }[]): string {
  return list.length === 0 ? TEXT.previewNone : list.map(senderLine).join(', ');
}

function WebhookFields({ doc }: { doc: ReportDocument }) {
  const m = doc.message;
  const links = m.links.slice(0, MAX_LISTED);
  const findings = doc.verdict.findings.slice(0, MAX_LISTED);
  return (
    <ul class="preview__fields">
      <Field label={TEXT.previewSender}>{senderLine(m.from)}</Field>
      {m.replyTo.length > 0 && <Field label={TEXT.previewReplyTo}>{addresses(m.replyTo)}</Field>}
      <Field label={TEXT.previewRecipients}>{addresses([...m.to, ...m.cc])}</Field>
      <Field label={TEXT.previewSubject}>{m.subject || TEXT.noSubject}</Field>
      <Field label={TEXT.previewDate}>{m.date ?? TEXT.previewDateUnknown}</Field>
      <li>
        {TEXT.previewLinks(m.links.length)}
        {links.length > 0 && (
          <ul>
            {links.map((link, i) => (
              <li key={i}>
                <span class="preview__link-text">{link.text || link.href}</span> {TEXT.previewLinkGoesTo}{' '}
                <span class="evidence">{link.destination}</span>
              </li>
            ))}
            {m.links.length > links.length && <li>…</li>}
          </ul>
        )}
      </li>
      <Field label={TEXT.previewAttachments}>
        {m.attachments.length === 0
          ? TEXT.previewNone
          : m.attachments.map((a) => (a.mimeType ? `${a.name} (${a.mimeType})` : a.name)).join(', ')}
      </Field>
      <li>
        <span class="field__label">{TEXT.previewFindings}:</span>{' '}
        {findings.length === 0 ? (
          TEXT.previewNone
        ) : (
          <ul>
            {findings.map((f, i) => (
              <li key={i}>{f.title}</li>
            ))}
            {doc.verdict.findings.length > findings.length && <li>…</li>}
          </ul>
        )}
      </li>
      <Field label={TEXT.previewHeaders}>
        {m.headers !== null ? TEXT.previewHeadersIncluded : TEXT.previewHeadersMissing}
        {m.headers === null && m.headersNote ? ` (${m.headersNote})` : ''}
      </Field>
      <li>{m.body !== null ? TEXT.previewBodyIncluded : TEXT.previewBodyExcluded}</li>
      <Field label={TEXT.previewAccount}>{doc.reporter.account ?? TEXT.previewAccountUnknown}</Field>
    </ul>
  );
}

export function Preview({ preview, destination, idPrefix, sent = false }: { preview: ReportPreview; destination: Destination; idPrefix: string; sent?: boolean }) {
  if (preview.kind === 'none') return null;
  const jsonId = `${idPrefix}-preview-json`;
  return (
    <details class="preview">
      <summary>{sent ? TEXT.previewTitleSent : TEXT.previewTitle}</summary>
      {preview.kind === 'webhook' ? (
        <div class="preview__body">
          {destination.kind === 'webhook' && (
            <p>
              <span class="field__label">{TEXT.previewTo}:</span> <span class="evidence">{destination.host}</span>
            </p>
          )}
          <p>{TEXT.previewFields}</p>
          <WebhookFields doc={preview.document} />
          <p id={jsonId}>{TEXT.previewJson}</p>
          <pre class="preview__raw" tabIndex={0} aria-labelledby={jsonId} data-preview="json">
            {JSON.stringify(preview.document, null, 2)}
          </pre>
        </div>
      ) : (
        <div class="preview__body">
          <ul class="preview__fields">
            <Field label={TEXT.previewMailTo}>
              <span class="evidence">{preview.to}</span>
            </Field>
            <Field label={TEXT.previewMailSubject}>{preview.subject}</Field>
          </ul>
          <p id={jsonId}>{TEXT.previewMailBody}</p>
          <pre class="preview__raw" tabIndex={0} aria-labelledby={jsonId} data-preview="mailbox">
            {preview.body}
          </pre>
        </div>
      )}
    </details>
  );
}
