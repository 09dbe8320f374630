// Wires the runtime to the real page and the background. Shared by the Gmail and Outlook entry
// scripts; kept apart from runtime.ts so the runtime can be tested in jsdom without extension APIs.
import type { MessageFacts } from '../engine/types';
import type { AnalyzeResponse, AnalyzeResult } from '../messaging/protocol';
import { browser } from '../shared/browser';
import { isRendered, type WebmailAdapter } from '../webmail/types';
import { startWatching } from './runtime';

function isAnalyzeResult(value: unknown): value is AnalyzeResult {
  const v = value as AnalyzeResponse | null;
  return typeof v === 'object' && v !== null && v.ok === true && typeof v.verdict === 'object' && Array.isArray(v.verdict.findings);
}

export function start(adapter: WebmailAdapter): void {
  try {
    let stop = () => undefined as void;
    const analyze = async (facts: MessageFacts): Promise<AnalyzeResult | null> => {
      try {
        const answer: unknown = await browser.runtime.sendMessage({ type: 'analyze', facts });
        return isAnalyzeResult(answer) ? answer : null;
      } catch {
        // The extension was reloaded or updated: this copy of the script is orphaned. Step aside.
        if (!browser.runtime.id) stop();
        return null;
      }
    };
    stop = startWatching(adapter, { doc: document, win: window, isVisible: isRendered, analyze });
  } catch {
    // Never break the webmail.
  }
}
