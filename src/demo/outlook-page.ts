// The replica Outlook on the web served at https://outlook.office.com/mail/inbox. One page, as
// OWA is: clicking a row in the message list calls history.pushState to /mail/inbox/id/<item id>
// and replaces the reading pane's content; Back (popstate) shows the previous item. Each item is
// kept in an inert <template> until it is opened. The markup mirrors
// test/fixtures/outlook/*.html (ids, data-* and ARIA that src/webmail/outlook/selectors.ts reads;
// no hashed classes). Strings from a message are escaped; bodies arrive sanitized (sanitize.ts).
// The page's only script is the constant NAVIGATION below, which holds no message data.
import type { Address } from '../engine/types';
import { avatarColour, dates, initials, sizeLabel } from './format';
import { icon } from './icons';
import type { DemoMessage } from './mailbox';
import { escapeHtml as e } from './sanitize';

const CSS = `
*{box-sizing:border-box}
.i{vertical-align:middle;flex:none}
body{margin:0;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,Roboto,"Helvetica Neue",Arial,sans-serif;font-size:14px;color:#242424;background:#f0f0f0;height:100vh;display:flex;flex-direction:column}
#O365_NavHeader{display:flex;align-items:center;gap:16px;height:48px;padding:0 12px 0 16px;background:#0f6cbd;color:#fff;flex:none}
#O365_NavHeader .waffle{font-size:18px}
#O365_NavHeader .app{font-weight:600;font-size:16px}
#O365_NavHeader .search{flex:1;max-width:560px;margin:0 auto;height:32px;border-radius:4px;background:#fff;color:#616161;display:flex;align-items:center;padding:0 12px}
#O365_NavHeader .demo{padding:3px 10px;border-radius:10px;background:#fff4ce;color:#5c4400;font-size:12px}
#O365_MainLink_Me{width:32px;height:32px;border-radius:50%;border:0;background:#8764b8;color:#fff;font-size:12px}
.shell{display:flex;flex:1;min-height:0}
[data-app-section="NavigationPane"]{width:200px;flex:none;background:#f5f5f5;padding:12px 8px;border-right:1px solid #e0e0e0}
.newmail{display:block;margin:0 4px 14px;padding:7px 12px;border-radius:4px;background:#0f6cbd;color:#fff;font-weight:600;text-align:center}
[role="treeitem"]{padding:6px 12px;border-radius:4px;color:#242424;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
[role="treeitem"][aria-level="1"]{font-weight:600}
[role="treeitem"][aria-selected="true"]{background:#e0e0e0;font-weight:600}
[data-app-section="MessageList"]{width:340px;flex:none;background:#fff;border-right:1px solid #e0e0e0;overflow:auto}
.lhead{padding:14px 16px 8px;font-size:18px;font-weight:600;border-bottom:1px solid #f0f0f0}
[role="option"][data-convid]{display:grid;grid-template-columns:36px 1fr auto;gap:2px 10px;padding:10px 14px 10px 10px;border-bottom:1px solid #f0f0f0;border-left:3px solid transparent;cursor:pointer}
[role="option"][data-convid]:hover{background:#f5f5f5}
[role="option"][data-convid][aria-selected="true"]{background:#cfe4fa;border-left-color:#0f6cbd}
[role="option"][data-convid]:focus{outline:2px solid #0f6cbd;outline-offset:-2px}
.unread .who,.unread .subj{font-weight:700}
.unread .subj{color:#0f6cbd}
.pic{grid-row:span 3;width:32px;height:32px;border-radius:50%;color:#fff;display:grid;place-items:center;font-size:12px}
.who{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.when{font-size:12px;color:#616161;white-space:nowrap}
.subj,.prev{grid-column:2 / span 2;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-size:13px}
.prev{color:#616161}
[role="main"]{flex:1;min-width:0;overflow:auto;background:#fff}
.empty{display:grid;place-items:center;height:100%;color:#616161;font-size:15px}
#ConversationReadingPaneContainer{padding:16px 24px 40px}
.subjrow{font-size:20px;font-weight:600;margin:4px 0 16px}
.card{border:1px solid #e0e0e0;border-radius:8px;padding:16px 20px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.hdr{display:flex;gap:12px;align-items:flex-start}
.fui-Avatar{width:40px;height:40px;border-radius:50%;color:#fff;display:grid;place-items:center;font-size:15px;flex:none}
.hdr .who2{flex:1;min-width:0}
.hdr .from{font-weight:600}
.hdr .addr{font-weight:400;color:#616161}
.hdr .rcp{font-size:12px;color:#616161;margin-top:2px}
.hdr .date{font-size:12px;color:#616161;white-space:nowrap}
[aria-label="Attachments"]{display:flex;flex-wrap:wrap;gap:8px;margin:14px 0 0}
[aria-label="Attachments"] button{font:inherit;font-size:13px;padding:8px 12px;border:1px solid #d1d1d1;border-radius:4px;background:#fff;cursor:pointer}
.allowTextSelection{margin-top:16px;line-height:1.45;overflow-x:auto}
.toast{position:fixed;left:24px;bottom:24px;background:#242424;color:#fff;padding:12px 18px;border-radius:4px;display:none}
`;

const label = (a: Address) => (a.name && a.address ? `${a.name} <${a.address}>` : a.name || a.address);

function pills(list: readonly Address[], prefix: string): string {
  return list
    .map((a, i) => `<span class="lpc-hoverTarget" data-lpc-hover-target-id="lpc-${prefix}-${i}" title="${e(a.address)}">${e(a.name || a.address)}</span>`)
    .join('; ');
}

/** The reading pane's content for one item (a conversation of one expanded message). */
export function outlookItem(m: DemoMessage, index: number): string {
  const from = m.from;
  const key = m.outlook.key;
  const names = (list: readonly Address[]) => list.map((a) => a.name || a.address).join('; ');
  const cc = m.cc.length ? `<div aria-label="Cc: ${e(names(m.cc))}" aria-readonly="true">Cc: ${pills(m.cc, `${key}-cc`)}</div>` : '';
  const attachments = m.attachments.length
    ? `<div aria-label="Attachments" role="listbox">${m.attachments
        .map((a) => `<div role="option" title="${e(a.name)}"><button type="button" aria-label="${e(`${a.name} ${sizeLabel(a.size)}`)}">${icon('clip', 16)} ${e(a.name)} &middot; ${e(sizeLabel(a.size))}</button></div>`)
        .join('')}</div>`
    : '';
  return `<div id="ConversationReadingPaneContainer">
 <div><div role="heading" aria-level="2" class="subjrow"><span id="CONV_${e(key)}_SUBJECT" title="${e(m.subject)}">${e(m.subject)}</span></div></div>
 <div class="customScrollBar"><div data-app-section="ConversationContainer"><div>
  <div aria-expanded="true" tabindex="-1">
   <div aria-label="Email message" tabindex="0" class="card">
    <div class="hdr">
     <span role="img" aria-label="${e(from.name || from.address)}" class="fui-Avatar" style="background:${avatarColour(from.address)}">${e(initials(from.name, from.address))}</span>
     <div class="who2">
      <span id="MSG_${e(key)}_FROM"><span aria-label="From: ${e(label(from))}" tabindex="0" role="button" aria-haspopup="dialog" class="lpc-hoverTarget" data-lpc-hover-target-id="lpc-${e(key)}-from"><span class="from">${e(from.name || from.address)}</span> <span class="addr">&lt;${e(from.address)}&gt;</span></span></span>
      <div class="rcp" data-testid="RecipientWell" aria-label="To: ${e(names(m.to))}" aria-readonly="true">To: ${pills(m.to, `${key}-to`)}</div>
      ${cc.replace('<div ', '<div class="rcp" ')}
     </div>
     <div class="date" data-testid="SentReceivedSavedTime" title="${e(dates.outlookLong(m.date))}">${e(dates.outlookLong(m.date))}</div>
    </div>
    ${attachments}
    <div class="allowTextSelection"><div tabindex="0" aria-label="Message body" role="document" class="rps" id="UniqueMessageBody_${index}">${m.body.outlook}</div></div>
   </div>
  </div>
 </div></div></div>
</div>`;
}

function listRows(messages: readonly DemoMessage[]): string {
  return messages
    .map(
      (m) => `<div role="option" class="unread" data-convid="${e(m.outlook.itemId)}" aria-selected="false" tabindex="0">
  <span class="pic" style="background:${avatarColour(m.from.address)}" aria-hidden="true">${e(initials(m.from.name, m.from.address))}</span>
  <span class="who">${e(m.from.name || m.from.address)}</span><span class="when">${m.attachments.length ? `${icon('clip', 13)} ` : ''}${e(dates.outlookShort(m.date))}</span>
  <span class="subj">${e(m.subject)}</span>
  <span class="prev">${e(m.preview)}</span>
 </div>`,
    )
    .join('\n');
}

/** OWA's in-app navigation: pushState to /mail/inbox/id/<id>, the reading pane re-rendered. */
const NAVIGATION = `(() => {
  const pane = document.getElementById('ReadingPaneContainerId');
  const list = document.querySelector('[data-app-section="MessageList"]');
  const toast = document.querySelector('.toast');
  const items = new Map(Array.from(document.querySelectorAll('template[data-item]'), (t) => [t.dataset.item, t]));
  function current() {
    const m = /^\\/mail\\/inbox\\/id\\/([^/]+)/.exec(location.pathname);
    if (!m) return null;
    try { return decodeURIComponent(m[1]); } catch { return null; }
  }
  function render() {
    const id = current();
    const item = id !== null ? items.get(id) : undefined;
    pane.replaceChildren((item || document.getElementById('empty-pane')).content.cloneNode(true));
    for (const row of list.querySelectorAll('[data-convid]')) {
      const on = row.dataset.convid === id;
      row.setAttribute('aria-selected', String(on));
      if (on) row.classList.remove('unread');
    }
    pane.parentElement.scrollTop = 0;
  }
  function open(row) {
    history.pushState({}, '', '/mail/inbox/id/' + encodeURIComponent(row.dataset.convid));
    render();
  }
  list.addEventListener('click', (event) => {
    const row = event.target.closest('[data-convid]');
    if (row) open(row);
  });
  list.addEventListener('keydown', (event) => {
    const row = event.target.closest('[data-convid]');
    if (row && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); open(row); }
  });
  pane.addEventListener('click', (event) => {
    if (event.target.closest('[aria-label="Attachments"] button')) {
      toast.style.display = 'block';
      setTimeout(() => { toast.style.display = 'none'; }, 3000);
    }
  });
  window.addEventListener('popstate', render);
  render();
})();`;

export function outlookPage(messages: readonly DemoMessage[], account: Address, practice: string): string {
  const items = messages.map((m, i) => `<template data-item="${e(m.outlook.itemId)}">\n${outlookItem(m, i)}\n</template>`).join('\n');
  return `<!doctype html>
<!-- Second Look demo: a replica of Outlook on the web (mail) holding the sample mail of
     ${e(practice)} (samples/mail). Generated by src/demo/outlook-page.ts; not Microsoft's code. -->
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>Mail - ${e(account.name)} - Outlook</title>
<style>${CSS}</style></head>
<body>
<div id="O365_NavHeader" role="banner"><span class="waffle">&#8759;&#8759;</span><span class="app">Outlook</span><div class="search">${icon('search', 16)}&nbsp;&nbsp;Search</div>
 <span class="demo">Demo replica &middot; sample mail of ${e(practice)}</span>
 <button id="O365_MainLink_Me" type="button" aria-label="Account manager for ${e(account.name)} ${e(account.address)}">${e(initials(account.name, account.address))}</button></div>
<div class="shell">
 <div role="navigation" data-app-section="NavigationPane"><div class="newmail">New mail</div><div role="tree" aria-label="Folders">
  <div role="treeitem" title="${e(account.address)}" aria-level="1">${e(account.address)}</div>
  <div role="treeitem" title="Inbox" aria-level="2" aria-selected="true">Inbox</div>
  <div role="treeitem" title="Sent Items" aria-level="2">Sent Items</div>
  <div role="treeitem" title="Drafts" aria-level="2">Drafts</div>
  <div role="treeitem" title="Junk Email" aria-level="2">Junk Email</div>
 </div></div>
 <div data-app-section="MessageList"><div class="lhead">Inbox</div><div role="listbox" aria-label="Message list">
${listRows(messages)}
 </div></div>
 <div role="main" data-app-section="MailReadCompose" aria-label="Reading Pane"><div id="ReadingPaneContainerId" class="customScrollBar"></div></div>
</div>
<div class="toast" role="status">Attachments are not opened in the demo.</div>
<template id="empty-pane"><div class="empty">Select an item to read</div></template>
${items}
<script>${NAVIGATION}</script>
</body>
</html>
`;
}
