// Synthetic mail for warming up the benchmark before it times anything. A long-running scan
// (or the extension's service worker after its first minutes) runs compiled code: V8 compiles a
// function only after it has run for a while, and compiles it again when it meets new kinds of
// input. Warming up on the 14 sample messages alone left most of that to the timed pass, which
// then measured the compiler as much as the parser and the engine. These messages cover what
// real mail mixes: every transfer encoding, several charsets and scripts, encoded headers,
// multipart layouts, attachments, newsletter-style HTML, quoted replies and phishing wording.
//
// Everything here is made up (example.* hosts and invented names), so no cache in the engine
// holds a host or a name of the measured mail when timing starts.

/** Deterministic choices, so every run warms up on the same mail. */
function picker(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
}

const WORDS = [
  'Your monthly statement is ready. Please review the attached summary before Friday.',
  'Verify your account within 24 hours or your mailbox will be suspended. Click here to confirm.',
  'Congratulations, you have been selected for an exclusive reward. Claim your gift card today.',
  'Your patient portal has a new secure message from the clinic. Sign in to view it.',
  'We updated our direct deposit form; please send your new bank details to payroll.',
  'Estimado cliente, confirme sus datos de acceso para evitar el bloqueo de su cuenta.',
  'Prezado cliente, atualize seu cadastro para continuar usando o serviço.',
  'Sehr geehrter Kunde, Ihr Paket konnte nicht zugestellt werden. Zollgebühr ausstehend.',
  'Cher client, votre colis est en attente de livraison, des frais sont à régler.',
  'Уважаемый клиент, ваш аккаунт будет заблокирован. Подтвердите данные.',
  'お客様のアカウントを確認してください。ログインはこちら。',
  'Thanks for joining the webinar! Slides and the recording are linked below.',
  'You have a new voicemail (0:42) from +1 555 0100. Listen to the message.',
  'Lunch on Thursday? The team is meeting at noon near the office.',
];

const CHARSETS = ['utf-8', 'UTF-8', 'iso-8859-1', 'windows-1252', 'us-ascii', 'iso-8859-15', 'koi8-r', 'shift_jis', 'gb2312'];
const NAMES = ['Avery Example', 'Billing Team', 'Dr. Quinn Sample', 'IT Help Desk', 'Notificaciones', 'Équipe Support', 'Служба поддержки', 'Jordan JJ Test', 'Sample, Pat', 'billing@example-bank3.com', 'Example Bank Security', 'Exаmple Suppоrt', '‮Sample'];

function qp(bytes: Buffer): string {
  let line = '';
  const out: string[] = [];
  for (const b of bytes) {
    const piece = (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 75) {
      out.push(`${line}=`);
      line = '';
    }
    line += piece;
  }
  out.push(line);
  return out.join('\r\n');
}

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64').replace(/.{76}/g, '$&\r\n');
const encodedWord = (text: string, pick: <T>(i: readonly T[]) => T) =>
  pick(['B', 'Q']) === 'B' ? `=?utf-8?B?${Buffer.from(text).toString('base64')}?=` : `=?utf-8?Q?${qp(Buffer.from(text)).replace(/=\r\n/g, '').replace(/ /g, '_').replace(/\?/g, '=3F')}?=`;

/** Link targets of every kind the link rules look at, all on made-up hosts. */
function href(i: number, k: number, pick: <T>(i: readonly T[]) => T): string {
  const site = `www.example-shop${i % 40}.com`;
  return pick([
    `https://${site}/r/${i}-${k}?u=abc&amp;v=${k}`,
    `http://click.mailer${k}.example.net/ls/click?upn=${'x'.repeat(20 + k)}`,
    `https://192.0.2.${k + 1}/login.php`,
    `https://bit.example/${i}${k}`,
    `https://nam02.safelinks.example.com/?url=https%3A%2F%2F${site}%2Fa&amp;data=0`,
    `https://${site}@login.example-secure${k}.com/verify`,
    `https://xn--exmple-cua.example/${k}`,
    `mailto:billing@example-clinic${k}.org?subject=Hi`,
    `tel:+15550100${k}`,
    'javascript:void(0)',
    'data:text/html;base64,PGgxPkhpPC9oMT4=',
    `HTTPS://Portal.Example-Clinic${k}.ORG/Login?next=%2Fhome#top`,
  ]);
}

function html(i: number, pick: <T>(i: readonly T[]) => T): string {
  const links = Array.from({ length: 1 + (i % 12) }, (_, k) => {
    const shown = pick(['View online', 'Unsubscribe', `https://www.example-bank${i % 9}.com/login`, '<img src="cid:logo" alt="Logo">', 'Sign in &raquo;', `<IMG SRC=x ALT='Pay &amp; go'>`, `www.example-shop${k}.com`, '']);
    const a = pick([`<a href="${href(i, k, pick)}" target="_blank">`, `<A HREF='${href(i, k, pick)}' STYLE="color:red">`, `<a href=${href(i, k, pick).replace(/[\s>"']/g, '')} class=btn>`]);
    return `<td style="padding:4px;font-family:Arial">${a}${shown}</a></td>`;
  }).join('\n');
  return [
    pick(['<!DOCTYPE html>', '<?xml version="1.0"?>', '']) + '<html><head><meta charset="utf-8"><title>Newsletter &amp; news</title>',
    `<style>.btn{color:#fff;background:#0a6} td > a{text-decoration:none} /* ${i} </p> */</style><script>var x = "<a href='y'>";</script></head>`,
    '<body><div style="display:none;max-height:0">Preview text &nbsp;&zwnj;&nbsp;&#8204;&#x200C;</div>',
    `<table width="100%" cellpadding="0"><tr>${links}</tr><tr><td>cell<td>implied<tr><td>row</table>`,
    `<p>${pick(WORDS)}<p>${pick(WORDS)} &copy 2026 &mdash; Example&nbsp;Inc.<br/><BR>line</p>`,
    pick(['<ul><li>one<li>two</ul>', '<h1>Title</h1><h2>Sub</h2>', '<svg width="1"><path d="M0"/></svg><span>after</span>', '<textarea>a &lt; b</textarea>', '<a name="top">anchor</a>']),
    pick(['', `<div class="gmail_quote">On Mon, someone wrote:<blockquote>${pick(WORDS)}</blockquote></div>`, '<!-- footer --><hr><p style="font-size:10px">Unsubscribe</p>', `<div id="divRplyFwdMsg">From: x@example.com</div><div>${pick(WORDS)}</div>`]),
    '</body></html>',
  ].join('\r\n');
}

/** `count` made-up .eml messages, as bytes. */
export function warmupMail(count: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const pick = picker(i + 1);
    const from = `"${pick(NAMES)}" <${pick(['news', 'billing', 'no-reply', 'dr.sample', 'helpdesk'])}@${pick(['example.com', `example-clinic${i % 7}.org`, 'mail.example.net', 'gmail.example'])}>`;
    const headers = [
      ...Array.from({ length: i % 9 }, (_, k) => `Received: from relay${k}.example.net (relay${k}.example.net [198.51.100.${k}])\r\n\tby mx.example.org with ESMTPS id ${i}x${k}; Mon, 2 Nov 2026 10:0${k}:00 +0000`),
      `From: ${i % 3 === 0 ? `${encodedWord(pick(NAMES), pick)} <team@example.com>` : from}`,
      `To: ${pick(['frontdesk@example-practice.org', '"Front Desk" <frontdesk@example-practice.org>, billing@example-practice.org', 'undisclosed-recipients:;'])}`,
      ...(i % 4 === 0 ? ['Cc: "Office Manager" <office@example-practice.org>', 'Reply-To: <replies@example-other.com>'] : []),
      `Subject: ${i % 2 === 0 ? encodedWord(pick(WORDS).slice(0, 40), pick) : pick(WORDS).slice(0, 50)}`,
      `Date: Mon, ${1 + (i % 28)} Nov 2026 09:${String(i % 60).padStart(2, '0')}:00 +0100`,
      `Message-ID: <${i}.warmup@example.com>`,
      'DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from:to:subject;\r\n\tbh=abc; b=def',
      'MIME-Version: 1.0',
    ];
    const charset = pick(CHARSETS);
    // Single-byte charsets get their own bytes, so their decoders run on real text; those are
    // sent quoted-printable or base64, as such mail mostly is.
    const singleByte = /8859|1252/.test(charset);
    const encoding = singleByte ? pick(['quoted-printable', 'base64']) : pick(['7bit', '8bit', 'quoted-printable', 'base64']);
    const bytes = (text: string) => Buffer.from(text, singleByte ? 'latin1' : 'utf8');
    const body = (text: string) => (encoding === 'base64' ? b64(bytes(text)) : encoding === 'quoted-printable' ? qp(bytes(text)) : text);
    const textPart = (type: string, text: string, params = '') => [`Content-Type: ${type}; charset="${charset}"${params}`, `Content-Transfer-Encoding: ${encoding}`, '', body(text)];
    const plain = `${pick(WORDS)}\r\n\r\n${pick(WORDS)}\r\nhttps://www.example-shop${i % 40}.com/account and www.example-bank${i % 9}.com.\r\n\r\nOn Mon, 2 Nov 2026, Pat Sample <pat@example.com> wrote:\r\n> ${pick(WORDS)}\r\n-- \r\nSent from my phone`;
    const attachment = () => {
      const file = pick(['statement.pdf', 'invoice.zip', 'scan.html', 'photo.jpg', 'report.docx', 'Remittance.pdf.exe', 'fax\u202egpj.exe', 'voicemail.wav.html', 'data.iso']);
      const content = Buffer.alloc(200 + (i % 50) * 97, i % 251);
      if (file.endsWith('.zip')) content.set([0x50, 0x4b, 0x03, 0x04, 20, 0, i % 2, 0]);
      return [`Content-Type: application/octet-stream; name="${file}"`, `Content-Disposition: attachment; filename="${file}"`, 'Content-Transfer-Encoding: base64', '', b64(content)];
    };
    let mime: string[];
    switch (i % 8) {
      case 0:
        mime = textPart('text/plain', plain);
        break;
      case 1:
        mime = textPart('text/plain', plain.replace(/\r\n\r\n/g, ' \r\n\r\n'), '; format=flowed; delsp=yes');
        break;
      case 2:
      case 3:
        mime = textPart('text/html', html(i, pick));
        break;
      case 4:
        mime = ['Content-Type: multipart/alternative; boundary="alt"', '', '--alt', ...textPart('text/plain', plain), '--alt', ...textPart('text/html', html(i, pick)), '--alt--', ''];
        break;
      case 5:
        // A forwarded message, and a calendar invitation.
        mime = [
          'Content-Type: multipart/mixed; boundary="fwd"', '', '--fwd', ...textPart('text/plain', 'See below.'), '--fwd', 'Content-Type: message/rfc822', '',
          `From: "${pick(NAMES)}" <old@example-clinic${i % 7}.org>`, 'To: frontdesk@example-practice.org', 'Subject: Fwd: results', 'Content-Type: text/html; charset=utf-8', '', html(i + 1, pick),
          '--fwd', 'Content-Type: text/calendar; method=REQUEST; charset=utf-8', '', 'BEGIN:VCALENDAR', 'SUMMARY:Staff meeting', 'END:VCALENDAR', '--fwd--', '',
        ];
        break;
      default:
        mime = [
          'Content-Type: multipart/mixed; boundary="mix"', '', 'This is a multi-part message in MIME format.', '--mix',
          'Content-Type: multipart/related; boundary="rel"', '', '--rel', ...textPart('text/html', html(i, pick)),
          '--rel', 'Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-ID: <logo>', 'Content-Disposition: inline; filename="logo.png"', '', b64(Buffer.alloc(300, 3)), '--rel--',
          '--mix', ...attachment(), '--mix--', '',
        ];
    }
    out.push(new Uint8Array(Buffer.from([...headers, ...mime].join('\r\n'), 'utf8')));
  }
  return out;
}
