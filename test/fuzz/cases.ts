// The fuzz cases shared by the vitest suite and scripts/fuzz.ts: a webmail fixture with random
// damage run through the adapter (findOpenMessages + extract) and the engine, checked against
// the properties below. A check returns the broken properties (empty when all hold) instead of
// throwing, so the long run can count failures and go on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../src/engine/index';
import { MAX_ATTACHMENTS, MAX_LINKS, MAX_RECIPIENTS, MAX_TEXT_CHARS } from '../../src/engine/lib/limits';
import type { MessageFacts } from '../../src/engine/types';
import { isMessageFacts } from '../../src/messaging/validate';
import { parsePolicy } from '../../src/policy/parse';
import { gmailAdapter } from '../../src/webmail/gmail/adapter';
import { GMAIL } from '../../src/webmail/gmail/selectors';
import { outlookAdapter } from '../../src/webmail/outlook/adapter';
import { OUTLOOK } from '../../src/webmail/outlook/selectors';
import type { IsVisible, WebmailAdapter } from '../../src/webmail/types';
import { DECOY_ADDRESSES, DECOY_WORD, decoysStillForbidden, plantDecoys } from './decoys';
import { applyMutations, mutationsArb, type Mutation } from './mutate';
import { verdictProblems } from './verdict';

export type Site = 'gmail' | 'outlook';

export const SITES: Record<Site, { adapter: WebmailAdapter; body: readonly string[]; quote: readonly string[] }> = {
  gmail: { adapter: gmailAdapter, body: GMAIL.body, quote: GMAIL.quote },
  outlook: { adapter: outlookAdapter, body: OUTLOOK.body, quote: [...OUTLOOK.quote, ...OUTLOOK.quoteStart] },
};

const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures');

/** Every Gmail and Outlook fixture, found on disk so a new fixture is fuzzed without edits here. */
export const FIXTURES: { site: Site; path: string }[] = (['gmail', 'outlook'] as const).flatMap((site) =>
  readdirSync(join(FIXTURE_DIR, site)).filter((f) => f.endsWith('.html')).sort().map((f) => ({ site, path: `${site}/${f}` })),
);

export function fixtureSource(path: string): string {
  return readFileSync(join(FIXTURE_DIR, path), 'utf8');
}

export interface AdapterCase {
  fixture: { site: Site; path: string };
  mutations: Mutation[];
}

export const adapterCaseArb: fc.Arbitrary<AdapterCase> = fc.record({ fixture: fc.constantFrom(...FIXTURES), mutations: mutationsArb });

/** The sample practice's policy, so identity rules (protected names, own domain) take part. */
export const POLICY = parsePolicy({
  organizationDomains: ['riversidefamilymed.org'],
  trustedDomains: ['questdiagnostics.com'],
  protectedNames: ['Anita Patel', 'Linda Chen'],
});

/** jsdom has no layout: hidden means display:none or the hidden attribute up the tree. */
export const visibleInFixture: IsVisible = (el) => {
  for (let p: Element | null = el; p; p = p.parentElement) {
    if (p.hasAttribute('hidden')) return false;
    if (/display\s*:\s*none/i.test(p.getAttribute('style') ?? '')) return false;
  }
  return true;
};

/** Parsed fixtures with decoys planted, per parser: each case damages a copy (cloning is cheaper than parsing). */
const planted = new WeakMap<(html: string) => Document, Map<string, Document>>();

/** A fresh copy of a fixture with decoys planted, then damaged. */
export function damagedDocument(parse: (html: string) => Document, c: AdapterCase): Document {
  let cache = planted.get(parse);
  if (!cache) planted.set(parse, (cache = new Map()));
  let template = cache.get(c.fixture.path);
  if (!template) {
    template = parse(fixtureSource(c.fixture.path));
    const site = SITES[c.fixture.site];
    plantDecoys(template, site.body, site.quote);
    cache.set(c.fixture.path, template);
  }
  const doc = template.cloneNode(true) as Document;
  applyMutations(doc, c.mutations);
  return doc;
}

/** What a missing-field list must say about the facts beside it, both ways. */
export function missingProblems(facts: MessageFacts): string[] {
  const problems: string[] = [];
  const says = (field: string) => facts.missing.includes(field);
  const noSender = !facts.from.name && !facts.from.address;
  if (noSender !== says('from')) problems.push(`from is ${noSender ? 'empty' : 'read'} but missing ${says('from') ? 'lists' : 'omits'} it`);
  const noAddress = !!facts.from.name && !facts.from.address;
  if (noAddress !== says('from.address')) problems.push(`from.address is ${noAddress ? 'empty' : 'read or covered by from'} but missing ${says('from.address') ? 'lists' : 'omits'} it`);
  if (!facts.subject !== says('subject')) problems.push(`subject is ${facts.subject ? 'read' : 'empty'} but missing ${says('subject') ? 'lists' : 'omits'} it`);
  if ((facts.to.length === 0) !== says('to')) problems.push(`to has ${facts.to.length} but missing ${says('to') ? 'lists' : 'omits'} it`);
  if (!facts.date !== says('date')) problems.push(`date is ${facts.date ? 'read' : 'absent'} but missing ${says('date') ? 'lists' : 'omits'} it`);
  const noBody = !facts.text && facts.links.length === 0;
  if (noBody !== says('body')) problems.push(`body is ${noBody ? 'empty' : 'read'} but missing ${says('body') ? 'lists' : 'omits'} it`);
  return problems;
}

/** Bounded work: whatever the page holds, the facts stay within the engine's caps. */
export function boundProblems(facts: MessageFacts): string[] {
  const problems: string[] = [];
  if (facts.text.length > MAX_TEXT_CHARS) problems.push(`text has ${facts.text.length} characters`);
  if (facts.links.length > MAX_LINKS) problems.push(`${facts.links.length} links`);
  if (facts.attachments.length > MAX_ATTACHMENTS) problems.push(`${facts.attachments.length} attachments`);
  if (facts.to.length > MAX_RECIPIENTS || facts.cc.length > MAX_RECIPIENTS) problems.push(`${facts.to.length} + ${facts.cc.length} recipients`);
  // The background refuses facts it does not recognise: then nothing is judged at all.
  if (!isMessageFacts(facts)) problems.push('facts fail the background validation');
  return problems;
}

/** Header values taken from a decoy (a body, quoted history, or outside the mail view). */
export function decoyProblems(facts: MessageFacts): string[] {
  const problems: string[] = [];
  const decoy = (s: string | undefined) => (s ?? '').includes(DECOY_WORD) || DECOY_ADDRESSES.some((a) => (s ?? '').toLowerCase().includes(a));
  if (decoy(facts.from.address) || decoy(facts.from.name)) problems.push(`sender guessed from a decoy: ${JSON.stringify(facts.from)}`);
  if (decoy(facts.subject)) problems.push('subject guessed from a decoy');
  if (decoy(facts.date)) problems.push('date guessed from a decoy');
  if ([...facts.to, ...facts.cc].some((a) => decoy(a.address) || decoy(a.name))) problems.push('recipient guessed from a decoy');
  if (facts.attachments.some((a) => decoy(a.name))) problems.push('attachment guessed from a decoy');
  return problems;
}

export interface CaseResult {
  problems: string[];
  messages: number;
}

/**
 * One adapter case: find the open messages, read each, judge each. Properties: nothing throws;
 * facts stay bounded and valid; missing fields are listed exactly; no header value comes from a
 * decoy while the decoys are still where header values must not come from; the verdict is valid.
 */
export function runAdapterCase(parse: (html: string) => Document, c: AdapterCase): CaseResult {
  const problems: string[] = [];
  const site = SITES[c.fixture.site];
  let messages = 0;
  try {
    const doc = damagedDocument(parse, c);
    const open = site.adapter.findOpenMessages(doc, visibleInFixture);
    messages = open.length;
    for (const message of open) {
      const facts = site.adapter.extract(message);
      problems.push(...missingProblems(facts), ...boundProblems(facts));
      if (decoysStillForbidden(doc, message.container, site.body)) problems.push(...decoyProblems(facts));
      problems.push(...verdictProblems(analyze(facts, { policy: POLICY.engine })));
    }
  } catch (error) {
    problems.push(`threw: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  return { problems, messages };
}
