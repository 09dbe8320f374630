// Answers one runtime message. Kept apart from index.ts (which touches the extension APIs) so it
// can be tested in Node with fake dependencies. Fails closed: a request that does not validate
// gets an error answer, never a guess.
import type { AnalyzeResponse, PingResponse, ReportResponse, SenderInfo, SettingsResponse, TabStateResponse } from '../messaging/protocol';
import { parseRequest } from '../messaging/validate';
import { handleAnalyze, handleMarkupDrift, handleOpenMessages } from './analyze';
import type { BackgroundDeps } from './deps';
import { handleGetTabState } from './popup-state';
import { handleReport } from './report';
import { handleGetSettings, handleSetUserOptions, type SaveResult } from './settings';

export type { BackgroundDeps } from './deps';

export type BackgroundResponse = PingResponse | AnalyzeResponse | TabStateResponse | ReportResponse | SettingsResponse | SaveResult;

export async function handleMessage(message: unknown, sender: SenderInfo, deps: BackgroundDeps): Promise<BackgroundResponse> {
  const parsed = parseRequest(message, sender, deps.extensionId, deps.extensionOrigin);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const request = parsed.request;
  // Content-script requests name their own tab through the browser, never through the message.
  const from = { tabId: sender.tab?.id ?? -1, url: sender.url ?? '' };
  try {
    switch (request.type) {
      case 'ping':
        return { ok: true };
      case 'analyze':
        return await handleAnalyze(deps, request.facts, request.account ?? null, from);
      case 'openMessages':
        await handleOpenMessages(deps, request.keys, from);
        return { ok: true };
      case 'markupDrift':
        await handleMarkupDrift(deps, request.fields, from);
        return { ok: true };
      case 'getTabState':
        return { ok: true, state: await handleGetTabState(deps, request.tabId) };
      case 'report':
        return await handleReport(deps, request.tabId, request.key, 'suspected-phishing');
      case 'markSafe':
        return await handleReport(deps, request.tabId, request.key, 'false-positive');
      case 'getSettings':
        return { ok: true, settings: await handleGetSettings(deps) };
      case 'setUserOptions':
        return await handleSetUserOptions(deps, request.options);
    }
  } catch {
    return { ok: false, error: 'failed' };
  }
}
