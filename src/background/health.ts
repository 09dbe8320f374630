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

function countMissing(missing: SourceHealth['missing'], fields: readonly string[], time: string): SourceHealth['missing'] {
  const next = { ...missing };
  for (const field of new Set(fields)) {
    if (!KNOWN_FIELDS.test(field) || field.length > 40) continue;
    if (!(field in next) && Object.keys(next).length >= 30) continue;
    next[field] = { count: (next[field]?.count ?? 0) + 1, lastSeen: time };
  }
  return next;
}

/** One email was read and judged; `missing` are the fields the adapter could not read. */
export function updateHealth(health: IntegrationHealth, source: keyof IntegrationHealth, missing: string[], now: Date): IntegrationHealth {
  const time = now.toISOString();
  const previous = health[source] ?? { analyzed: 0, lastAnalyzed: time, missing: {} };
  const next: SourceHealth = { analyzed: previous.analyzed + 1, lastAnalyzed: time, missing: countMissing(previous.missing, missing, time) };
  return { ...health, [source]: next };
}

/**
 * An open email could not be read at all (markup drift): the fields that stopped matching are
 * counted, no email is counted as checked. A webmail with no checked email yet has
 * analyzed 0 and an empty lastAnalyzed.
 */
export function recordDrift(health: IntegrationHealth, source: keyof IntegrationHealth, fields: readonly string[], now: Date): IntegrationHealth {
  const time = now.toISOString();
  const previous = health[source] ?? { analyzed: 0, lastAnalyzed: '', missing: {} };
  return { ...health, [source]: { ...previous, missing: countMissing(previous.missing, fields, time) } };
}
