// Which links of a message the page should guard. Only links a finding pointed at, and only when
// the message as a whole is at caution or above: a link that earned one point in an otherwise
// fine newsletter must keep working normally (a needless "are you sure?" teaches people to click
// through warnings).
import type { Prepared } from './prepare';
import type { RuleFinding } from './rule';
import type { Level, RiskyLink } from './types';

/** Rules whose evidence may name a link (its href) or a link's host. */
const LINK_EVIDENCE_RULES = new Set(['blocked-domain', 'lookalike-domain', 'suspicious-ending']);
/**
 * Schemes no real email link uses. link-dangerous-scheme names only the first such link; once it
 * has, every link of these schemes is guarded, or a second javascript: link would open unasked.
 */
const SCRIPT_SCHEMES = new Set(['javascript', 'data', 'file']);

export function riskyLinks(message: Prepared, findings: readonly RuleFinding[], level: Level): RiskyLink[] {
  if (level === 'safe') return [];
  const evidence = findings
    .filter((f) => f.family === 'links' || LINK_EVIDENCE_RULES.has(f.id))
    .map((f) => f.evidence)
    .filter((e): e is string => typeof e === 'string' && e.length > 0);
  if (evidence.length === 0) return [];
  const scriptLinks = findings.some((f) => f.id === 'link-dangerous-scheme');
  const out: RiskyLink[] = [];
  const seen = new Set<string>();
  for (const link of message.links) {
    if (link.inQuote || seen.has(link.href)) continue;
    const host = link.final?.host?.host ?? link.host?.host;
    // Some rules cut long evidence at 80 characters.
    const named = evidence.some((e) => e === link.href || e === host || (e.length >= 80 && link.href.startsWith(e))) || (scriptLinks && SCRIPT_SCHEMES.has(link.scheme));
    if (!named) continue;
    seen.add(link.href);
    out.push({ href: link.href, destination: link.final && !link.final.opaque ? link.final.url.href : link.href });
  }
  return out;
}
