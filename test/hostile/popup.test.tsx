// @vitest-environment jsdom
// The toolbar popup with every hostile payload in everything it shows from an email: subject,
// sender, finding titles, details and evidence, the report preview, a second message's summary
// line and the IT contact. The page must have exactly the elements it has with plain text in the
// same places (nothing added by a payload), and the payload must be there as text.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/popup/App';
import type { PopupMessage, PopupState } from '../../src/popup/state';
import { REPORT_SCHEMA, type ReportDocument } from '../../src/report/types';
import { PAYLOADS } from '../fixtures/hostile/payloads';

function reportDocument(s: string): ReportDocument {
  return {
    schema: REPORT_SCHEMA,
    reportId: 'r-1',
    kind: 'suspected-phishing',
    createdAt: '2026-11-27T10:00:00.000Z',
    simulation: false,
    reporter: { account: 'frontdesk@riversidefamilymed.org' },
    client: { extensionVersion: '0.1.0', rulesVersion: '1', browser: 'Chrome', webmail: 'gmail' },
    message: {
      webmailId: 'msg-1',
      from: { name: s, address: s },
      replyTo: [{ name: s, address: s }],
      to: [{ name: s, address: s }],
      cc: [],
      subject: s,
      date: s,
      links: [{ text: s, href: s, destination: s }],
      attachments: [{ name: s, mimeType: s }],
      headers: null,
      headersNote: s,
      body: null,
      webmailWarnings: [s],
    },
    verdict: { level: 'danger', score: 9, findings: [{ id: 'x', severity: 'danger', points: 9, title: s, evidence: s }] },
  };
}

function state(s: string, mailbox = false): PopupState {
  const message = (key: string): PopupMessage => ({
    key,
    subject: s,
    from: { name: s, address: s },
    level: 'danger',
    findings: [
      { id: 'display-name-address', severity: 'danger', title: s, detail: s, evidence: s },
      // Worded from the catalog, the payload filled in as a parameter.
      { id: 'attachment-executable', severity: 'danger', title: s, messageKey: 'attachment-executable', params: { file: s } },
    ],
    report: { state: 'none' },
    markedSafe: false,
    falsePositive: { state: 'none' },
    preview: mailbox ? { kind: 'mailbox', to: s, subject: s, body: s } : { kind: 'webhook', document: reportDocument(s) },
  });
  return {
    kind: 'messages',
    messages: [message('msg-1'), message('msg-2')],
    // The contact comes from IT's policy, not from email; its web and mail addresses become links.
    support: { name: s, phone: s, email: 'helpdesk@northgate-it.example', url: 'https://help.northgate-it.example/' },
    destination: mailbox ? { kind: 'mailbox', address: s } : { kind: 'webhook', host: s },
    allowFalsePositive: true,
  };
}

let container: HTMLElement | null = null;

function renderApp(s: PopupState): HTMLElement {
  container?.remove();
  container = document.createElement('div');
  document.body.append(container);
  void act(() => {
    render(<App state={s} actions={{ report: async () => {}, markSafe: async () => {} }} />, container!);
  });
  for (const d of container.querySelectorAll('details')) d.open = true;
  return container;
}

/** Tag name → count, for the whole document (the popup may portal nothing, but check anyway). */
function tags(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const el of document.querySelectorAll('*')) out[el.localName] = (out[el.localName] ?? 0) + 1;
  return out;
}

const attributes = () => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on') || n === 'srcdoc' || n === 'style');

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

describe('popup with hostile text', () => {
  const plain = { webhook: () => (renderApp(state('plain text')), tags()), mailbox: () => (renderApp(state('plain text', true)), tags()) };

  it.each(PAYLOADS.map((p) => ({ id: p.id, text: p.text })))('$id: same elements as with plain text, the payload shown as text', ({ text }) => {
    for (const mailbox of [false, true]) {
      const expected = mailbox ? plain.mailbox() : plain.webhook();
      const root = renderApp(state(text, mailbox));
      expect(tags()).toEqual(expected);
      expect(attributes()).toEqual([]);
      expect(root.querySelector('.subject')?.textContent).toBe(text.trim() || 'plain text');
      expect(root.querySelector('.from__name')?.textContent).toBe(text.trim() || undefined);
      expect(root.querySelector('.finding__title')?.textContent).toBe(text);
      expect(root.querySelector('.finding__detail')?.textContent).toBe(text);
      expect(root.querySelectorAll('.finding__title')[1]?.textContent?.includes(text)).toBe(true);
      expect(root.querySelector('.summary-line__subject')?.textContent).toBe(text.trim() || 'plain text');
      expect(root.querySelector('.contact__name')?.textContent).toBe(text);
      const pre = root.querySelector('pre')?.textContent ?? '';
      expect(pre.includes(mailbox ? text : JSON.stringify(text).slice(1, -1))).toBe(true);
    }
  });
});

describe('popup evidence with bidi controls', () => {
  it('shows a right-to-left-disguised file name as it really is', () => {
    const s = state('plain text');
    if (s.kind !== 'messages') throw new Error('state');
    s.messages[0]!.findings = [{ id: 'attachment-rtlo', severity: 'danger', title: 'The file Invoice_fdp.exe hides its real type.', evidence: 'Invoice_\u202Efdp.exe\u2066\u200F' }];
    const root = renderApp(s);
    expect(root.querySelector('.finding__evidence .evidence')?.textContent).toBe('Invoice_fdp.exe');
  });
});
