// @vitest-environment jsdom
// The Gmail adapter on dated fixtures, field by field; then the same assertions with every class
// stripped except those the selectors name, to prove nothing else is relied on.
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../src/webmail/gmail/adapter';
import { GMAIL } from '../../src/webmail/gmail/selectors';
import { loadFixture, visibleInFixture } from './fixture';

/** Every class name written in the Gmail selector table. */
const SELECTOR_CLASSES = [...new Set(Object.values(GMAIL).flat().flatMap((s) => [...s.matchAll(/\.([A-Za-z0-9_-]+)/g)].map((m) => m[1]!)).concat(GMAIL.collapsedClasses))];

const MODES = [
  { mode: 'as captured', options: {} },
  { mode: 'only selector classes kept', options: { keepClasses: SELECTOR_CLASSES } },
];

describe.each(MODES)('Gmail adapter ($mode)', ({ options }) => {
  const open = (path: string) => {
    const doc = loadFixture(`gmail/${path}`, options);
    return gmailAdapter.findOpenMessages(doc, visibleInFixture);
  };

  describe('conversation with a collapsed message, a stale hidden view and quoted history', () => {
    const messages = open('conversation-phish.html');

    it('finds only the expanded, visible message', () => {
      expect(messages.map((m) => m.key)).toEqual(['msg-f:1840959905192440240']);
      expect(messages[0]!.container.getAttribute('data-message-id')).toBe('#msg-f:1840959905192440240');
      expect(messages[0]!.body.classList.contains('a3s') || messages[0]!.body.id === ':1wn').toBe(true);
    });

    const facts = gmailAdapter.extract(messages[0]!);

    it('reads sender, recipients, subject and date from this message only', () => {
      expect(facts.source).toBe('gmail');
      expect(facts.id).toBe('msg-f:1840959905192440240');
      expect(facts.from).toEqual({ name: 'MyChart Support', address: 'support@mychart-patientportal.com' });
      expect(facts.to).toEqual([
        { name: '', address: 'frontdesk@riversidefamilymed.org' },
        { name: 'Billing', address: 'billing@riversidefamilymed.org' },
      ]);
      expect(facts.cc).toEqual([]);
      expect(facts.subject).toBe('Action required: your patient portal password expires today');
      expect(facts.date).toBe('Fri, Nov 27, 2026, 9:41 AM');
      expect(facts.replyTo).toBeUndefined();
      expect(facts.missing).toEqual([]);
    });

    it('keeps the visible body text and leaves out quoted history and hidden text', () => {
      expect(facts.text).toContain('your MyChart password expires today');
      expect(facts.text).toContain('Verified sender');
      expect(facts.text).not.toContain('Reminder: see');
      expect(facts.text).not.toContain('hidden preheader');
      expect(facts.text).not.toContain('Thanks, our site');
    });

    it('lists every link with its href as written, its text, and whether it is quoted', () => {
      expect(facts.links).toEqual([
        { href: 'https://mychart-patientportal.com/login?u=frontdesk', text: 'https://mychart.riversidefamilymed.org/login' },
        { href: 'mailto:support@mychart-patientportal.com', text: 'support@mychart-patientportal.com' },
        { href: 'mailto:it@riversidefamilymed.org', text: 'it@riversidefamilymed.org', inQuote: true },
        { href: 'https://riversidefamilymed.org/it/passwords', text: 'the password page', inQuote: true },
      ]);
    });

    it('reads the attachment card: name, type and size', () => {
      expect(facts.attachments).toEqual([{ name: 'Password_Reset_Form.html', mimeType: 'text/html', size: 12 * 1024 }]);
    });

    it("reports Gmail's own warning from outside the body, never the body's fake banner", () => {
      expect(facts.providerNotices).toEqual(['Be careful with this message']);
    });
  });

  it('reads a single genuine message with nothing missing', () => {
    const [message] = open('single-message-genuine.html');
    const facts = gmailAdapter.extract(message!);
    expect(facts.from).toEqual({ name: 'Quest Diagnostics', address: 'results@questdiagnostics.com' });
    expect(facts.subject).toBe('Your lab results are ready: 3 new reports');
    expect(facts.links.map((l) => l.href)).toEqual(['https://www.questdiagnostics.com/healthcare-professionals/quanum', 'https://www.questdiagnostics.com/contact']);
    expect(facts.attachments).toEqual([]);
    expect(facts.providerNotices).toEqual([]);
    expect(facts.missing).toEqual([]);
  });

  it('reports a sender shown "via" another domain as a notice', () => {
    const [message] = open('via-sender.html');
    const facts = gmailAdapter.extract(message!);
    expect(facts.from.address).toBe('reminders@riversidefamilymed.org');
    expect(facts.providerNotices).toEqual(['Sent via sendgrid.net']);
    expect(facts.to.map((a) => a.address)).toEqual(['frontdesk@riversidefamilymed.org', 'scheduling@riversidefamilymed.org']);
  });
});

describe('Gmail adapter: views and broken markup', () => {
  it('is active on mail views only', () => {
    const at = (pathname: string, search = '', hash = '') => gmailAdapter.isMailView({ pathname, search, hash });
    expect(at('/mail/u/0/', '', '#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN')).toBe(true);
    expect(at('/mail/u/1/', '?view=om&permmsgid=msg-f:1')).toBe(false);
    expect(at('/mail/u/0/', '?view=pt&search=all')).toBe(false);
    expect(at('/chat/u/0/')).toBe(false);
  });

  it('finds a message expanded after the page loaded, once its body is inserted', () => {
    const doc = loadFixture('gmail/conversation-phish.html');
    const collapsed = doc.querySelector('[data-message-id="#msg-f:1840959905192440233"]')!;
    const item = collapsed.closest('[role="listitem"]')!;
    item.className = 'h7 ie nH';
    item.setAttribute('aria-expanded', 'true');
    // Expanded but the body has not arrived yet: not open.
    expect(gmailAdapter.findOpenMessages(doc, visibleInFixture)).toHaveLength(1);
    const body = doc.createElement('div');
    body.className = 'ii gt';
    body.innerHTML = '<div class="a3s aiL">Reminder: portal passwords are changing next week.</div>';
    collapsed.querySelector('.gs')!.append(body);
    const keys = gmailAdapter.findOpenMessages(doc, visibleInFixture).map((m) => m.key);
    expect(keys).toEqual(['msg-f:1840959905192440233', 'msg-f:1840959905192440240']);
  });

  it('says what it could not read when the header markup is gone', () => {
    const doc = loadFixture('gmail/single-message-genuine.html');
    doc.querySelector('.gE')!.remove();
    doc.querySelector('h2.hP')!.remove();
    const [message] = gmailAdapter.findOpenMessages(doc, visibleInFixture);
    const facts = gmailAdapter.extract(message!);
    expect(facts.from).toEqual({ name: '', address: '' });
    expect(facts.missing).toEqual(['from', 'to', 'subject', 'date']);
    expect(facts.text).toContain('Three new lab reports');
  });

  it('finds nothing on a page without Gmail markup', () => {
    const doc = new DOMParser().parseFromString('<main role="main"><p>Hello</p></main>', 'text/html');
    expect(gmailAdapter.findOpenMessages(doc, visibleInFixture)).toEqual([]);
  });
});
