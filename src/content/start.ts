// Wires the runtime to the real page and the background. Shared by the Gmail and Outlook entry
// scripts; kept apart from runtime.ts so the runtime can be tested in jsdom without extension APIs.
import type { MessageFacts } from '../engine/types';
import type { AnalyzeResponse, AnalyzeResult } from '../messaging/protocol';
import { browser } from '../shared/browser';
import { isRendered, type DriftField, type WebmailAdapter } from '../webmail/types';
import { gmailOriginalHeaders, isBannerUpdate, isHeadersRequest, isPresenceCheck } from './messages-from-background';
import { startWatching, type Watcher } from './runtime';

function isAnalyzeResult(value: unknown): value is AnalyzeResult {
  const v = value as AnalyzeResponse | null;
  return typeof v === 'object' && v !== null && v.ok === true && typeof v.verdict === 'object' && Array.isArray(v.verdict.findings);
}

export function start(adapter: WebmailAdapter): void {
  try {
    let watcher: Watcher | null = null;
    const orphaned = () => {
      // The extension was reloaded or updated: this copy of the script is cut off. Step aside.
      if (!browser.runtime.id) watcher?.stop();
    };
    const analyze = async (facts: MessageFacts): Promise<AnalyzeResult | null> => {
      try {
        const account = adapter.account?.(document) ?? null;
        const answer: unknown = await browser.runtime.sendMessage(account ? { type: 'analyze', facts, account } : { type: 'analyze', facts });
        return isAnalyzeResult(answer) ? answer : null;
      } catch {
        orphaned();
        return null;
      }
    };
    const openMessages = (keys: string[]) => {
      browser.runtime.sendMessage({ type: 'openMessages', keys }).catch(orphaned);
    };
    const reportDrift = (fields: DriftField[]) => {
      browser.runtime.sendMessage({ type: 'markupDrift', fields }).catch(orphaned);
    };
    watcher = startWatching(adapter, { doc: document, win: window, isVisible: isRendered, analyze, openMessages, reportDrift });

    browser.runtime.onMessage.addListener((message: unknown) => {
      try {
        if (isBannerUpdate(message)) {
          watcher?.update(message.key, message.report, message.markedSafe);
          return undefined;
        }
        if (isPresenceCheck(message)) return Promise.resolve({ ok: true, webmail: adapter.source });
        if (isHeadersRequest(message) && adapter.source === 'gmail') {
          return gmailOriginalHeaders(location, message.key)
            .then((headers) => ({ ok: headers !== null, headers }))
            .catch(() => ({ ok: false, headers: null }));
        }
      } catch {
        /* never break the webmail */
      }
      return undefined;
    });
  } catch {
    // Never break the webmail.
  }
}
