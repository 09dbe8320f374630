// @vitest-environment jsdom
// The service worker can be stopped while it judges a message (Chrome stops idle workers, and
// may stop one mid-request); the content script then gets no answer. It must ask again soon,
// so the banner still appears, but not forever: a background that never answers costs a few
// requests, not one every pass.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index';
import type { MessageFacts } from '../../src/engine/types';
import type { AnalyzeResult } from '../../src/messaging/protocol';
import { parsePolicy } from '../../src/policy/parse';
import { BANNER_ATTRIBUTE } from '../../src/content/banner';
import { LEVEL_ATTRIBUTE, startWatching, type Watcher } from '../../src/content/runtime';
import { gmailAdapter } from '../../src/webmail/gmail/adapter';
import { fixtureHtml, visibleInFixture } from '../webmail/fixture';

const POLICY = parsePolicy({ organizationDomains: ['riversidefamilymed.org'] });
const verdictFor = (facts: MessageFacts): AnalyzeResult => ({
  ok: true,
  verdict: analyze(facts, { policy: POLICY.engine }),
  support: null,
  report: { state: 'none' },
  markedSafe: false,
  showSafeIndicator: false,
  language: 'en',
});

let watcher: Watcher | null = null;
let asked: number;

function watch(answer: (attempt: number, facts: MessageFacts) => Promise<AnalyzeResult | null>) {
  watcher = startWatching(gmailAdapter, {
    doc: document,
    win: window,
    isVisible: visibleInFixture,
    analyze: (facts) => answer(++asked, facts),
    settleMs: 5,
    maxWaitMs: 20,
    fallbackMs: 0,
    retryDelaysMs: [20, 40],
  });
}

const marked = () => document.querySelector('[data-message-id="#msg-f:1840959905192440240"]')!.getAttribute(LEVEL_ATTRIBUTE);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  asked = 0;
  history.replaceState({}, '', '/mail/u/0/#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN');
  document.body.innerHTML = new DOMParser().parseFromString(fixtureHtml('gmail/conversation-phish.html'), 'text/html').body.innerHTML;
});

afterEach(() => {
  watcher?.stop();
  watcher = null;
  document.body.innerHTML = '';
});

describe('content script when the background does not answer', () => {
  it('asks again after a worker stop (no answer, then a rejected request) and shows the banner', async () => {
    // 1: the port closed with no answer (worker stopped mid-request); 2: the request was
    // rejected (worker still starting); 3: the restarted worker answers.
    watch((attempt, facts) => (attempt === 1 ? Promise.resolve(null) : attempt === 2 ? Promise.reject(new Error('Could not establish connection')) : Promise.resolve(verdictFor(facts))));
    await expect.poll(() => marked(), { timeout: 2_000 }).toBe('danger');
    expect(asked).toBe(3);
    expect(document.querySelectorAll(`[${BANNER_ATTRIBUTE}]`)).toHaveLength(1);
  });

  it('gives up after the last retry, with no more requests however often the page changes', async () => {
    watch(() => Promise.resolve(null));
    await expect.poll(() => asked, { timeout: 2_000 }).toBe(3); // the first request and two retries
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('div')); // page changes schedule passes
      await sleep(30);
    }
    expect(asked).toBe(3);
    expect(marked()).toBeNull();
  });

  it('asks again once the person navigates back to the message', async () => {
    let down = true;
    watch((_attempt, facts) => Promise.resolve(down ? null : verdictFor(facts)));
    await expect.poll(() => asked, { timeout: 2_000 }).toBe(3);
    down = false;
    history.pushState({}, '', '/mail/u/0/#inbox');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await sleep(30);
    history.pushState({}, '', '/mail/u/0/#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await expect.poll(() => marked(), { timeout: 2_000 }).toBe('danger');
    expect(asked).toBe(4);
  });
});
