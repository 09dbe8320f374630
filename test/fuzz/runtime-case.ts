// One runtime case: a damaged fixture shown in a window, the content script's loop run over it
// with the real adapter and the real engine behind a stand-in background. Properties: nothing
// throws out of the loop; what it asks the background to judge passes the background's
// validation; a banner appears only above the body of a message marked caution or danger.
import { startWatching } from '../../src/content/runtime';
import { BANNER_ATTRIBUTE } from '../../src/content/banner';
import { analyze } from '../../src/engine/index';
import type { MessageFacts } from '../../src/engine/types';
import { isMessageFacts } from '../../src/messaging/validate';
import { damagedDocument, missingProblems, POLICY, SITES, visibleInFixture, type AdapterCase, type CaseResult } from './cases';

const LEVEL = 'data-second-look-level';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runRuntimeCase(win: Window, parse: (html: string) => Document, c: AdapterCase): Promise<CaseResult> {
  const problems: string[] = [];
  const doc = win.document;
  const asked: MessageFacts[] = [];
  let answered = 0;
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  win.addEventListener('error', onError);
  let stop = () => undefined as void;
  try {
    const damaged = damagedDocument(parse, c);
    doc.body.replaceWith(doc.importNode(damaged.body, true));
    ({ stop } = startWatching(SITES[c.fixture.site].adapter, {
      doc,
      win,
      isVisible: visibleInFixture,
      analyze: (facts) => {
        asked.push(facts);
        const verdict = analyze(facts, { policy: POLICY.engine });
        answered++;
        return Promise.resolve({ ok: true, verdict, support: null, report: { state: 'none' }, markedSafe: false, showSafeIndicator: false, language: 'en' });
      },
      settleMs: 0,
      maxWaitMs: 0,
      fallbackMs: 0,
    }));
    // One pass, its answers, and the banners they put in.
    for (let i = 0; i < 3; i++) await sleep(0);
    for (const facts of asked) {
      if (!isMessageFacts(facts)) problems.push('asked the background with facts it refuses');
      else problems.push(...missingProblems(facts));
    }
    const banners = Array.from(doc.querySelectorAll(`[${BANNER_ATTRIBUTE}]`));
    for (const banner of banners) {
      const body = banner.nextElementSibling;
      const container = body?.parentElement ? body.closest(`[${LEVEL}]`) : null;
      const level = container?.getAttribute(LEVEL);
      if (level !== 'caution' && level !== 'danger') problems.push(`banner without a caution or danger message below it (${String(level)})`);
    }
    if (banners.length > answered) problems.push(`${banners.length} banners for ${answered} verdicts`);
  } catch (error) {
    problems.push(`threw: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  try {
    stop();
  } catch (error) {
    problems.push(`stop threw: ${String(error)}`);
  }
  win.removeEventListener('error', onError);
  problems.push(...errors.map((e) => `error reached the page: ${e}`));
  return { problems, messages: asked.length };
}
