// @vitest-environment jsdom
// The Outlook on the web adapter on dated fixtures, field by field; then the same assertions with
// every class stripped except the few semantic ones the selectors name, to prove the hashed
// classes are never relied on. Then navigation/React-reuse mutations and broken markup.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MessageFacts } from '../../src/engine/types';
import { outlookAdapter } from '../../src/webmail/outlook/adapter';
import { OUTLOOK, OUTLOOK_SEMANTIC_CLASSES } from '../../src/webmail/outlook/selectors';
import type { OpenMessage } from '../../src/webmail/types';
import { fixtureHtml, loadFixture, visibleInFixture } from './fixture';

const MODES = [
  { mode: 'as captured', options: {} },
  { mode: 'only semantic classes kept', options: { keepClasses: OUTLOOK_SEMANTIC_CLASSES } },
];

const SAFE_LINK =
  'https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fcontoso-payments-secure.net%2Flogin%3Finv%3D4471&data=05%7C02%7Creader%40example.com%7C0a1b2c3d4e5f%7C72f988bf86f141af91ab2d7cd011db47%7C1%7C0%7C638722000000000000%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWV9%7C0%7C%7C%7C&sdata=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D&reserved=0';

describe.each(MODES)('Outlook adapter ($mode)', ({ options }) => {
  const load = (path: string) => loadFixture(`outlook/${path}`, options);
  const open = (path: string) => outlookAdapter.findOpenMessages(load(path), visibleInFixture);
  const only = (path: string): { message: OpenMessage; facts: MessageFacts } => {
    const messages = open(path);
    expect(messages).toHaveLength(1);
    return { message: messages[0]!, facts: outlookAdapter.extract(messages[0]!) };
  };

  describe('conversation: collapsed, stale and draft items, quoted history, decoys in the body', () => {
    const messages = open('reading-pane-conversation.html');

    it('finds only the expanded, visible, received message (not the collapsed, stale, draft or list-row ones)', () => {
      expect(messages.map((m) => m.key)).toEqual(['AAkALgAAAAAA']);
      expect(messages[0]!.container.getAttribute('aria-label')).toBe('Email message');
      expect(messages[0]!.body.id).toBe('UniqueMessageBody_2');
    });

    const facts = outlookAdapter.extract(messages[0]!);

    it('reads sender, recipients, subject and date from this message and its pane only', () => {
      expect(facts.source).toBe('outlook');
      expect(facts.id).toBe('AAkALgAAAAAA');
      expect(facts.from).toEqual({ name: 'Contoso Billing', address: 'billing@contoso-payments.com' });
      expect(facts.to).toEqual([{ name: 'Reader Example', address: '' }]);
      expect(facts.cc).toEqual([{ name: 'Finance Team', address: '' }]);
      expect(facts.subject).toBe('Action required: invoice #4471 overdue');
      expect(facts.date).toBe('Mon 1/13/2025 9:41 AM');
      expect(facts.replyTo).toBeUndefined();
      expect(facts.missing).toEqual([]);
    });

    it('keeps the visible body text, including the tip and banners Exchange put in the body, without quoted history', () => {
      expect(facts.text).toContain("You don't often get email from billing@contoso-payments.com. Learn why this is important");
      expect(facts.text).toContain('CAUTION: This email originated from outside of the organization.');
      expect(facts.text).toContain('Dear customer, invoice 4471 is overdue. Pay today:');
      expect(facts.text).toContain('This message has been scanned and verified by Microsoft Defender.');
      expect(facts.text).not.toContain('hidden preheader');
      expect(facts.text).not.toContain('Sent: Friday, January 10, 2025');
      expect(facts.text).not.toContain('the portal');
      expect(facts.text).not.toContain('Reminder: invoice 4471 is due on Monday');
      expect(facts.text).not.toContain('Stale body text');
      expect(facts.text).not.toContain('[Draft]');
      expect(facts.text).not.toContain('Weekly digest');
    });

    it('lists the links as written, drops the first-contact tip link, and marks everything after the reply header as quoted', () => {
      expect(facts.links).toEqual([
        { href: SAFE_LINK, text: 'https://portal.contoso.com/invoices/4471' },
        { href: 'https://contoso-payments-secure.net/help', text: 'contoso-payments-secure.net/help' },
        { href: 'mailto:ap@contoso.com', text: 'ap@contoso.com', inQuote: true },
        { href: 'https://portal.contoso.com/invoices/4471', text: 'the portal', inQuote: true },
      ]);
    });

    it('reads the attachment well: name without the size, and the size', () => {
      expect(facts.attachments).toEqual([{ name: 'Invoice_4471.pdf', size: 245 * 1024 }]);
    });

    it("reports Outlook's own warning from outside the body, never the body's fake banners and alerts", () => {
      expect(facts.providerNotices).toEqual(["We can't verify that this email came from the sender"]);
    });
  });

  describe('deeplink / pop-out single item (no role=main, body variant A, junk)', () => {
    const { message, facts } = only('deeplink-single-item.html');

    it('finds the message through its MSG_…_FROM header', () => {
      expect(message.key).toBe('AAMkAGI2');
      expect(message.body.id).toBe('UniqueMessageBody_1');
      expect(message.container.contains(message.body)).toBe(true);
      expect(message.container.id).not.toBe('ItemReadingPaneContainer');
    });

    it('reads every field', () => {
      expect(facts.id).toBe('AAMkAGI2');
      expect(facts.from).toEqual({ name: 'Microsoft 365 Security', address: 'no-reply@m365-security-alerts.example' });
      expect(facts.to).toEqual([{ name: 'Front Desk', address: 'frontdesk@valleyclinic.org' }]);
      expect(facts.cc).toEqual([]);
      expect(facts.subject).toBe('Your mailbox password expires today');
      expect(facts.date).toBe('Wed 11/25/2026 6:02 AM');
      expect(facts.text).toBe('Your Microsoft 365 password expires today. Keep your current password:\nKeep current password\nUnsubscribe');
      expect(facts.missing).toEqual([]);
    });

    it('takes originalsrc when the href was removed', () => {
      expect(facts.links).toEqual([
        { href: 'https://m365-security-alerts.example/keep?u=frontdesk', text: 'Keep current password' },
        { href: 'https://m365-security-alerts.example/unsubscribe', text: 'Unsubscribe' },
      ]);
    });

    it('keeps file buttons and drops the "Download all" button', () => {
      expect(facts.attachments).toEqual([{ name: 'Voicemail_0114.htm', size: 12 * 1024 }]);
    });

    it('reports the safety tip in the message and the junk bar at the top of the pane', () => {
      expect(facts.providerNotices).toEqual(['The sender failed our fraud detection checks', 'This message was identified as junk']);
    });
  });

  describe('external sender with Safe Links', () => {
    const { message, facts } = only('external-sender-safelinks.html');

    it('reads sender, recipients with addresses, subject and date', () => {
      expect(message.key).toBe('AAkNorthwind01');
      expect(facts.from).toEqual({ name: 'Northwind Lab Services', address: 'results@northwindlabs.com' });
      expect(facts.to).toEqual([{ name: 'Front Desk', address: 'frontdesk@valleyclinic.org' }]);
      expect(facts.cc).toEqual([
        { name: 'Dr. Maria Lopez', address: 'mlopez@valleyclinic.org' },
        { name: 'Lab Coordinator', address: 'lab@valleyclinic.org' },
      ]);
      expect(facts.subject).toBe('Lab results ready: 3 new reports for Valley Clinic');
      expect(facts.date).toBe('Thu 11/26/2026 7:30 AM');
      expect(facts.missing).toEqual([]);
    });

    it('keeps Safe Links hrefs as written, drops the wrapped first-contact tip link, marks the blockquote link quoted', () => {
      expect(facts.links).toEqual([
        {
          href: 'https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fportal.northwindlabs.com%2Freports%3Fclinic%3D2231&data=05%7C02%7Cfrontdesk%40valleyclinic.org%7C&sdata=CCCC%3D&reserved=0',
          text: 'View reports',
        },
        {
          href: 'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fportal.northwindlabs.com%2F&data=05%7C02%7C&sdata=DDDD%3D&reserved=0',
          text: 'https://portal.northwindlabs.com/',
        },
        { href: 'mailto:support@northwindlabs.com', text: 'support@northwindlabs.com' },
        {
          href: 'https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.northwindlabs.com%2F&data=05%7C02%7C&sdata=EEEE%3D&reserved=0',
          text: 'Northwind Lab Services',
        },
        { href: 'https://portal.northwindlabs.com/reports/2026-10', text: 'October reports', inQuote: true },
      ]);
    });

    it('keeps the body text without the blockquote', () => {
      expect(facts.text).toContain('Three new lab reports are ready in the Northwind provider portal:');
      expect(facts.text).toContain("You don't often get email from results@northwindlabs.com.");
      expect(facts.text).not.toContain('October reports');
    });

    it('reads two attachments and the "External" tag', () => {
      expect(facts.attachments).toEqual([
        { name: 'Results_Summary.pdf', size: Math.round(1.2 * 1024 * 1024) },
        { name: 'Order form.docx', size: 38 * 1024 },
      ]);
      expect(facts.providerNotices).toEqual(['External sender']);
    });
  });

  describe('internal sender shown by name only', () => {
    const { facts } = only('internal-sender-name-only.html');

    it('reads the name and says the address is missing', () => {
      expect(facts.id).toBe('AAkInternal02');
      expect(facts.from).toEqual({ name: 'Maria Lopez', address: '' });
      expect(facts.missing).toEqual(['from.address']);
      expect(facts.to).toEqual([
        { name: 'Front Desk', address: '' },
        { name: 'Scheduling', address: '' },
      ]);
      expect(facts.cc).toEqual([]);
      expect(facts.subject).toBe('RE: Holiday rota for December');
      expect(facts.date).toBe('Thu 11/26/2026 4:15 PM');
      expect(facts.attachments).toEqual([]);
      expect(facts.providerNotices).toEqual([]);
    });

    it('cuts the text at the unprefixed reply header and marks the later link quoted', () => {
      expect(facts.text).toBe('Hi both, the updated December rota is on the intranet: December rota. Please swap shifts there, not by email.\nMaria');
      expect(facts.links).toEqual([
        { href: 'https://intranet.valleyclinic.org/rota/2026-12', text: 'December rota' },
        { href: 'https://intranet.valleyclinic.org/rota/2026-11', text: 'November rota', inQuote: true },
      ]);
    });
  });

  describe('German labels, no MSG_…_FROM id', () => {
    const { message, facts } = only('german-labels.html');

    it('finds the message through the localized labels and keys it by its body id', () => {
      expect(message.key).toBe('UniqueMessageBody_5');
      expect(message.container.getAttribute('aria-label')).toBe('E-Mail-Nachricht');
    });

    it('reads every field through "Von:", "An:", "Cc:" and "Anlagen"', () => {
      expect(facts.id).toBe('UniqueMessageBody_5');
      expect(facts.from).toEqual({ name: 'Praxis Sonnenberg Abrechnung', address: 'abrechnung@praxis-sonnenberg.example' });
      expect(facts.to).toEqual([{ name: 'Empfang', address: '' }]);
      expect(facts.cc).toEqual([{ name: 'Dr. Weber', address: '' }]);
      expect(facts.subject).toBe('Offene Rechnung November 2026');
      expect(facts.date).toBe('Do 26.11.2026 10:12');
      expect(facts.attachments).toEqual([{ name: 'Rechnung_2026-11.pdf', size: Math.round(1.2 * 1024 * 1024) }]);
      expect(facts.missing).toEqual([]);
    });

    it('cuts quoted history at the append-on-send marker and reads the German warning', () => {
      expect(facts.text).toBe('Sehr geehrte Damen und Herren, die Rechnung für November ist noch offen. Bitte zahlen Sie hier:\nRechnung bezahlen');
      expect(facts.links).toEqual([
        { href: 'https://praxis-sonnenberg-zahlung.example/rechnung/2026-11', text: 'Rechnung bezahlen' },
        { href: 'https://praxis-sonnenberg.example/kontakt', text: 'Kontakt', inQuote: true },
      ]);
      expect(facts.providerNotices).toEqual(["We can't verify that this email came from the sender"]);
    });
  });

  describe('"via" and "on behalf of" in a conversation of two expanded messages', () => {
    const messages = open('via-on-behalf.html');
    const [via, behalf] = messages.map((m) => outlookAdapter.extract(m));

    it('returns both messages in document order, each with its own container', () => {
      expect(messages.map((m) => m.key)).toEqual(['AAkViaMsg1', 'AAkBehalf2']);
      expect(messages[0]!.container.contains(messages[1]!.body)).toBe(false);
      expect(messages[1]!.container.getAttribute('aria-expanded')).toBe('true');
    });

    it('reports "via <domain>" and keeps the From address', () => {
      expect(via!.from).toEqual({ name: 'Valley Clinic News', address: 'news@valleyclinic.org' });
      expect(via!.providerNotices).toEqual(['Sent via mailer.esp-example.net']);
      expect(via!.date).toBe('Mon 11/23/2026 8:00 AM');
      expect(via!.links).toEqual([{ href: 'https://billing.valleyclinic.org/statements', text: 'View statement' }]);
      expect(via!.missing).toEqual([]);
    });

    it('reads the From of "<Sender> on behalf of <From>" and reports both', () => {
      expect(behalf!.from).toEqual({ name: 'Valley Clinic Billing', address: 'billing@valleyclinic.org' });
      expect(behalf!.providerNotices).toEqual(['Sent by Billing Service <noreply@billing-portal.example> on behalf of Valley Clinic Billing <billing@valleyclinic.org>']);
      expect(behalf!.to).toEqual([{ name: 'Front Desk', address: '' }]);
      expect(behalf!.subject).toBe('Your December statement from Valley Clinic');
      expect(behalf!.date).toBe('Tue 11/24/2026 9:15 AM');
      expect(behalf!.text).toBe('Reminder: your December statement is due. Pay now');
      expect(behalf!.missing).toEqual([]);
    });
  });
});

describe('Outlook selectors', () => {
  it('name exactly the semantic classes kept in the class-stripped run', () => {
    const named = new Set(Object.values(OUTLOOK).flat().flatMap((s) => [...s.matchAll(/\.([A-Za-z_][\w-]*)/g)].map((m) => m[1]!)));
    expect([...named].sort()).toEqual([...OUTLOOK_SEMANTIC_CLASSES].sort());
  });

  it("never use Outlook's hashed classes", () => {
    const text = Object.values(OUTLOOK).flat().join(' ');
    for (const hashed of ['OZZZK', 'JdFsz', 'XbIp4', 'BIZfh', 'aVla3', 'GjFKx', 'NNlvm', 'uSg02', 'jmmB7', 'GNqVo', 'customScrollBar']) {
      expect(text).not.toContain(hashed);
    }
  });
});

describe('Outlook adapter: views, navigation and broken markup', () => {
  it('is active on mail views only', () => {
    const at = (pathname: string) => outlookAdapter.isMailView({ pathname, search: '', hash: '' });
    expect(at('/mail/inbox/id/AAQkADAw')).toBe(true);
    expect(at('/mail/0/inbox/id/AAQkADAw')).toBe(true);
    expect(at('/mail/deeplink/read/AAMkAGI2')).toBe(true);
    expect(at('/mail/')).toBe(true);
    expect(at('/mail')).toBe(true);
    expect(at('/calendar/view/month')).toBe(false);
    expect(at('/people/')).toBe(false);
    expect(at('/')).toBe(false);
  });

  it('finds a collapsed message once it is expanded', () => {
    const doc = loadFixture('outlook/reading-pane-conversation.html');
    const item = doc.getElementById('UniqueMessageBody_1')!.closest('[aria-expanded]')!;
    item.setAttribute('aria-expanded', 'true');
    const messages = outlookAdapter.findOpenMessages(doc, visibleInFixture);
    expect(messages.map((m) => m.key)).toEqual(['UniqueMessageBody_1', 'AAkALgAAAAAA']);
    const facts = outlookAdapter.extract(messages[0]!);
    expect(facts.date).toBe('Fri 1/10/2025 8:00 AM');
    expect(facts.text).toBe('Reminder: invoice 4471 is due on Monday. Open');
    expect(facts.missing).toEqual(['from', 'to']);
    expect(facts.providerNotices).toEqual(['The sender failed our fraud detection checks', 'External sender']);
  });

  it("never gives one message a collapsed message's warnings or tags, even when the collapsed one has no body", () => {
    const doc = loadFixture('outlook/reading-pane-conversation.html');
    doc.getElementById('UniqueMessageBody_1')!.parentElement!.remove();
    const messages = outlookAdapter.findOpenMessages(doc, visibleInFixture);
    expect(messages.map((m) => m.key)).toEqual(['AAkALgAAAAAA']);
    const facts = outlookAdapter.extract(messages[0]!);
    expect(facts.providerNotices).toEqual(["We can't verify that this email came from the sender"]);
    expect(facts.date).toBe('Mon 1/13/2025 9:41 AM');
  });

  it('reads a warning bar shown above the conversation, outside every message', () => {
    const doc = loadFixture('outlook/internal-sender-name-only.html');
    doc.getElementById('CONV_AAQkAGInternal_SUBJECT')!.insertAdjacentHTML('afterend', '<div role="status">This message was identified as junk.</div> <span>External</span>');
    const [message] = outlookAdapter.findOpenMessages(doc, visibleInFixture);
    expect(outlookAdapter.extract(message!).providerNotices).toEqual(['This message was identified as junk', 'External sender']);
  });

  it('reads the new message when React reuses the same elements for another one', () => {
    const doc = loadFixture('outlook/external-sender-safelinks.html');
    const [message] = outlookAdapter.findOpenMessages(doc, visibleInFixture);
    expect(outlookAdapter.extract(message!).from.address).toBe('results@northwindlabs.com');

    // Same container and body elements, new content, as after an in-app navigation.
    doc.getElementById('MSG_AAkNorthwind01_FROM')!.id = 'MSG_AAkNextMsg02_FROM';
    const sender = doc.querySelector('[aria-label^="From:"]')!;
    sender.setAttribute('aria-label', 'From: Valley Clinic IT <it@valleyclinic.org>');
    sender.textContent = 'Valley Clinic IT <it@valleyclinic.org>';
    const subject = doc.getElementById('CONV_AAQkAGNorthwind_SUBJECT')!;
    subject.setAttribute('title', 'Password change tonight');
    subject.textContent = 'Password change tonight';
    doc.querySelector('[data-testid="SentReceivedSavedTime"]')!.setAttribute('title', 'Fri 11/27/2026 8:00 AM');
    doc.querySelector('[aria-label="Attachments"]')!.remove();
    message!.body.innerHTML = '<div class="rps_1"><p>Systems restart at 10 pm. <a href="https://intranet.valleyclinic.org/it">IT page</a></p></div>';

    const [again] = outlookAdapter.findOpenMessages(doc, visibleInFixture);
    expect(again!.body).toBe(message!.body);
    expect(again!.key).toBe('AAkNextMsg02');
    const facts = outlookAdapter.extract(again!);
    expect(facts.id).toBe('AAkNextMsg02');
    expect(facts.from).toEqual({ name: 'Valley Clinic IT', address: 'it@valleyclinic.org' });
    expect(facts.subject).toBe('Password change tonight');
    expect(facts.date).toBe('Fri 11/27/2026 8:00 AM');
    expect(facts.text).toBe('Systems restart at 10 pm. IT page');
    expect(facts.links).toEqual([{ href: 'https://intranet.valleyclinic.org/it', text: 'IT page' }]);
    expect(facts.attachments).toEqual([]);
  });

  it('reads Spanish labels through the locale table', () => {
    const doc = loadFixture('outlook/reading-pane-conversation.html');
    const relabel = (selector: string, label: string) => doc.querySelectorAll(selector).forEach((el) => el.setAttribute('aria-label', label));
    relabel('[aria-label="Email message"]', 'Mensaje de correo electrónico');
    relabel('[aria-label^="From: Contoso Billing"]', 'De: Contoso Billing <billing@contoso-payments.com>');
    relabel('[aria-label^="To:"]', 'Para: Reader Example');
    relabel('[aria-label^="Cc:"]', 'CC: Finance Team');
    relabel('[aria-label="Attachments"]', 'Datos adjuntos');
    doc.getElementById('MSG_AAkALgAAAAAA_FROM')!.removeAttribute('id');
    doc.querySelector('[role="alert"][data-fixture]')!.textContent = 'No podemos comprobar que este correo electrónico procede del remitente.';
    const messages = outlookAdapter.findOpenMessages(doc, visibleInFixture);
    expect(messages.map((m) => m.key)).toEqual(['UniqueMessageBody_2']);
    expect(messages[0]!.container.getAttribute('aria-label')).toBe('Mensaje de correo electrónico');
    const facts = outlookAdapter.extract(messages[0]!);
    expect(facts.from).toEqual({ name: 'Contoso Billing', address: 'billing@contoso-payments.com' });
    expect(facts.to).toEqual([{ name: 'Reader Example', address: '' }]);
    expect(facts.cc).toEqual([{ name: 'Finance Team', address: '' }]);
    expect(facts.attachments).toEqual([{ name: 'Invoice_4471.pdf', size: 245 * 1024 }]);
    expect(facts.providerNotices).toEqual(["We can't verify that this email came from the sender"]);
    expect(facts.missing).toEqual([]);
  });

  it('reads recipients from the well label when there are no pills', () => {
    const doc = loadFixture('outlook/internal-sender-name-only.html');
    const well = doc.querySelector('[data-testid="RecipientWell"]')!;
    well.textContent = 'To: Front Desk; Scheduling';
    const [message] = outlookAdapter.findOpenMessages(doc, visibleInFixture);
    expect(outlookAdapter.extract(message!).to).toEqual([
      { name: 'Front Desk', address: '' },
      { name: 'Scheduling', address: '' },
    ]);
  });

  it('falls back to the other pane anchors when the pane ids are gone', () => {
    const doc = loadFixture('outlook/reading-pane-conversation.html');
    for (const id of ['ConversationReadingPaneContainer', 'ReadingPaneContainerId']) doc.getElementById(id)!.removeAttribute('id');
    doc.querySelector('[data-app-section="ConversationContainer"]')!.removeAttribute('data-app-section');
    const messages = outlookAdapter.findOpenMessages(doc, visibleInFixture);
    expect(messages.map((m) => m.key)).toEqual(['AAkALgAAAAAA']);
    const facts = outlookAdapter.extract(messages[0]!);
    expect(facts.subject).toBe('Action required: invoice #4471 overdue');
    expect(facts.from.address).toBe('billing@contoso-payments.com');
  });

  it('finds a body without its id through role and label, keyed by position', () => {
    const doc = loadFixture('outlook/internal-sender-name-only.html');
    doc.getElementById('UniqueMessageBody_6')!.removeAttribute('id');
    doc.getElementById('MSG_AAkInternal02_FROM')!.removeAttribute('id');
    const [message] = outlookAdapter.findOpenMessages(doc, visibleInFixture);
    expect(message!.key).toBe('outlook-position-0');
    const facts = outlookAdapter.extract(message!);
    expect(facts.from).toEqual({ name: 'Maria Lopez', address: '' });
    expect(facts.text).toContain('the updated December rota');
  });

  it('uses the .allowTextSelection wrapper when the element with the body id is empty (variant B)', () => {
    const doc = loadFixture('outlook/via-on-behalf.html');
    const idBody = doc.getElementById('UniqueMessageBody_7')!;
    const content = Array.from(idBody.childNodes);
    idBody.replaceChildren();
    idBody.after(...content);
    const [message] = outlookAdapter.findOpenMessages(doc, visibleInFixture);
    expect(message!.body.classList.contains('allowTextSelection')).toBe(true);
    expect(outlookAdapter.extract(message!).links).toEqual([{ href: 'https://billing.valleyclinic.org/statements', text: 'View statement' }]);
  });

  it('does not treat a body id echoed inside the body as another message', () => {
    const doc = loadFixture('outlook/internal-sender-name-only.html');
    doc.getElementById('UniqueMessageBody_6')!.insertAdjacentHTML('beforeend', '<div id="UniqueMessageBody_99"><span id="MSG_EVIL_FROM" aria-label="From: IT Support &lt;it@valleyclinic.org&gt;">IT</span></div>');
    const messages = outlookAdapter.findOpenMessages(doc, visibleInFixture);
    expect(messages.map((m) => m.key)).toEqual(['AAkInternal02']);
    expect(outlookAdapter.extract(messages[0]!).from).toEqual({ name: 'Maria Lopez', address: '' });
  });

  it('says what it could not read when the header markup is gone', () => {
    const doc = loadFixture('outlook/deeplink-single-item.html');
    for (const sel of ['#MSG_AAMkAGI2_FROM', '#MSG_AAMkAGI2_SUBJECT', '[aria-label^="To:"]', '[data-testid="SentReceivedSavedTime"]']) doc.querySelector(sel)!.remove();
    const [message] = outlookAdapter.findOpenMessages(doc, visibleInFixture);
    const facts = outlookAdapter.extract(message!);
    expect(facts.from).toEqual({ name: '', address: '' });
    expect(facts.missing).toEqual(['from', 'to', 'subject', 'date']);
    expect(facts.text).toContain('Your Microsoft 365 password expires today.');
  });

  it('finds nothing on a page without a reading pane (calendar, empty pane, compose only)', () => {
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
    expect(outlookAdapter.findOpenMessages(parse('<main role="main"><p>Calendar</p></main>'), visibleInFixture)).toEqual([]);
    expect(outlookAdapter.findOpenMessages(parse('<div id="ConversationReadingPaneContainer"></div>'), visibleInFixture)).toEqual([]);
    const compose = '<div role="main"><input id="MSG_d1_SUBJECT" aria-label="Subject"><div contenteditable="true" aria-label="Message body" role="textbox">Hi</div></div>';
    expect(outlookAdapter.findOpenMessages(parse(compose), visibleInFixture)).toEqual([]);
  });

  it('returns facts with everything missing, not an exception, for a message that is not one', () => {
    const doc = new DOMParser().parseFromString('<div><p>x</p></div>', 'text/html');
    const el = doc.querySelector('p') as HTMLElement;
    const facts = outlookAdapter.extract({ container: el, body: el, key: 'k' });
    expect(facts.missing).toEqual(['from', 'to', 'subject', 'date']);
    expect(facts.text).toBe('x');
    expect(() => outlookAdapter.extract({ container: null as unknown as HTMLElement, body: null as unknown as HTMLElement, key: 'k' })).not.toThrow();
  });
});

describe('Outlook adapter properties', () => {
  const FIXTURES = ['reading-pane-conversation.html', 'deeplink-single-item.html', 'external-sender-safelinks.html', 'internal-sender-name-only.html', 'german-labels.html', 'via-on-behalf.html'];
  const ATTRIBUTES = ['id', 'aria-label', 'aria-expanded', 'role', 'title', 'href', 'originalsrc', 'data-testid', 'data-app-section', 'class', 'style', 'contenteditable'];
  const damage = fc.array(
    fc.record({
      kind: fc.constantFrom('remove-node', 'remove-attribute', 'garble-attribute', 'unwrap-node'),
      at: fc.nat(),
      attribute: fc.constantFrom(...ATTRIBUTES),
      value: fc.oneof(fc.string(), fc.constantFrom('From:', 'MSG__FROM', 'UniqueMessageBody', '<>', 'false', 'true', 'javascript:x', '%')),
    }),
    { maxLength: 25 },
  );

  it('never throws on randomly damaged fixtures', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), damage, (path, edits) => {
        const doc = new DOMParser().parseFromString(fixtureHtml(`outlook/${path}`), 'text/html');
        for (const edit of edits) {
          const elements = Array.from(doc.body.querySelectorAll('*'));
          if (elements.length === 0) break;
          const el = elements[edit.at % elements.length]!;
          if (edit.kind === 'remove-node') el.remove();
          else if (edit.kind === 'remove-attribute') el.removeAttribute(edit.attribute);
          else if (edit.kind === 'garble-attribute') el.setAttribute(edit.attribute, edit.value);
          else el.replaceWith(...Array.from(el.childNodes));
        }
        const messages = outlookAdapter.findOpenMessages(doc, visibleInFixture);
        for (const m of messages) {
          const facts = outlookAdapter.extract(m);
          expect(facts.source).toBe('outlook');
          expect(Array.isArray(facts.missing)).toBe(true);
        }
        // Any pair of elements handed over as a message must not throw either.
        const elements = Array.from(doc.querySelectorAll<HTMLElement>('*'));
        const pick = (n: number) => elements[n % elements.length]!;
        const facts = outlookAdapter.extract({ container: pick(edits.length * 7), body: pick(edits.length * 13 + 1), key: 'x' });
        expect(typeof facts.text).toBe('string');
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
