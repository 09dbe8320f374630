// The web address a link's visible text shows, if it shows one. Follows rspamd's rule: only text
// that *starts* with an address counts ("www.bank.com", "https://bank.com/login"); text that
// merely mentions a site somewhere ("visit bank.com today") is ignored.
import { hostInfo, type HostInfo } from './domains';
import { INVISIBLE_RE } from './text';

// File names look like domains (.zip and .mov are real endings); do not read them as sites.
const FILE_ENDINGS = /\.(zip|mov|pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|txt|csv|html?|exe|rar|7z|mp[34]|wav)$/i;

const ADDRESS_AT_START = /^(?:(https?|ftp):\/\/)?((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,63})\.?(?=$|[/:?#\s)\]>,;])/iu;

export function shownHost(text: string): HostInfo | null {
  const cleaned = text.replace(INVISIBLE_RE, '').replace(/^[\s<("'[]+|[\s>)"'\]]+$/g, '');
  if (cleaned.length < 4 || cleaned.length > 300 || cleaned.includes('@')) return null;
  const match = ADDRESS_AT_START.exec(cleaned);
  if (!match?.[2]) return null;
  const hasScheme = match[1] !== undefined;
  const host = match[2].toLowerCase();
  // Without a scheme, accept only text that is just the address (and maybe a path).
  if (!hasScheme && !/^www\./.test(host) && !/^\S+$/.test(cleaned)) return null;
  if (!hasScheme && FILE_ENDINGS.test(host)) return null;
  let ascii: string;
  try {
    ascii = new URL(`http://${host}`).hostname; // IDN → punycode, as the browser would
  } catch {
    return null;
  }
  return hostInfo(ascii);
}
