// The replica Gmail inbox served at https://mail.google.com/mail/u/0/. One page, as Gmail is:
// `#inbox` shows the list, `#inbox/<thread id>` replaces it with that conversation's view. Each
// conversation is kept in an inert <template> until it is opened. The message markup mirrors
// test/fixtures/gmail/*.html (the classes and attributes src/webmail/gmail/selectors.ts reads).
// Strings from a message are escaped; bodies arrive sanitized (sanitize.ts). The page's only
// script is the constant NAVIGATION below, which holds no message data.
import type { Address } from '../engine/types';
import { avatarColour, dates, initials, sizeLabel } from './format';
import { icon } from './icons';
import type { DemoMessage } from './mailbox';
import { escapeHtml as e } from './sanitize';

const CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:Roboto,"Google Sans",Arial,Helvetica,sans-serif;font-size:14px;color:#1f1f1f;background:#f6f8fc}
.gb{display:flex;align-items:center;gap:12px;height:64px;padding:8px 16px}
.gb .menu{width:48px;height:48px;display:grid;place-items:center;color:#444;font-size:20px}
.gb .logo{display:flex;align-items:center;gap:6px;width:190px;font-size:22px;color:#444}
.gb .logo b{display:inline-grid;place-items:center;width:32px;height:24px;border-radius:4px;background:linear-gradient(135deg,#ea4335 0 30%,#fbbc04 30% 55%,#34a853 55% 80%,#4285f4 80%);color:#fff;font-size:15px}
.gb .search{flex:1;max-width:720px;height:48px;border-radius:24px;background:#e9eef6;display:flex;align-items:center;padding:0 20px;color:#5f6368}
.gb .demo{margin-left:auto;padding:4px 12px;border-radius:12px;background:#fef7e0;color:#7a5b00;font-size:12px;border:1px solid #f9e4a6}
.gb .me{width:32px;height:32px;border-radius:50%;background:#0b57d0;color:#fff;display:grid;place-items:center;font-size:13px}
.app{display:flex;min-height:calc(100vh - 64px)}
nav.left{width:240px;flex:none;padding:8px 0}
nav.left .compose{display:inline-flex;align-items:center;gap:10px;margin:0 0 12px 8px;height:56px;padding:0 24px 0 18px;border-radius:16px;background:#c2e7ff;font-weight:500;color:#001d35}
nav.left a{display:flex;justify-content:space-between;height:32px;align-items:center;padding:0 12px 0 26px;border-radius:0 16px 16px 0;color:#202124;text-decoration:none;margin-right:8px}
nav.left a.on{background:#d3e3fd;font-weight:700;color:#041e49}
[role="main"]{flex:1;min-width:0;background:#fff;border-radius:16px;margin:0 16px 16px 0;overflow:hidden}
.i{vertical-align:middle;flex:none}
.tb{display:flex;align-items:center;gap:18px;height:48px;padding:0 16px;color:#5f6368;border-bottom:1px solid #f1f3f4}
.tb .back{cursor:pointer;font-size:18px;width:32px;height:32px;display:grid;place-items:center;border-radius:50%}
.tb .back:hover{background:#f1f3f4}
.tb .count{margin-left:auto;font-size:12px}
table.F{width:100%;border-collapse:collapse;table-layout:fixed}
tr.zA{height:40px;border-bottom:1px solid #f1f3f4;cursor:pointer;background:#f2f6fc}
tr.zA.zE{background:#fff}
tr.zA:hover{box-shadow:inset 1px 0 #dadce0,inset -1px 0 #dadce0,0 1px 2px rgba(60,64,67,.3);position:relative}
tr.zA:focus{outline:2px solid #0b57d0;outline-offset:-2px}
tr.zA td{padding:0 8px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
td.ck{width:70px;color:#9aa0a6;padding-left:16px!important}
td.yX{width:200px}
tr.zE td.yX,tr.zE .bog,tr.zE td.xW{font-weight:700}
.y2{color:#5f6368}
.clip{display:inline-block;margin-left:6px;padding:0 8px;border:1px solid #dadce0;border-radius:12px;font-size:12px;color:#3c4043;font-weight:400}
td.xW{width:90px;text-align:right;padding-right:16px!important;font-size:12px}
.thread{padding:0 0 32px}
.ha{display:flex;align-items:center;gap:10px;padding:20px 24px 8px 72px}
h2.hP{margin:0;font-size:22px;font-weight:400;font-family:"Google Sans",Roboto,Arial,sans-serif}
.ha .lbl{font-size:12px;background:#e8eaed;padding:1px 6px;border-radius:4px;color:#444}
.adn{display:flex;padding:8px 24px 0 16px}
.aju{width:56px;flex:none;padding-top:12px}
.av{width:40px;height:40px;border-radius:50%;color:#fff;display:grid;place-items:center;font-size:16px}
.gs{flex:1;min-width:0}
table.cf{border-collapse:collapse;width:100%}
table.cf td{padding:0;vertical-align:top}
td.gF{padding-top:12px!important}
h3.iw{margin:0;font-size:14px;font-weight:400}
.gD{font-weight:700}
.go{color:#5f6368;font-size:12px;margin-left:4px}
td.gH{text-align:right;color:#5f6368;font-size:12px;padding-top:14px!important;white-space:nowrap}
.hb{color:#5f6368;font-size:12px}
.ii.gt{padding:16px 0 8px;font-size:14px;line-height:1.45;overflow-x:auto}
.hq{border-top:1px solid #f1f3f4;margin-top:12px;padding-top:12px}
.aQH{display:flex;flex-wrap:wrap;gap:12px}
.aZo{display:block;width:200px;border:1px solid #dadce0;border-radius:8px;overflow:hidden}
.aZo a{display:block;color:inherit;text-decoration:none}
.aSH{height:70px;background:#f1f3f4;display:grid;place-items:center;color:#d93025;font-weight:700}
.aYz{padding:8px 10px}
.aV3{display:block;font-size:13px;font-weight:500;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.SaH2Ve{font-size:12px;color:#5f6368}
.a3I{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.toast{position:fixed;left:24px;bottom:24px;background:#323232;color:#fff;padding:14px 20px;border-radius:4px;display:none}
`;

/** Gmail calls the signed-in account "me". */
function person(a: Address, account: string, className: string): string {
  const self = a.address === account;
  const shown = self ? 'me' : a.name || a.address;
  return `<span email="${e(a.address)}" name="${e(self ? 'me' : a.name || a.address)}" data-hovercard-id="${e(a.address)}" class="${className}">${e(shown)}</span>`;
}

function attachmentCard(m: DemoMessage, index: number): string {
  const a = m.attachments[index]!;
  const url = `https://mail.google.com/mail/u/0?ui=2&attid=0.${index + 1}&permmsgid=${m.gmail.messageId}&view=att&disp=safe`;
  const ext = (/\.([a-z0-9]{1,5})$/i.exec(a.name)?.[1] ?? 'FILE').toUpperCase();
  return `<span class="aZo N5jrZb a5r" download_url="${e(`${a.mimeType}:${a.name}:${url}`)}" draggable="true">
  <a class="aQy aZr e" href="${e(url.replace('disp=safe', 'disp=inline'))}" target="_blank" role="link" tabindex="0">
   <span class="a3I">Preview attachment ${e(a.name)}</span>
   <div aria-hidden="true"><div class="aSH">${e(ext)}</div>
    <div class="aYz"><div class="a12"><div class="aQA"><span class="aV3 a6U">${e(a.name)}</span></div><div class="aYp"><span class="SaH2Ve">${e(sizeLabel(a.size))}</span></div></div></div></div>
  </a>
  <div class="aQw"><div class="T-I J-J5-Ji aQv L3" role="button" tabindex="0" aria-label="Download attachment ${e(a.name)}" data-tooltip="Download"></div></div>
 </span>`;
}

/** One conversation view (a single expanded message), as Gmail's 2023-11 thread layout. */
export function gmailThread(m: DemoMessage, account: string): string {
  const from = m.from;
  const recipients = [...m.to, ...m.cc].map((a) => person(a, account, 'g2')).join(', ');
  const attachments = m.attachments.length
    ? `<div class="hq gt"><div class="aQH">${m.attachments.map((_, i) => attachmentCard(m, i)).join('')}</div></div>`
    : '';
  return `<div class="tb"><div class="back" role="button" tabindex="0" data-back aria-label="Back to Inbox" data-tooltip="Back to Inbox">&#8592;</div><span title="Delete">${icon('trash')}</span><span title="Mark as unread">${icon('mail')}</span><span>&#8942;</span></div>
<div class="nH g id thread"><div class="nH a98 iY">
 <div class="nH"><div class="ha"><h2 class="hP" data-thread-perm-id="thread-f:${e(m.gmail.messageId.slice(6))}" data-legacy-thread-id="${e(m.gmail.legacyId)}">${e(m.subject)}</h2><span class="lbl">Inbox</span></div></div>
 <div class="nH aHU"><div class="nH hx"><div class="nH" role="list">
  <div class="h7 ie nH oy8Mbf" role="listitem" aria-expanded="true" tabindex="-1"><div class="Bk"><div class="G3 G2"><div><div>
   <div class="adn ads" data-message-id="#${e(m.gmail.messageId)}" data-legacy-message-id="${e(m.gmail.legacyId)}">
    <div class="aju"><div class="aCi"><div class="av" style="background:${avatarColour(from.address)}" aria-hidden="true">${e(initials(from.name, from.address))}</div></div></div>
    <div class="gs">
     <div class="gE iv gt"><table cellpadding="0" class="cf gJ"><tbody>
      <tr class="acZ">
       <td class="gF gK"><table cellpadding="0" class="cf ix"><tbody><tr><td class="c2">
        <h3 class="iw gFxsud"><span translate="no" class="qu" role="gridcell" tabindex="-1">${person(from, '', 'gD')}<span class="go"><span aria-hidden="true">&lt;</span>${e(from.address)}<span aria-hidden="true">&gt;</span></span></span></h3>
       </td></tr></tbody></table></td>
       <td class="gH bAk"><div class="gK"><span class="g3" title="${e(dates.gmailLong(m.date))}" role="gridcell" tabindex="-1">${e(dates.gmailLong(m.date))}</span></div></td>
      </tr>
      <tr class="acZ xD"><td colspan="2"><table cellpadding="0" class="cf adz"><tbody><tr><td class="ady">
       <div class="iw ajw"><span translate="no" class="hb">to ${recipients} </span></div>
      </td></tr></tbody></table></td></tr>
     </tbody></table></div>
     <div class=""><div class="ii gt"><div class="a3s aiL ">${m.body.gmail}</div></div></div>
     ${attachments}
    </div>
   </div>
  </div></div></div></div></div>
 </div></div></div>
</div></div>`;
}

function inboxList(messages: readonly DemoMessage[]): string {
  const rows = messages
    .map((m) => {
      const clip = m.attachments.map((a) => `<span class="clip">${icon('clip', 14)} ${e(a.name)}</span>`).join('');
      return `<tr class="zA zE" data-thread="${e(m.gmail.threadId)}" tabindex="0">
  <td class="ck">${icon('box', 18)} ${icon('star', 18)}</td>
  <td class="yX"><span class="bA4">${e(m.from.name || m.from.address)}</span></td>
  <td class="xY"><span class="bog">${e(m.subject)}</span> <span class="y2">- ${e(m.preview)}</span>${clip}</td>
  <td class="xW"><span title="${e(dates.gmailLong(m.date))}">${e(dates.gmailShort(m.date))}</span></td>
 </tr>`;
    })
    .join('\n');
  return `<div class="tb"><span>${icon('box', 18)}</span><span title="Refresh">${icon('refresh')}</span><span>&#8942;</span><span class="count">1&ndash;${messages.length} of ${messages.length}</span></div>
<table class="F cf zt"><tbody>
${rows}
</tbody></table>`;
}

/** Hash navigation as Gmail does it: the view in [role=main] is replaced, nothing reloads. */
const NAVIGATION = `(() => {
  const main = document.querySelector('[role="main"]');
  const base = document.title.replace(/^[^-]*-\\s*/, '');
  const opened = new Set();
  const toast = document.querySelector('.toast');
  function render() {
    const m = /^#inbox\\/([A-Za-z0-9]+)$/.exec(location.hash);
    const thread = m ? document.getElementById('thread-' + m[1]) : null;
    const view = thread || document.getElementById('view-inbox');
    main.replaceChildren(view.content.cloneNode(true));
    if (thread) opened.add(m[1]);
    for (const row of main.querySelectorAll('tr[data-thread]')) row.classList.toggle('zE', !opened.has(row.dataset.thread));
    const unread = document.querySelectorAll('template[data-thread]').length - opened.size;
    document.querySelector('nav.left .n').textContent = unread > 0 ? String(unread) : '';
    document.title = (thread ? thread.dataset.subject : 'Inbox' + (unread > 0 ? ' (' + unread + ')' : '')) + ' - ' + base;
    window.scrollTo(0, 0);
  }
  function act(target) {
    const row = target.closest('tr[data-thread]');
    if (row) { location.hash = '#inbox/' + row.dataset.thread; return true; }
    if (target.closest('[data-back]')) { location.hash = '#inbox'; return true; }
    return false;
  }
  main.addEventListener('click', (event) => {
    if (event.target.closest('a.aQy, [aria-label^="Download attachment"]')) {
      event.preventDefault();
      toast.style.display = 'block';
      setTimeout(() => { toast.style.display = 'none'; }, 3000);
      return;
    }
    act(event.target);
  });
  main.addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' || event.key === ' ') && act(event.target)) event.preventDefault();
  });
  window.addEventListener('hashchange', render);
  render();
})();`;

export function gmailPage(messages: readonly DemoMessage[], account: Address, practice: string): string {
  const threads = messages
    .map((m) => `<template id="thread-${e(m.gmail.threadId)}" data-thread="${e(m.gmail.threadId)}" data-subject="${e(m.subject)}">\n${gmailThread(m, account.address)}\n</template>`)
    .join('\n');
  return `<!doctype html>
<!-- Second Look demo: a replica of Gmail's inbox and conversation view holding the sample mail of
     ${e(practice)} (samples/mail). Generated by src/demo/gmail-page.ts; not Google's code. -->
<html lang="en">
<head><meta charset="utf-8"><title>Inbox (${messages.length}) - ${e(account.address)} - ${e(practice)} Mail</title>
<style>${CSS}</style></head>
<body>
<header class="gb"><div class="menu">&#9776;</div><div class="logo"><b>M</b>Gmail</div><div class="search">${icon('search')}&nbsp;&nbsp;Search mail</div>
 <span class="demo">Demo replica &middot; sample mail of ${e(practice)}</span><div class="me" title="${e(account.name)} (${e(account.address)})">${e(initials(account.name, account.address))}</div></header>
<div class="aeF app"><nav class="left"><div class="compose">&#9998; Compose</div>
 <a class="on" href="#inbox">Inbox <span class="n"></span></a><a href="#inbox">Starred</a><a href="#inbox">Snoozed</a><a href="#inbox">Sent</a><a href="#inbox">Drafts</a></nav>
 <div class="nH bkK" role="main"></div>
</div>
<div class="toast" role="status">Attachments are not opened in the demo.</div>
<template id="view-inbox">
${inboxList(messages)}
</template>
${threads}
<script>${NAVIGATION}</script>
</body>
</html>
`;
}
