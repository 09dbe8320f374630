// @vitest-environment jsdom
// Markup drift on purpose: each selector family of each webmail broken in a fixture (the
// attribute or class it relies on renamed), the content-script loop run with the real adapter
// and the real background (fake storage). Nothing throws, no banner is built from partial data,
// and the integration-health record names exactly the fields that stopped matching.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BANNER_ATTRIBUTE } from '../../src/content/banner';
import { LEVEL_ATTRIBUTE, startWatching } from '../../src/content/runtime';
import type { IntegrationHealth } from '../../src/background/health';
import { handleMessage } from '../../src/background/handle-message';
import type { AnalyzeResult, SenderInfo } from '../../src/messaging/protocol';
import { gmailAdapter } from '../../src/webmail/gmail/adapter';
import { outlookAdapter } from '../../src/webmail/outlook/adapter';
import type { WebmailAdapter } from '../../src/webmail/types';
import { fakeDeps, ID } from '../background/fake-deps';
import { fixtureHtml, visibleInFixture } from '../webmail/fixture';

const PRACTICE = { organizationDomains: ['riversidefamilymed.org'], trustedDomains: ['questdiagnostics.com'], protectedNames: ['Anita Patel', 'Linda Chen'] };

/** Rename an attribute on every element that has it (optionally only those matching `where`). */
function renameAttribute(name: string, to: string, where = `[${name}]`): void {
  for (const el of Array.from(document.querySelectorAll(where))) {
    const value = el.getAttribute(name);
    if (value === null) continue;
    el.removeAttribute(name);
    el.setAttribute(to, value);
  }
}

function renameClass(name: string, to: string): void {
  for (const el of Array.from(document.getElementsByClassName(name))) el.classList.replace(name, to);
}

/** Rename the ids matching a pattern, so that neither their prefix nor their suffix is left (MSG_x_FROM). */
function renameIds(pattern: RegExp): void {
  for (const el of Array.from(document.querySelectorAll('[id]'))) if (pattern.test(el.id)) el.id = `drifted-${el.id}-x`;
}

interface Case {
  family: string;
  fixture: string;
  url: string;
  breakIt: () => void;
  /** What the health record must say is missing, exactly. */
  missing: string[];
}

const GMAIL_URL = '/mail/u/0/#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN';
const OUTLOOK_URL = '/mail/inbox/id/AAQkAGNorthwindLabResults0001%3D';

const CASES: Case[] = [
  { family: 'message container', fixture: 'gmail/single-message-genuine.html', url: GMAIL_URL, missing: ['message'], breakIt: () => { renameAttribute('data-message-id', 'data-msg'); renameClass('adn', 'adx'); } },
  { family: 'body', fixture: 'gmail/single-message-genuine.html', url: GMAIL_URL, missing: ['body'], breakIt: () => { renameClass('a3s', 'a3x'); renameClass('ii', 'i2'); renameClass('adP', 'adQ'); } },
  { family: 'sender', fixture: 'gmail/single-message-genuine.html', url: GMAIL_URL, missing: ['from'], breakIt: () => { renameAttribute('email', 'data-mail', '.gD'); renameAttribute('jid', 'data-jid'); } },
  { family: 'recipients', fixture: 'gmail/single-message-genuine.html', url: GMAIL_URL, missing: ['to'], breakIt: () => { renameClass('hb', 'hbx'); renameClass('g2', 'g2x'); } },
  { family: 'subject', fixture: 'gmail/single-message-genuine.html', url: GMAIL_URL, missing: ['subject'], breakIt: () => { renameClass('hP', 'hQ'); renameClass('ha', 'hx'); renameAttribute('data-thread-perm-id', 'data-thread'); } },
  { family: 'date', fixture: 'gmail/single-message-genuine.html', url: GMAIL_URL, missing: ['date'], breakIt: () => renameClass('g3', 'g4') },
  { family: 'reading pane', fixture: 'outlook/external-sender-safelinks.html', url: OUTLOOK_URL, missing: ['message'], breakIt: () => { renameIds(/ReadingPane/); renameAttribute('data-app-section', 'data-section'); renameAttribute('role', 'data-role', '[role="main"]'); } },
  { family: 'body', fixture: 'outlook/external-sender-safelinks.html', url: OUTLOOK_URL, missing: ['body'], breakIt: () => { renameIds(/^UniqueMessageBody/); renameClass('allowTextSelection', 'selectable'); renameAttribute('aria-label', 'data-label', '[aria-label="Message body"]'); } },
  { family: 'sender', fixture: 'outlook/external-sender-safelinks.html', url: OUTLOOK_URL, missing: ['from'], breakIt: () => { renameAttribute('data-lpc-hover-target-id', 'data-lpc', '[id$="_FROM"] [data-lpc-hover-target-id]'); renameIds(/_FROM$/); renameAttribute('aria-label', 'data-label', '[aria-label^="From:"]'); renameClass('lpc-hoverTarget', 'lpc-x'); renameAttribute('title', 'data-title', '[title*="@"]'); } },
  { family: 'recipients', fixture: 'outlook/external-sender-safelinks.html', url: OUTLOOK_URL, missing: ['to'], breakIt: () => { renameAttribute('aria-label', 'data-label', '[aria-label^="To:"]'); renameAttribute('data-testid', 'data-test', '[data-testid="RecipientWell"]'); } },
  { family: 'subject', fixture: 'outlook/external-sender-safelinks.html', url: OUTLOOK_URL, missing: ['subject'], breakIt: () => { renameIds(/_SUBJECT$/); renameAttribute('role', 'data-role', '[role="heading"]'); } },
  { family: 'date', fixture: 'outlook/external-sender-safelinks.html', url: OUTLOOK_URL, missing: ['date'], breakIt: () => renameAttribute('data-testid', 'data-test', '[data-testid="SentReceivedSavedTime"]') },
];

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  document.body.innerHTML = '';
});

/** Show the fixture, break it, watch it with the real background behind the protocol; return health and banners. */
async function run(adapter: WebmailAdapter, c: Pick<Case, 'fixture' | 'url' | 'breakIt'>) {
  history.replaceState({}, '', c.url);
  document.body.innerHTML = new DOMParser().parseFromString(fixtureHtml(c.fixture), 'text/html').body.innerHTML;
  c.breakIt();
  const deps = fakeDeps(PRACTICE);
  const tab: SenderInfo = { id: ID, url: `https://${adapter.source === 'gmail' ? 'mail.google.com' : 'outlook.office.com'}${c.url}`, tab: { id: 3 } };
  const answers: unknown[] = [];
  let drifts = 0;
  expect(() => ({ stop } = startWatching(adapter, {
    doc: document,
    win: window,
    isVisible: visibleInFixture,
    analyze: async (facts) => {
      const answer = await handleMessage({ type: 'analyze', facts }, tab, deps);
      answers.push(answer);
      return answer.ok ? (answer as AnalyzeResult) : null;
    },
    reportDrift: (fields) => {
      drifts++;
      answers.push(handleMessage({ type: 'markupDrift', fields }, tab, deps));
    },
    settleMs: 2,
    maxWaitMs: 10,
    fallbackMs: 0,
    driftAfterMs: 40,
  }))).not.toThrow();
  // Long enough for a verdict, or for the drift delay and one more pass.
  await vi.waitFor(async () => {
    await Promise.all(answers);
    const health = (await deps.local.get('integrationHealth')) as IntegrationHealth | undefined;
    expect(health?.[adapter.source]).toBeDefined();
  }, { timeout: 2_000 });
  await new Promise((r) => setTimeout(r, 80)); // a drift is never reported twice for one view
  await Promise.all(answers);
  const health = ((await deps.local.get('integrationHealth')) as IntegrationHealth)[adapter.source]!;
  return { health, drifts, banners: document.querySelectorAll(`[${BANNER_ATTRIBUTE}]`).length, levels: Array.from(document.querySelectorAll(`[${LEVEL_ATTRIBUTE}]`)).map((el) => el.getAttribute(LEVEL_ATTRIBUTE)) };
}

describe('markup drift: each selector family broken on purpose', () => {
  it.each(CASES)('$fixture, $family: no banner, no throw, health names $missing', async (c) => {
    const adapter = c.fixture.startsWith('gmail') ? gmailAdapter : outlookAdapter;
    const { health, drifts, banners, levels } = await run(adapter, c);
    expect(banners).toBe(0);
    expect(levels.every((l) => l === 'safe')).toBe(true);
    expect(Object.keys(health.missing).sort()).toEqual(c.missing);
    if (c.missing.includes('message') || c.missing.includes('body')) {
      // Nothing could be read: nothing judged, one report for the view.
      expect(health.analyzed).toBe(0);
      expect(drifts).toBe(1);
    } else {
      expect(health.analyzed).toBe(1);
      expect(drifts).toBe(0);
    }
  });

  it('the unbroken fixtures are read whole and never reported as drift', async () => {
    for (const c of [CASES[0]!, CASES[6]!]) {
      const adapter = c.fixture.startsWith('gmail') ? gmailAdapter : outlookAdapter;
      const { health, drifts } = await run(adapter, { ...c, breakIt: () => undefined });
      expect(health.missing).toEqual({});
      expect(health.analyzed).toBe(1);
      expect(drifts).toBe(0);
      stop();
    }
  });
});
