// Decoys: header-like markup planted where a header field must never be read from, so a fuzz
// run can tell "read from the page's header" from "guessed from elsewhere". Each decoy looks to
// both adapters' selectors like a sender, recipients, subject, date and an attachment, and
// carries values that appear nowhere else. Planted in every message body (also inside quoted
// history) and once outside the mail view; an adapter that returns a decoy value guessed.
import { all, closestAny } from '../../src/webmail/dom';

export const DECOY_ATTRIBUTE = 'data-fuzz-decoy';
export const DECOY_ADDRESSES = ['decoy.sender@planted.invalid', 'decoy.avatar@planted.invalid', 'decoy.to@planted.invalid'];
export const DECOY_WORD = 'DECOY';

const DECOY_HTML = `
<table class="cf gJ"><tbody><tr class="acZ"><td class="gF gK"><h3 class="iw"><span class="gD" email="decoy.sender@planted.invalid" name="DECOY Sender">DECOY Sender</span> via planted.invalid</h3></td>
<td class="gH"><span class="g3" title="DECOY date">DECOY date</span></td></tr></tbody></table>
<img class="ajn" jid="decoy.avatar@planted.invalid" data-name="DECOY Avatar" alt="">
<span class="hb"><span class="g2" email="decoy.to@planted.invalid" name="DECOY To">DECOY To</span></span>
<div class="ha"><h2 class="hP" data-thread-perm-id="thread-f:1">DECOY subject</h2></div>
<div class="hq gt"><div class="aQH"><span class="aZo" download_url="application/x-msdownload:DECOY.exe:https://planted.invalid/x"><span class="aV3">DECOY.exe</span></span></div></div>
<div id="MSG_DECOY_FROM" aria-label="From: DECOY Sender &lt;decoy.sender@planted.invalid&gt;" title="decoy.sender@planted.invalid"><span class="lpc-hoverTarget" data-lpc-hover-target-id="decoy">DECOY Sender &lt;decoy.sender@planted.invalid&gt;</span></div>
<span id="MSG_DECOY_SUBJECT" title="DECOY subject">DECOY subject</span>
<div role="heading" aria-level="2" id="CONV_DECOY_SUBJECT" title="DECOY subject">DECOY subject</div>
<div data-testid="SentReceivedSavedTime" title="DECOY date">DECOY date</div>
<div data-testid="RecipientWell" aria-label="To: DECOY To &lt;decoy.to@planted.invalid&gt;"><span class="lpc-hoverTarget">DECOY To &lt;decoy.to@planted.invalid&gt;</span></div>
<div aria-label="Attachments"><div role="option" title="DECOY.exe">DECOY.exe 12 KB</div></div>`;

function decoy(doc: Document, where: 'body' | 'outside'): HTMLElement {
  const el = doc.createElement('div');
  el.setAttribute(DECOY_ATTRIBUTE, where);
  el.innerHTML = DECOY_HTML;
  // Every element is marked, so a piece moved on its own (unwrap, reorder) is still known.
  for (const child of Array.from(el.querySelectorAll('*'))) child.setAttribute(DECOY_ATTRIBUTE, where);
  return el;
}

/**
 * Plant decoys in every body the site's selectors name, as the adapters read them (the first
 * candidate that matches; open, collapsed or stale messages), inside the first quoted block of
 * each, and once at the end of the page outside the mail view.
 */
export function plantDecoys(doc: Document, bodySelectors: readonly string[], quoteSelectors: readonly string[]): void {
  for (const body of all(doc, bodySelectors)) {
    body.prepend(decoy(doc, 'body'));
    const quote = quoteSelectors.map((s) => body.querySelector(s)).find((q) => q !== null);
    quote?.append(decoy(doc, 'body'));
  }
  doc.body?.append(decoy(doc, 'outside'));
}

/**
 * After mutation, does every decoy piece still sit where no header field may come from? A body
 * decoy must still be inside an element the site's selectors call a body; an outside decoy must
 * still hang from the page body through decoy elements only, outside this message. A mutation
 * can move a decoy into a header (unwrapping the body around it); then reading it is reading the
 * page as it is, and the decoy check is skipped for that case.
 */
export function decoysStillForbidden(doc: Document, container: Element, bodySelectors: readonly string[]): boolean {
  const mark = `[${DECOY_ATTRIBUTE}]`;
  for (const d of Array.from(doc.querySelectorAll(mark))) {
    const where = d.getAttribute(DECOY_ATTRIBUTE);
    if (where === 'body' && closestAny(d, bodySelectors)) continue;
    if (where === 'outside' && !container.contains(d) && outsideChain(d, doc)) continue;
    return false;
  }
  return true;
}

function outsideChain(el: Element, doc: Document): boolean {
  for (let p = el.parentElement; p && p !== doc.body; p = p.parentElement) if (p.getAttribute(DECOY_ATTRIBUTE) !== 'outside') return false;
  return el.isConnected;
}
