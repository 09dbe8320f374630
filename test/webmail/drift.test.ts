// @vitest-environment jsdom
// Each adapter's drift check: it speaks only when the address names an open message that cannot
// be found, names the part that stopped matching, and stays quiet on lists, on collapsed
// messages and on intact pages.
import { describe, expect, it } from 'vitest';
import { gmailAdapter, namesConversation } from '../../src/webmail/gmail/adapter';
import { outlookAdapter } from '../../src/webmail/outlook/adapter';
import { loadFixture, visibleInFixture } from './fixture';

const at = (pathname: string, hash = '') => ({ pathname, search: '', hash });
const GMAIL_OPEN = at('/mail/u/0/', '#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN');
const OUTLOOK_OPEN = at('/mail/inbox/id/AAQkAGNorthwindLabResults0001%3D');

describe('Gmail drift', () => {
  it('knows a conversation address from a list or a search', () => {
    expect(namesConversation('#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN')).toBe(true);
    expect(namesConversation('#label/Billing/198c6747aabb71a9')).toBe(true);
    expect(namesConversation('#inbox')).toBe(false);
    expect(namesConversation('#label/Billing')).toBe(false);
    expect(namesConversation('#search/paymentsreceivedlastyear')).toBe(false);
  });

  it('is quiet on an intact page, on a list, and when every message is collapsed', () => {
    const doc = loadFixture('gmail/single-message-genuine.html');
    expect(gmailAdapter.drift!(doc, GMAIL_OPEN, visibleInFixture)).toEqual([]);
    doc.querySelector('[data-message-id]')!.remove();
    expect(gmailAdapter.drift!(doc, at('/mail/u/0/', '#inbox'), visibleInFixture)).toEqual([]);
    const collapsed = loadFixture('gmail/single-message-genuine.html');
    for (const item of Array.from(collapsed.querySelectorAll('[role="listitem"]'))) item.setAttribute('aria-expanded', 'false');
    expect(gmailAdapter.drift!(collapsed, GMAIL_OPEN, visibleInFixture)).toEqual([]);
  });

  it('names the message when no container matches, the body when the container has none', () => {
    const doc = loadFixture('gmail/single-message-genuine.html');
    for (const el of Array.from(doc.querySelectorAll('.a3s, .ii'))) el.removeAttribute('class');
    expect(gmailAdapter.drift!(doc, GMAIL_OPEN, visibleInFixture)).toEqual(['body']);
    for (const el of Array.from(doc.querySelectorAll('[data-message-id]'))) {
      el.removeAttribute('data-message-id');
      el.removeAttribute('class');
    }
    expect(gmailAdapter.drift!(doc, GMAIL_OPEN, visibleInFixture)).toEqual(['message']);
  });
});

describe('Outlook drift', () => {
  it('is quiet on an intact page and on an address that names no item', () => {
    const doc = loadFixture('outlook/external-sender-safelinks.html');
    expect(outlookAdapter.drift!(doc, OUTLOOK_OPEN, visibleInFixture)).toEqual([]);
    doc.getElementById('UniqueMessageBody_4')!.remove();
    expect(outlookAdapter.drift!(doc, at('/mail/inbox'), visibleInFixture)).toEqual([]);
    expect(outlookAdapter.drift!(doc, at('/calendar/view/day'), visibleInFixture)).toEqual([]);
  });

  it('names the body when a message header shows but no body matches, the message when nothing does', () => {
    const doc = loadFixture('outlook/deeplink-single-item.html');
    const deeplink = at('/mail/deeplink/read/AAMkAGI2ZDk0LTlhNWEtNDc1');
    for (const el of Array.from(doc.querySelectorAll('[id^="UniqueMessageBody"]'))) el.id = 'renamed';
    for (const el of Array.from(doc.querySelectorAll('[aria-label="Message body"]'))) el.removeAttribute('aria-label');
    for (const el of Array.from(doc.querySelectorAll('.allowTextSelection'))) el.classList.remove('allowTextSelection');
    expect(outlookAdapter.drift!(doc, deeplink, visibleInFixture)).toEqual(['body']);
    doc.getElementById('MSG_AAMkAGI2_FROM')!.id = 'renamed-from';
    expect(outlookAdapter.drift!(doc, deeplink, visibleInFixture)).toEqual(['message']);
  });

  it('names the message when bodies show outside any reading pane', () => {
    const doc = loadFixture('outlook/deeplink-single-item.html');
    doc.getElementById('ItemReadingPaneContainer')!.id = 'renamed';
    expect(outlookAdapter.drift!(doc, at('/mail/deeplink/read/AAMkAGI2ZDk0LTlhNWEtNDc1'), visibleInFixture)).toEqual(['message']);
  });
});
