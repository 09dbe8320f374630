// @vitest-environment jsdom
// The popup as a function of one state object plus actions: every state kind and report state
// rendered with mock data, the actions called exactly once, email-derived strings shown as text,
// "What will be sent" showing exactly the report, and the wiring to the background (client.ts and
// main.tsx) checked with a fake browser.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { App } from '../../src/popup/App';
import { createController, NO_ANSWER, parsePopupState, stateFromResponse, statusFromResponse, type PopupApi } from '../../src/popup/client';
import type { PopupActions, PopupMessage, PopupState } from '../../src/popup/state';
import { TEXT } from '../../src/popup/text';
import type { Request } from '../../src/messaging/protocol';
import { REPORT_SCHEMA, type ReportDocument, type ReportStatus } from '../../src/report/types';
import { colourVariables, contrast, pageStyles } from '../ui/stylesheet';

const browserMock = vi.hoisted(() => ({
  browser: {
    tabs: { query: vi.fn() },
    runtime: { sendMessage: vi.fn() },
  },
}));
vi.mock('../../src/shared/browser', () => browserMock);

const HOSTILE = '<img src=x onerror=alert(1)>';

// ---------------------------------------------------------------------------------------------
// Mock data

function reportDocument(overrides: Partial<ReportDocument['message']> = {}): ReportDocument {
  return {
    schema: REPORT_SCHEMA,
    reportId: 'r-7f3a',
    kind: 'suspected-phishing',
    createdAt: '2025-03-04T09:15:00.000Z',
    simulation: false,
    reporter: { account: 'frontdesk@northgate-clinic.example' },
    client: { extensionVersion: '0.1.0', rulesVersion: '1', browser: 'Chrome 130', webmail: 'gmail' },
    message: {
      webmailId: 'msg-1',
      from: { name: 'Microsoft 365', address: 'no-reply@rnicrosoft-support.co' },
      replyTo: [{ name: '', address: 'collect@mailbox.example' }],
      to: [{ name: 'Front Desk', address: 'frontdesk@northgate-clinic.example' }],
      cc: [],
      subject: 'Your password expires today',
      date: '2025-03-04T09:00:00.000Z',
      links: [{ text: 'Keep my password', href: 'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Flogin.rnicrosoft-support.co', destination: 'https://login.rnicrosoft-support.co/' }],
      attachments: [{ name: 'invoice.pdf', mimeType: 'application/pdf' }],
      headers: null,
      headersNote: 'Outlook on the web does not let the extension read the original message.',
      body: null,
      webmailWarnings: [],
      ...overrides,
    },
    verdict: {
      level: 'danger',
      score: 12,
      findings: [{ id: 'lookalike-domain', severity: 'danger', points: 9, title: 'The sender’s address rnicrosoft-support.co looks like microsoft.com.', evidence: 'rnicrosoft-support.co' }],
    },
  };
}

function message(overrides: Partial<PopupMessage> = {}): PopupMessage {
  return {
    key: 'msg-1',
    subject: 'Your password expires today',
    from: { name: 'Microsoft 365', address: 'no-reply@rnicrosoft-support.co' },
    level: 'danger',
    findings: [
      {
        id: 'lookalike-domain',
        severity: 'danger',
        title: 'The sender’s address rnicrosoft-support.co looks like microsoft.com, but it is spelled a little differently.',
        detail: 'It is not microsoft.com. Don’t click links or open files in it.',
        evidence: 'rnicrosoft-support.co',
      },
      { id: 'wording-credentials', severity: 'caution', title: 'It asks you to sign in or confirm your password.' },
    ],
    report: { state: 'none' },
    markedSafe: false,
    falsePositive: { state: 'none' },
    preview: { kind: 'webhook', document: reportDocument() },
    ...overrides,
  };
}

type MessagesState = Extract<PopupState, { kind: 'messages' }>;

function messagesState(overrides: Partial<MessagesState> = {}): MessagesState {
  return {
    kind: 'messages',
    messages: [message()],
    support: { name: 'Northgate IT', phone: '(555) 010-4477', email: 'helpdesk@northgate-it.example', url: 'https://help.northgate-it.example/phishing' },
    destination: { kind: 'webhook', host: 'tickets.northgate-it.example' },
    allowFalsePositive: true,
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// Rendering helpers

let container: HTMLElement;

type ActionMock = Mock<(key: string) => Promise<void>>;

function makeActions(): { report: ActionMock; markSafe: ActionMock } {
  return { report: vi.fn(async (_key: string) => {}), markSafe: vi.fn(async (_key: string) => {}) };
}

function renderApp(state: PopupState, actions: PopupActions = makeActions()): HTMLElement {
  if (!container) {
    container = document.createElement('div');
    document.body.append(container);
  }
  void act(() => {
    render(<App state={state} actions={actions} />, container);
  });
  return container;
}

const BLOCK = new Set(['P', 'LI', 'UL', 'DIV', 'DT', 'DD', 'SUMMARY', 'PRE', 'H1', 'H2', 'H3', 'H4', 'SECTION', 'ARTICLE']);
/** Text as it reads: block elements are separated, inline ones run on (roughly innerText). */
function text(el: Node | null | undefined): string {
  if (!el) return '';
  const walk = (node: Node): string => {
    if (node.nodeType === 3) return node.nodeValue ?? '';
    const inner = [...node.childNodes].map(walk).join('');
    return BLOCK.has((node as Element).tagName) ? ` ${inner} ` : inner;
  };
  return walk(el).replace(/\s+/g, ' ').trim();
}
const buttons = (root: Element) => [...root.querySelectorAll('button')];
const button = (root: Element, name: string) => buttons(root).find((b) => text(b) === name);

async function click(el: Element) {
  await act(async () => {
    (el as HTMLElement).click();
  });
}

afterEach(() => {
  if (container) {
    render(null, container);
    container.remove();
  }
  container = undefined as unknown as HTMLElement;
});

// ---------------------------------------------------------------------------------------------

describe('popup App: page structure', () => {
  const kinds: PopupState[] = [
    { kind: 'loading' },
    { kind: 'not-webmail' },
    { kind: 'no-message', webmail: 'gmail' },
    { kind: 'unavailable' },
    messagesState(),
  ];

  it.each(kinds.map((s) => [s.kind, s] as const))('names the product in a heading that labels the page (%s)', (_kind, state) => {
    const root = renderApp(state);
    const heading = root.querySelector('h1');
    expect(heading?.textContent).toBe('Second Look');
    const main = root.querySelector('main');
    expect(main).not.toBeNull();
    expect(heading?.id).toBeTruthy();
    expect(main?.getAttribute('aria-labelledby')).toBe(heading?.id);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
  });

  it('labels every section and article by a heading that exists, and every button has a name', () => {
    const root = renderApp(messagesState({ messages: [message(), message({ key: 'msg-2', level: 'caution', subject: 'Invoice 2231' })] }));
    for (const region of root.querySelectorAll('section, article')) {
      const id = region.getAttribute('aria-labelledby');
      expect(id, region.className).toBeTruthy();
      const label = root.querySelector(`#${id}`);
      expect(label && /^H[1-6]$/.test(label.tagName), `${region.className} labelled by a heading`).toBe(true);
      expect(text(label)).not.toBe('');
    }
    for (const b of buttons(root)) {
      expect(text(b) || b.getAttribute('aria-label')).toBeTruthy();
      expect(b.getAttribute('type')).toBe('button');
    }
  });

  it('keeps heading levels in order: h1, then h2 for the message and sections, h3 inside', () => {
    const root = renderApp(messagesState({ messages: [message(), message({ key: 'msg-2', level: 'caution' })] }));
    const levels = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });
});

describe('popup App: states without a message', () => {
  it('says it is checking while loading, politely and busy', () => {
    const root = renderApp({ kind: 'loading' });
    const status = root.querySelector('[role="status"]');
    expect(text(status)).toBe('Checking this tab…');
    expect(status?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('says what Second Look does on pages that are not webmail', () => {
    const root = renderApp({ kind: 'not-webmail' });
    expect(text(root.querySelector('[role="status"]'))).toBe(
      'Second Look checks email in Gmail and Outlook on the web. Open a message there to see what it found.',
    );
  });

  it.each([
    ['gmail', 'Gmail'],
    ['outlook', 'Outlook'],
  ] as const)('says no message is open, as a status, naming the webmail (%s)', (webmail, name) => {
    const root = renderApp({ kind: 'no-message', webmail });
    expect(text(root.querySelector('[role="status"]'))).toBe(`No message is open. Open an email in ${name} and Second Look will check it.`);
  });

  it('says the results could not be loaded and what to try', () => {
    const root = renderApp({ kind: 'unavailable' });
    expect(text(root.querySelector('[role="status"]'))).toBe(
      'Second Look could not load its results for this tab. Close this window and open it again. If that does not help, restart the browser.',
    );
    expect(buttons(root)).toHaveLength(0);
  });

  it('treats a messages state with no messages as no message open', () => {
    const root = renderApp(messagesState({ messages: [] }));
    expect(text(root.querySelector('[role="status"]'))).toBe('No message is open. Open an email in Gmail or Outlook and Second Look will check it.');
  });
});

describe('popup App: the message in view', () => {
  it.each([
    ['danger', 'Looks like a scam', 'triangle'],
    ['caution', 'Be careful', 'circle-exclamation'],
    ['safe', 'No problems found', 'circle-check'],
  ] as const)('states the level (%s) in words, in the heading that labels the card, with its own icon shape', (level, words, shape) => {
    const root = renderApp(messagesState({ messages: [message({ level })] }));
    const card = root.querySelector('article')!;
    const heading = root.querySelector(`#${card.getAttribute('aria-labelledby')}`);
    expect(heading?.tagName).toBe('H2');
    expect(text(heading)).toBe(words);
    expect(card.querySelector('.level svg')?.getAttribute('data-shape')).toBe(shape);
    expect(card.querySelector('.level svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows the subject and the sender by name and address', () => {
    const root = renderApp(messagesState());
    const facts = root.querySelector('dl.facts')!;
    expect(text(facts)).toBe('From Microsoft 365 no-reply@rnicrosoft-support.co Subject Your password expires today');
    expect(text(facts.querySelector('.from__name'))).toBe('Microsoft 365');
    expect(text(facts.querySelector('.from__address'))).toBe('no-reply@rnicrosoft-support.co');
  });

  it('says when the webmail hides the address or there is no subject', () => {
    const root = renderApp(messagesState({ messages: [message({ subject: '  ', from: { name: 'Dr. Anita Patel', address: '' } })] }));
    expect(text(root.querySelector('.from__address'))).toBe('(address not shown by the webmail)');
    expect(text(root.querySelector('.subject'))).toBe('(no subject)');
  });

  it('lists each finding in plain words with its evidence and what to do', () => {
    const root = renderApp(messagesState());
    const why = root.querySelector('section.why')!;
    expect(text(why.querySelector('h3'))).toBe('Why');
    const items = [...why.querySelectorAll('li')];
    expect(items).toHaveLength(2);
    expect(text(items[0]!.querySelector('.finding__title'))).toBe(
      'The sender’s address rnicrosoft-support.co looks like microsoft.com, but it is spelled a little differently.',
    );
    expect(text(items[0]!.querySelector('.finding__evidence'))).toBe('Found: rnicrosoft-support.co');
    expect(text(items[0]!.querySelector('.finding__detail'))).toBe('It is not microsoft.com. Don’t click links or open files in it.');
    expect(text(items[1])).toBe('It asks you to sign in or confirm your password.');
    expect(items[1]!.querySelector('.finding__evidence')).toBeNull();
  });

  it('for a safe message says no problems were found, reminds that it can still be reported, and keeps the Report button', () => {
    const root = renderApp(messagesState({ messages: [message({ level: 'safe', findings: [] })] }));
    expect(text(root.querySelector('article .level'))).toBe('No problems found');
    expect(text(root.querySelector('.reminder'))).toBe('If something about it still feels wrong, you can report it to IT.');
    expect(button(root, 'Report to IT')).toBeDefined();
    expect(button(root, 'This looks safe to me')).toBeUndefined();
    expect(root.querySelector('section.why')).toBeNull();
  });

  it('shows the IT contact: name, phone, email as a mailto link, https website as a link', () => {
    const root = renderApp(messagesState());
    const contact = root.querySelector('section.contact')!;
    expect(text(contact.querySelector('h2'))).toBe('Your IT contact');
    expect(text(contact)).toBe(
      'Your IT contact Northgate IT Phone: (555) 010-4477 Email: helpdesk@northgate-it.example Website: https://help.northgate-it.example/phishing',
    );
    const links = [...contact.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['mailto:helpdesk@northgate-it.example', 'https://help.northgate-it.example/phishing']);
    expect(links[1]!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('does not make a link of a website that is not https, or of an email that could carry extra fields', () => {
    const root = renderApp(
      messagesState({ support: { name: 'IT', email: 'it@example.org?body=hello', url: 'javascript:alert(1)' } }),
    );
    const contact = root.querySelector('section.contact')!;
    expect(contact.querySelectorAll('a')).toHaveLength(0);
    expect(text(contact)).toContain('javascript:alert(1)');
    expect(text(contact)).toContain('it@example.org?body=hello');
    const http = renderApp(messagesState({ support: { url: 'http://help.example' } }));
    expect(http.querySelectorAll('section.contact a')).toHaveLength(0);
  });

  it('shows no contact section when IT gave none', () => {
    const root = renderApp(messagesState({ support: null }));
    expect(root.querySelector('section.contact')).toBeNull();
  });
});

describe('popup App: Report to IT', () => {
  it('one click calls report once with the message key; the button is busy and disabled until it answers', async () => {
    let finish!: () => void;
    const actions = makeActions();
    actions.report.mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)));
    const root = renderApp(messagesState(), actions);
    const reportButton = button(root, 'Report to IT')!;
    expect(text(root.querySelector('.report .hint'))).toBe('Sends the details under “What will be sent” to your IT team (tickets.northgate-it.example).');

    await click(reportButton);
    await click(reportButton);
    expect(actions.report).toHaveBeenCalledTimes(1);
    expect(actions.report).toHaveBeenCalledWith('msg-1');
    expect(actions.markSafe).not.toHaveBeenCalled();
    expect(reportButton.disabled).toBe(true);
    expect(text(reportButton)).toBe('Reporting…');
    expect(root.querySelector('.report')?.getAttribute('aria-busy')).toBe('true');

    await act(async () => {
      finish();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(reportButton.disabled).toBe(false);
    expect(root.querySelector('.report')?.getAttribute('aria-busy')).toBeNull();
  });

  it('once reported shows the thanks, no Report button, and moves focus to the thanks', async () => {
    const actions = makeActions();
    const root = renderApp(messagesState(), actions);
    const reportButton = button(root, 'Report to IT')!;
    reportButton.focus();
    await click(reportButton);
    reportButton.blur(); // the button leaves the page: focus falls back to the body
    renderApp(messagesState({ messages: [message({ report: { state: 'sent', at: '2025-03-04T09:16:00Z', simulation: false } })] }), actions);
    expect(button(root, 'Report to IT')).toBeUndefined();
    const done = root.querySelector('.notice--done p')!;
    expect(text(done)).toBe('Reported to IT — thank you.');
    expect(document.activeElement).toBe(done);
    expect(actions.report).toHaveBeenCalledTimes(1);
  });

  const reported: [string, ReportStatus, string][] = [
    ['sent', { state: 'sent', at: 't', simulation: false }, 'Reported to IT — thank you.'],
    ['queued', { state: 'queued', at: 't', simulation: false, lastError: 'net::ERR_INTERNET_DISCONNECTED' }, 'Saved — it will be sent to IT when the connection is back. Thank you for reporting it.'],
    ['mailbox-opened', { state: 'mailbox-opened', at: 't', simulation: false }, 'A report email is open in a new tab — press Send.'],
  ];

  it.each(reported)('after %s: says so, and a message cannot be reported twice', (_name, report, words) => {
    const root = renderApp(messagesState({ messages: [message({ report })] }));
    expect(text(root.querySelector('.notice--done'))).toBe(words);
    expect(button(root, 'Report to IT')).toBeUndefined();
    expect(text(root)).not.toContain('Well spotted');
  });

  it.each(reported)('after %s of a training message: says well spotted', (_name, report, words) => {
    const root = renderApp(messagesState({ messages: [message({ report: { ...report, simulation: true } as ReportStatus })] }));
    expect(text(root.querySelector('.notice--done'))).toBe(`${words} Well spotted — this was a training message from your IT team.`);
    expect(button(root, 'Report to IT')).toBeUndefined();
  });

  it('after a failure: says so clearly with the reason, and offers the button again', async () => {
    const actions = makeActions();
    const root = renderApp(messagesState({ messages: [message({ report: { state: 'failed', error: 'The report address answered 500.' } })] }), actions);
    const alert = root.querySelector('[role="alert"]');
    expect(text(alert)).toBe('The report could not be sent. Please try again. Reason: The report address answered 500.');
    await click(button(root, 'Report to IT')!);
    expect(actions.report).toHaveBeenCalledTimes(1);
  });

  it('when the action itself fails, says something went wrong and enables the button again', async () => {
    const actions = makeActions();
    actions.report.mockRejectedValue(new Error('boom'));
    const root = renderApp(messagesState(), actions);
    await click(button(root, 'Report to IT')!);
    await act(async () => {});
    expect(text(root.querySelector('[role="alert"]'))).toBe('Something went wrong. Please try again.');
    expect(button(root, 'Report to IT')!.disabled).toBe(false);
  });

  it('for a mailbox destination says a ready-to-send email will open', () => {
    const root = renderApp(
      messagesState({
        destination: { kind: 'mailbox', address: 'phishing@northgate-it.example' },
        messages: [message({ preview: { kind: 'mailbox', to: 'phishing@northgate-it.example', subject: 'Suspected phishing: x', body: 'b' } })],
      }),
    );
    expect(text(root.querySelector('.report .hint'))).toBe('Opens an email to phishing@northgate-it.example, ready to send.');
  });

  it('without a report address: no Report button; says IT has not set one and shows the contact', () => {
    const root = renderApp(messagesState({ destination: { kind: 'none' }, messages: [message({ preview: { kind: 'none' } })] }));
    expect(button(root, 'Report to IT')).toBeUndefined();
    expect(text(root.querySelector('[data-report-state="no-destination"]'))).toBe(
      'Your IT team has not set an address for reports, so Second Look cannot send this one. If you are worried, call or email IT.',
    );
    expect(text(root.querySelector('section.contact'))).toContain('(555) 010-4477');
    expect(root.querySelector('details.preview')).toBeNull();
  });

  it('without a report address or a contact: says to ask whoever looks after the computers', () => {
    const root = renderApp(messagesState({ destination: { kind: 'none' }, support: null, messages: [message({ preview: { kind: 'none' } })] }));
    expect(text(root.querySelector('[data-report-state="no-destination"]'))).toContain('If you are worried about it, ask the person who looks after your computers.');
  });
});

describe('popup App: email-derived strings are text', () => {
  it('renders a hostile subject, sender, finding and report fields as text, creating no element', () => {
    const doc = reportDocument({ subject: HOSTILE, from: { name: HOSTILE, address: HOSTILE }, links: [{ text: HOSTILE, href: HOSTILE, destination: HOSTILE }], attachments: [{ name: HOSTILE }] });
    doc.verdict.findings = [{ id: 'x', severity: 'danger', points: 1, title: HOSTILE }];
    const hostile = message({
      subject: HOSTILE,
      from: { name: HOSTILE, address: HOSTILE },
      findings: [{ id: 'x', severity: 'danger', title: HOSTILE, detail: HOSTILE, evidence: HOSTILE }],
      preview: { kind: 'webhook', document: doc },
    });
    const other = message({ key: 'msg-2', subject: HOSTILE, from: { name: HOSTILE, address: HOSTILE } });
    const root = renderApp(messagesState({ messages: [hostile, other], support: { name: HOSTILE, email: HOSTILE, phone: HOSTILE, url: HOSTILE } }));
    for (const d of root.querySelectorAll('details')) d.open = true;
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(root.querySelector('[onerror]')).toBeNull();
    expect(text(root.querySelector('.subject'))).toBe(HOSTILE);
    expect(text(root.querySelector('.from__name'))).toBe(HOSTILE);
    expect(text(root.querySelector('.finding__title'))).toBe(HOSTILE);
    expect(text(root.querySelector('.summary-line__subject'))).toBe(HOSTILE);
    expect(text(root.querySelector('.contact__name'))).toBe(HOSTILE);
    expect(root.innerHTML).not.toContain('<img');
  });

  it('renders a hostile mailbox preview as text', () => {
    const root = renderApp(
      messagesState({
        destination: { kind: 'mailbox', address: 'it@example.org' },
        messages: [message({ preview: { kind: 'mailbox', to: HOSTILE, subject: HOSTILE, body: `${HOSTILE}\n<script>alert(1)</script>` } })],
      }),
    );
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('pre')?.textContent).toBe(`${HOSTILE}\n<script>alert(1)</script>`);
  });
});

describe('popup App: What will be sent', () => {
  it('for a webhook: a closed <details> with the host, the fields in words, and exactly the JSON document', () => {
    const doc = reportDocument();
    const root = renderApp(messagesState({ messages: [message({ preview: { kind: 'webhook', document: doc } })] }));
    const details = root.querySelector('details.preview') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(text(details.querySelector('summary'))).toBe('What will be sent');
    expect(details.querySelector('pre')!.textContent).toBe(JSON.stringify(doc, null, 2));
    expect(JSON.parse(details.querySelector('pre')!.textContent)).toEqual(doc);
    expect(text(details.querySelector('p'))).toBe('Sent to: tickets.northgate-it.example');
    const fields = [...details.querySelectorAll('.preview__fields > li')].map(text);
    expect(fields).toEqual([
      'Sender: Microsoft 365 <no-reply@rnicrosoft-support.co>',
      'Reply-to address: collect@mailbox.example',
      'Recipients: Front Desk <frontdesk@northgate-clinic.example>',
      'Subject: Your password expires today',
      'Date: 2025-03-04T09:00:00.000Z',
      'Links: 1, with where it really goes Keep my password goes to https://login.rnicrosoft-support.co/',
      'Attachment names and types: invoice.pdf (application/pdf)',
      'What Second Look found: The sender’s address rnicrosoft-support.co looks like microsoft.com.',
      'Technical headers: not included (Outlook on the web does not let the extension read the original message.)',
      'Message text: not included',
      'Your email account: frontdesk@northgate-clinic.example',
    ]);
    // The raw report is labelled and reachable by keyboard (it scrolls).
    const pre = details.querySelector('pre')!;
    expect(pre.getAttribute('tabindex')).toBe('0');
    expect(text(root.querySelector(`#${pre.getAttribute('aria-labelledby')}`))).toBe('The report, exactly as it will be sent:');
  });

  it('says when the message text is included', () => {
    const doc = reportDocument({ body: 'Dear user, click here.', headers: 'Received: from x', headersNote: null, date: null, links: [], attachments: [] });
    const root = renderApp(messagesState({ messages: [message({ preview: { kind: 'webhook', document: doc } })] }));
    const fields = [...root.querySelectorAll('.preview__fields > li')].map(text);
    expect(fields).toContain('Message text: included');
    expect(fields).toContain('Technical headers: included');
    expect(fields).toContain('Date: not known');
    expect(fields).toContain('Links: none');
    expect(fields).toContain('Attachment names and types: none');
    expect(root.querySelector('pre')!.textContent).toBe(JSON.stringify(doc, null, 2));
  });

  it('for a mailbox: To, Subject and the body as it will be written', () => {
    const preview = { kind: 'mailbox' as const, to: 'phishing@northgate-it.example', subject: 'Suspected phishing: Your password expires today', body: 'Reported by frontdesk\n\nSender: no-reply@rnicrosoft-support.co\nFindings:\n- lookalike' };
    const root = renderApp(messagesState({ destination: { kind: 'mailbox', address: preview.to }, messages: [message({ preview })] }));
    const details = root.querySelector('details.preview')!;
    expect([...details.querySelectorAll('.preview__fields > li')].map(text)).toEqual([
      'To: phishing@northgate-it.example',
      'Subject: Suspected phishing: Your password expires today',
    ]);
    expect(details.querySelector('pre')!.textContent).toBe(preview.body);
  });

  it('after sending, calls it "What was sent"', () => {
    const root = renderApp(messagesState({ messages: [message({ report: { state: 'sent', at: 't', simulation: false } })] }));
    expect(text(root.querySelector('details.preview summary'))).toBe('What was sent');
  });
});

describe('popup App: This looks safe to me', () => {
  it.each(['danger', 'caution'] as const)('is offered for a %s message when policy allows, and calls markSafe once', async (level) => {
    const actions = makeActions();
    const root = renderApp(messagesState({ messages: [message({ level })] }), actions);
    actions.markSafe.mockImplementation(() => new Promise<void>(() => {}));
    const safe = button(root, 'This looks safe to me')!;
    expect(safe).toBeDefined();
    expect(text(root.querySelector('.mark-safe .hint'))).toBe('Tells IT and hides the warning for this message.');
    await click(safe);
    await click(safe);
    expect(actions.markSafe).toHaveBeenCalledTimes(1);
    expect(actions.markSafe).toHaveBeenCalledWith('msg-1');
    expect(actions.report).not.toHaveBeenCalled();
  });

  it('is not offered when policy does not allow it', () => {
    const root = renderApp(messagesState({ allowFalsePositive: false }));
    expect(button(root, 'This looks safe to me')).toBeUndefined();
    expect(button(root, 'Report to IT')).toBeDefined();
  });

  it('is not offered without a report address (the note would have nowhere to go)', () => {
    const root = renderApp(messagesState({ destination: { kind: 'none' }, messages: [message({ preview: { kind: 'none' } })] }));
    expect(button(root, 'This looks safe to me')).toBeUndefined();
  });

  it('is not offered once the person reported the message as phishing', () => {
    const root = renderApp(messagesState({ messages: [message({ report: { state: 'sent', at: '2026-11-27T10:00:00Z', simulation: false } })] }));
    expect(button(root, 'This looks safe to me')).toBeUndefined();
  });

  it('is not offered for a safe message', () => {
    const root = renderApp(messagesState({ messages: [message({ level: 'safe' })] }));
    expect(button(root, 'This looks safe to me')).toBeUndefined();
  });

  it('once marked safe: thanks, and the button is gone', () => {
    const root = renderApp(messagesState({ messages: [message({ markedSafe: true, falsePositive: { state: 'sent', at: 't', simulation: false } })] }));
    expect(text(root.querySelector('[data-false-positive]'))).toBe('Thanks — IT will take a look. The warning is hidden for this message.');
    expect(button(root, 'This looks safe to me')).toBeUndefined();
  });

  it.each([
    [{ state: 'queued', at: 't', simulation: false, lastError: null }, 'Thanks — your note will be sent to IT when the connection is back. The warning is hidden for this message.'],
    [{ state: 'mailbox-opened', at: 't', simulation: false }, 'The warning is hidden for this message. A note to IT is open in a new tab — press Send.'],
  ] as [ReportStatus, string][])('once marked safe (%o): says what happened to the note', (falsePositive, words) => {
    const root = renderApp(messagesState({ messages: [message({ markedSafe: true, falsePositive })] }));
    expect(text(root.querySelector('[data-false-positive]'))).toBe(words);
  });

  it('when the note failed: says so and offers to send it again', () => {
    const root = renderApp(messagesState({ messages: [message({ falsePositive: { state: 'failed', error: 'offline' } })] }));
    expect(text(root.querySelector('.mark-safe [role="alert"]'))).toBe('Your note to IT could not be sent. Please try again. Reason: offline');
    expect(button(root, 'This looks safe to me')).toBeDefined();
  });
});

describe('popup App: other open messages', () => {
  const state = () =>
    messagesState({
      messages: [
        message(),
        message({ key: 'msg-2', level: 'caution', subject: 'Invoice 2231 overdue', from: { name: 'Accounts', address: 'billing@supplies.example' } }),
        message({ key: 'msg-3', level: 'safe', subject: 'Staff rota', from: { name: '', address: 'manager@northgate-clinic.example' }, findings: [] }),
      ],
    });

  it('shows the first message in full and the others compactly: level word, subject, sender', () => {
    const root = renderApp(state());
    const cards = [...root.querySelectorAll('main > article')];
    expect(cards).toHaveLength(1);
    const others = root.querySelector('section.others')!;
    expect(text(others.querySelector('h2'))).toBe('Other open messages');
    const summaries = [...others.querySelectorAll(':scope > ul > li > details > summary')].map(text);
    expect(summaries).toEqual(['Be careful Invoice 2231 overdue Accounts <billing@supplies.example>', 'No problems found Staff rota manager@northgate-clinic.example']);
    for (const d of others.querySelectorAll('details.other')) expect((d as HTMLDetailsElement).open).toBe(false);
  });

  it('expands to the same details, and its Report button reports that message', async () => {
    const actions = makeActions();
    const root = renderApp(state(), actions);
    const other = root.querySelector('details.other') as HTMLDetailsElement;
    other.open = true;
    const card = other.querySelector('article')!;
    expect(text(root.querySelector(`#${card.getAttribute('aria-labelledby')}`))).toBe('Be careful');
    expect(root.querySelector(`#${card.getAttribute('aria-labelledby')}`)?.tagName).toBe('H3');
    await click(button(card, 'Report to IT')!);
    expect(actions.report).toHaveBeenCalledTimes(1);
    expect(actions.report).toHaveBeenCalledWith('msg-2');
  });

  it('uses unique ids across cards', () => {
    const root = renderApp(state());
    const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

// ---------------------------------------------------------------------------------------------
// The wiring to the background

function fakeApi(answer: (request: Request) => unknown, tabId: number | null = 42) {
  const sent: Request[] = [];
  const api: PopupApi = {
    activeTabId: vi.fn(async () => tabId),
    send: vi.fn(async (request: Request) => {
      sent.push(request);
      return answer(request);
    }),
  };
  return { api, sent };
}

describe('popup client: answers are checked before they are shown', () => {
  it('accepts a well-formed state', () => {
    const state = messagesState();
    expect(stateFromResponse({ ok: true, state })).toEqual(state);
    expect(stateFromResponse({ ok: true, state: { kind: 'no-message', webmail: 'outlook' } })).toEqual({ kind: 'no-message', webmail: 'outlook' });
  });

  it('shows unavailable for a refusal, nothing, or a malformed state', () => {
    const bad: unknown[] = [
      undefined,
      null,
      'ok',
      { ok: false, error: 'forbidden' },
      { ok: true },
      { ok: true, state: { kind: 'party' } },
      { ok: true, state: { kind: 'no-message' } },
      { ok: true, state: { ...messagesState(), messages: 'all' } },
      { ok: true, state: { ...messagesState(), messages: [{ ...message(), level: 'red' }] } },
      { ok: true, state: { ...messagesState(), messages: [{ ...message(), subject: { toString: () => 'x' } }] } },
      { ok: true, state: { ...messagesState(), messages: [{ ...message(), findings: [{ id: 'a', severity: 'danger', title: 7 }] }] } },
      { ok: true, state: { ...messagesState(), messages: [{ ...message(), report: { state: 'sent' } }] } },
      { ok: true, state: { ...messagesState(), messages: [{ ...message(), preview: { kind: 'webhook', document: { schema: REPORT_SCHEMA } } }] } },
      { ok: true, state: { ...messagesState(), destination: { kind: 'webhook' } } },
      { ok: true, state: { ...messagesState(), allowFalsePositive: 'yes' } },
    ];
    for (const response of bad) expect(stateFromResponse(response), JSON.stringify(response)).toEqual({ kind: 'unavailable' });
  });

  it('keeps only the string fields of a contact; a bad contact is dropped, not fatal', () => {
    const state = parsePopupState({ ...messagesState(), support: { name: 'IT', phone: 5551234, url: ['x'] } });
    expect(state?.kind === 'messages' && state.support).toEqual({ name: 'IT' });
    const none = parsePopupState({ ...messagesState(), support: 'call IT' });
    expect(none?.kind === 'messages' && none.support).toBeNull();
  });

  it('reads a report status only from an ok answer', () => {
    expect(statusFromResponse({ ok: true, status: { state: 'queued', at: 't', simulation: false, lastError: null } })).toEqual({
      state: 'queued',
      at: 't',
      simulation: false,
      lastError: null,
    });
    expect(statusFromResponse({ ok: false, error: 'failed' })).toBeNull();
    expect(statusFromResponse({ ok: true, status: { state: 'sent' } })).toBeNull();
    expect(statusFromResponse(undefined)).toBeNull();
  });
});

describe('popup client: controller', () => {
  it('asks for the active tab’s state and shows it', async () => {
    const state = messagesState();
    const { api, sent } = fakeApi(() => ({ ok: true, state }));
    const show = vi.fn();
    await createController(api, show).start();
    expect(sent).toEqual([{ type: 'getTabState', tabId: 42 }]);
    expect(show).toHaveBeenLastCalledWith(state);
  });

  it('asks again while the background is still checking the open message', async () => {
    const state = messagesState();
    let calls = 0;
    const { api, sent } = fakeApi(() => (++calls < 3 ? { ok: true, state: { kind: 'loading' } } : { ok: true, state }));
    const show = vi.fn();
    await createController(api, show).start();
    expect(sent).toHaveLength(3);
    expect(show).toHaveBeenLastCalledWith(state);
  });

  it('shows unavailable when there is no active tab, the background throws, or it refuses', async () => {
    for (const [answer, tab] of [
      [() => ({ ok: true, state: messagesState() }), null],
      [() => { throw new Error('Could not establish connection. Receiving end does not exist.'); }, 3],
      [() => ({ ok: false, error: 'forbidden' }), 3],
    ] as const) {
      const { api } = fakeApi(answer, tab);
      const show = vi.fn();
      await createController(api, show).start();
      expect(show).toHaveBeenLastCalledWith({ kind: 'unavailable' });
    }
    const throwing: PopupApi = { activeTabId: () => Promise.reject(new Error('no tabs')), send: vi.fn() };
    const show = vi.fn();
    await createController(throwing, show).start();
    expect(show).toHaveBeenLastCalledWith({ kind: 'unavailable' });
    expect(throwing.send).not.toHaveBeenCalled();
  });

  it('report: sends it for the tab and key, then re-reads the state and shows it', async () => {
    let state: PopupState = messagesState();
    const sentStatus: ReportStatus = { state: 'sent', at: 't', simulation: false };
    const { api, sent } = fakeApi((request) => {
      if (request.type === 'report') {
        state = messagesState({ messages: [message({ report: sentStatus })] });
        return { ok: true, status: sentStatus };
      }
      return { ok: true, state };
    });
    const show = vi.fn();
    const controller = createController(api, show);
    await controller.start();
    await controller.actions.report('msg-1');
    expect(sent).toEqual([
      { type: 'getTabState', tabId: 42 },
      { type: 'report', tabId: 42, key: 'msg-1' },
      { type: 'getTabState', tabId: 42 },
    ]);
    const last = show.mock.lastCall![0] as MessagesState;
    expect(last.messages[0]!.report).toEqual(sentStatus);
  });

  it('markSafe: sends it for the tab and key, then re-reads the state', async () => {
    const { api, sent } = fakeApi((request) => (request.type === 'markSafe' ? { ok: true, status: { state: 'sent', at: 't', simulation: false } } : { ok: true, state: messagesState() }));
    const controller = createController(api, vi.fn());
    await controller.start();
    await controller.actions.markSafe('msg-1');
    expect(sent.map((r) => r.type)).toEqual(['getTabState', 'markSafe', 'getTabState']);
    expect(sent[1]).toEqual({ type: 'markSafe', tabId: 42, key: 'msg-1' });
  });

  it('a refused or unanswered report shows as failed rather than as if nothing happened', async () => {
    for (const answer of [{ ok: false, error: 'invalid-request' }, undefined, { ok: true, status: 'done' }]) {
      const { api } = fakeApi((request) => (request.type === 'report' ? answer : { ok: true, state: messagesState() }));
      const show = vi.fn();
      const controller = createController(api, show);
      await controller.start();
      await expect(controller.actions.report('msg-1')).resolves.toBeUndefined();
      const last = show.mock.lastCall![0] as MessagesState;
      expect(last.messages[0]!.report).toEqual({ state: 'failed', error: NO_ANSWER });
    }
  });

  it('a failed answer shows its reason even when the background kept no record of it', async () => {
    const { api } = fakeApi((request) =>
      request.type === 'markSafe' ? { ok: true, status: { state: 'failed', error: 'IT has not set where reports go.' } } : { ok: true, state: messagesState() },
    );
    const show = vi.fn();
    const controller = createController(api, show);
    await controller.start();
    await controller.actions.markSafe('msg-1');
    const last = show.mock.lastCall![0] as MessagesState;
    expect(last.messages[0]!.falsePositive).toEqual({ state: 'failed', error: 'IT has not set where reports go.' });
    expect(last.messages[0]!.markedSafe).toBe(false);
    expect(last.messages[0]!.report).toEqual({ state: 'none' });
  });

  it('does not overwrite what the background recorded with its own failure', async () => {
    const recorded: ReportStatus = { state: 'failed', error: 'The report address answered 503.' };
    const { api } = fakeApi((request) =>
      request.type === 'report' ? { ok: false, error: 'failed' } : { ok: true, state: messagesState({ messages: [message({ report: recorded })] }) },
    );
    const show = vi.fn();
    const controller = createController(api, show);
    await controller.start();
    await controller.actions.report('msg-1');
    expect((show.mock.lastCall![0] as MessagesState).messages[0]!.report).toEqual(recorded);
  });

  it('when the state cannot be re-read after a report, keeps the last one with the report status', async () => {
    let calls = 0;
    const queued: ReportStatus = { state: 'queued', at: 't', simulation: true, lastError: null };
    const { api } = fakeApi((request) => {
      if (request.type === 'report') return { ok: true, status: queued };
      calls++;
      if (calls > 1) throw new Error('worker stopped');
      return { ok: true, state: messagesState() };
    });
    const show = vi.fn();
    const controller = createController(api, show);
    await controller.start();
    await controller.actions.report('msg-1');
    const last = show.mock.lastCall![0] as MessagesState;
    expect(last.kind).toBe('messages');
    expect(last.messages[0]!.report).toEqual(queued);
  });

  it('never throws, even when drawing does', async () => {
    const { api } = fakeApi(() => ({ ok: true, state: messagesState() }));
    const controller = createController(api, () => {
      throw new Error('render failed');
    });
    await expect(controller.start()).resolves.toBeUndefined();
    await expect(controller.actions.report('msg-1')).resolves.toBeUndefined();
  });
});

describe('popup main.tsx: wired to the browser', () => {
  beforeEach(() => {
    vi.resetModules();
    browserMock.browser.tabs.query.mockReset();
    browserMock.browser.runtime.sendMessage.mockReset();
    document.body.innerHTML = '<div id="app"></div>';
  });

  afterEach(() => {
    const app = document.getElementById('app');
    if (app) render(null, app);
    document.body.innerHTML = '';
  });

  it('finds the active tab, asks for its state, and a click on Report sends one report then re-reads', async () => {
    let state: PopupState = messagesState();
    browserMock.browser.tabs.query.mockResolvedValue([{ id: 7, active: true }]);
    browserMock.browser.runtime.sendMessage.mockImplementation(async (request: Request) => {
      if (request.type === 'report') {
        state = messagesState({ messages: [message({ report: { state: 'sent', at: 't', simulation: false } })] });
        return { ok: true, status: { state: 'sent', at: 't', simulation: false } };
      }
      return { ok: true, state };
    });
    await act(async () => {
      await import('../../src/popup/main');
    });
    await vi.waitFor(() => expect(button(document.body, 'Report to IT')).toBeDefined());
    expect(browserMock.browser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    await click(button(document.body, 'Report to IT')!);
    await vi.waitFor(() => expect(text(document.querySelector('.notice--done'))).toBe('Reported to IT — thank you.'));
    expect(browserMock.browser.runtime.sendMessage.mock.calls.map((c): unknown => c[0])).toEqual([
      // The person's language choice, once, before anything is drawn (i18n).
      { type: 'getSettings' },
      { type: 'getTabState', tabId: 7 },
      { type: 'report', tabId: 7, key: 'msg-1' },
      { type: 'getTabState', tabId: 7 },
    ]);
    expect(button(document.body, 'Report to IT')).toBeUndefined();
  });

  it('shows unavailable when the background does not answer', async () => {
    browserMock.browser.tabs.query.mockResolvedValue([{ id: 7 }]);
    browserMock.browser.runtime.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await act(async () => {
      await import('../../src/popup/main');
    });
    await vi.waitFor(() => expect(text(document.querySelector('[role="status"]'))).toContain(TEXT.unavailable));
  });
});

// ---------------------------------------------------------------------------------------------
// The stylesheet: contrast and sizes

describe('popup.css', () => {
  const { css, light: lightPart, dark: darkPart } = pageStyles('popup/popup.css');

  // Every text colour with the background it is drawn on.
  const TEXT_PAIRS = [
    ['fg', 'bg'], ['muted', 'bg'], ['link', 'bg'], ['fg', 'raw-bg'],
    ['danger-fg', 'danger-bg'], ['caution-fg', 'caution-bg'], ['safe-fg', 'safe-bg'],
    ['primary-fg', 'primary-bg'], ['secondary-fg', 'secondary-bg'], ['disabled-fg', 'disabled-bg'],
    ['error-fg', 'error-bg'], ['done-fg', 'done-bg'],
  ] as const;
  // Icons, borders and the focus ring: 3:1 (WCAG 1.4.11).
  const NON_TEXT_PAIRS = [
    ['danger-edge', 'danger-bg'], ['caution-edge', 'caution-bg'], ['safe-edge', 'safe-bg'],
    ['danger-edge', 'bg'], ['caution-edge', 'bg'], ['safe-edge', 'bg'],
    ['icon-mark', 'danger-edge'], ['icon-mark', 'caution-edge'], ['icon-mark', 'safe-edge'],
    ['focus', 'bg'], ['line', 'bg'],
  ] as const;

  it.each([
    ['light', lightPart],
    ['dark', darkPart],
  ])('meets WCAG AA contrast in the %s scheme', (_scheme, part) => {
    const colours = colourVariables(part);
    for (const [fg, bg] of TEXT_PAIRS) {
      expect(colours[fg], fg).toBeDefined();
      expect(contrast(colours[fg]!, colours[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    for (const [fg, bg] of NON_TEXT_PAIRS) expect(contrast(colours[fg]!, colours[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it('sizes text in rem from a 15px base, shows focus, and wraps long addresses', () => {
    expect(css).toMatch(/html\s*{\s*font-size:\s*15px;/);
    const sizes = [...css.matchAll(/font(?:-size)?:\s*([^;]+);/g)].map((m) => m[1]!).filter((v) => /\d/.test(v) && !/^15px$/.test(v));
    for (const size of sizes) expect(size, size).not.toMatch(/\d(px|pt)\b/);
    expect(css).toMatch(/:focus-visible\s*{\s*outline:\s*3px solid/);
    expect(css).toMatch(/overflow-wrap:\s*anywhere/);
  });
});
