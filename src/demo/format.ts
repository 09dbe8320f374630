// How the replica webmails show dates, sizes and avatars (US English, the practice's time zone).
const TZ = 'America/Chicago';
const fmt = (d: Date, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', { timeZone: TZ, ...o }).format(d);
export const dates = {
  /** Gmail list: "Mar 10". */
  gmailShort: (d: Date | null) => (d ? fmt(d, { month: 'short', day: 'numeric' }) : ''),
  /** Gmail message title: "Tue, Mar 10, 2026, 8:03 AM". */
  gmailLong: (d: Date | null) => (d ? fmt(d, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' }) : ''),
  /** Outlook list: "Tue 3/10". */
  outlookShort: (d: Date | null) => (d ? fmt(d, { weekday: 'short', month: 'numeric', day: 'numeric' }).replace(',', '') : ''),
  /** Outlook reading pane: "Tue 3/10/2026 8:03 AM". */
  outlookLong: (d: Date | null) =>
    d ? `${fmt(d, { weekday: 'short' })} ${fmt(d, { month: 'numeric', day: 'numeric', year: 'numeric' })} ${fmt(d, { hour: 'numeric', minute: '2-digit' })}` : '',
};

export function sizeLabel(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** One or two letters for an avatar: the name's initials, else the address's first letter. */
export function initials(name: string, address: string): string {
  const words = name.replace(/^(dr|mr|mrs|ms)\.?\s+/i, '').split(/\s+/).filter((w) => /^[a-z]/i.test(w));
  const letters = words.length > 0 ? words[0]![0]! + (words.length > 1 ? words[words.length - 1]![0]! : '') : address.slice(0, 1);
  return letters.toUpperCase() || '?';
}

/** A steady colour per sender, for avatars. */
export function avatarColour(seed: string): string {
  const colours = ['#1a73e8', '#d93025', '#188038', '#e37400', '#9334e6', '#007b83', '#b31412', '#3c4043'];
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return colours[h % colours.length]!;
}
