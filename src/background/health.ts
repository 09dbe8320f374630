// Integration health: how often each webmail adapter could not read a field, so IT can see that
// a webmail changed its markup. Counts and times only: no message content is ever stored here.
export interface FieldHealth {
  count: number;
  lastSeen: string;
}

export interface SourceHealth {
  analyzed: number;
  lastAnalyzed: string;
  missing: Record<string, FieldHealth>;
}

export type IntegrationHealth = Partial<Record<'gmail' | 'outlook' | 'eml', SourceHealth>>;

/** Field names an adapter may report; anything else is dropped (never stored verbatim). */
const KNOWN_FIELDS = /^[a-z]+(\.[a-z]+)?$/;

export function updateHealth(health: IntegrationHealth, source: keyof IntegrationHealth, missing: string[], now: Date): IntegrationHealth {
  const time = now.toISOString();
  const previous = health[source] ?? { analyzed: 0, lastAnalyzed: time, missing: {} };
  const next: SourceHealth = { analyzed: previous.analyzed + 1, lastAnalyzed: time, missing: { ...previous.missing } };
  for (const field of new Set(missing)) {
    if (!KNOWN_FIELDS.test(field) || field.length > 40) continue;
    if (!(field in next.missing) && Object.keys(next.missing).length >= 30) continue;
    next.missing[field] = { count: (next.missing[field]?.count ?? 0) + 1, lastSeen: time };
  }
  return { ...health, [source]: next };
}
