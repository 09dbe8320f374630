// Recognises the practice's own phishing-training mail by the markers IT set in policy: a
// header (when the raw headers are available) or a parameter in the message's links.
import type { MessageFacts } from '../engine/types';
import type { SimulationMarker } from '../policy/parse';

function headerValues(raw: string | null, facts: MessageFacts, name: string): string[] {
  const values = [...(facts.headers?.[name] ?? [])];
  if (raw) {
    // Unfold continuation lines, then read "Name: value" lines.
    for (const line of raw.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === name) values.push(line.slice(colon + 1).trim());
    }
  }
  return values;
}

function linkParameters(facts: MessageFacts, name: string): string[] {
  const values: string[] = [];
  for (const link of facts.links.slice(0, 500)) {
    try {
      const url = new URL(link.href);
      values.push(...url.searchParams.getAll(name));
      // Safe Links and Google keep the original inside a parameter.
      const inner = url.searchParams.get('url') ?? url.searchParams.get('q');
      if (inner) values.push(...new URL(inner).searchParams.getAll(name));
    } catch {
      /* not a URL */
    }
  }
  return values;
}

export function isSimulation(facts: MessageFacts, rawHeaders: string | null, markers: readonly SimulationMarker[]): boolean {
  return markers.some((marker) => {
    const values = marker.header ? headerValues(rawHeaders, facts, marker.header) : marker.urlParameter ? linkParameters(facts, marker.urlParameter) : [];
    return values.some((v) => marker.value === '' || v.trim().toLowerCase() === marker.value.toLowerCase());
  });
}
